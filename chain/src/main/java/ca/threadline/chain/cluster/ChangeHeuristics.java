package ca.threadline.chain.cluster;

import ca.threadline.chain.script.ScriptType;
import ca.threadline.chain.store.ChainData;

/**
 * Change-output detectors. Each names the set of outputs it cannot rule out as change; only a
 * set of exactly one output counts ({@code unique_change} in BlockSci), and never in a CoinJoin,
 * a coinbase, a transaction with fewer than two addressed outputs, or when the candidate's
 * address is also an input (self-change adds nothing).
 */
public final class ChangeHeuristics {
  private final ChainData d;

  public ChangeHeuristics(ChainData d) {
    this.d = d;
  }

  /** Index (within the transaction) of the change output by {@code h}, or -1. */
  public int change(Heuristic h, TxView t) {
    if (t.coinbase || t.nIn == 0 || t.addressedOutputs() < 2) {
      return -1;
    }
    int found = -1;
    for (int k = 0; k < t.nOut; k++) {
      int a = t.outAddr[k];
      if (a == ChainData.NO_ADDRESS || !candidate(h, t, k)) {
        continue;
      }
      if (found >= 0) {
        return -1;
      }
      found = k;
    }
    if (found >= 0) {
      for (int i = 0; i < t.nIn; i++) {
        if (t.inAddr[i] == t.outAddr[found]) {
          return -1;
        }
      }
    }
    return found;
  }

  private boolean candidate(Heuristic h, TxView t, int k) {
    return switch (h) {
      case MULTI_INPUT -> false;
      case OPTIMAL_CHANGE -> t.outValue[k] < minInput(t);
      case ADDRESS_TYPE -> sameInputType(t) == ScriptType.ofCode(t.outType[k]);
      case ONE_TIME_CHANGE -> oneTime(t, k);
      case LOCKTIME -> {
        long s = d.outSpentBy(t.firstOutput + k);
        yield s < 0 || (d.txLocktime(s) > 0) == (d.txLocktime(t.tx) > 0);
      }
      case PEEL_CHAIN -> {
        if (!peeling(t.tx)) {
          yield false;
        }
        long s = d.outSpentBy(t.firstOutput + k);
        yield s < 0 || peeling(s);
      }
    };
  }

  private long minInput(TxView t) {
    long m = Long.MAX_VALUE;
    for (int i = 0; i < t.nIn; i++) {
      m = Math.min(m, t.inValue[i]);
    }
    return m;
  }

  private ScriptType sameInputType(TxView t) {
    ScriptType first = null;
    for (int i = 0; i < t.nIn; i++) {
      ScriptType s = t.inType(d, i);
      if (s == null || (first != null && s != first)) {
        return null;
      }
      first = s;
    }
    return first;
  }

  private boolean oneTime(TxView t, int k) {
    if (t.addressedOutputs() > 10) {
      return false;
    }
    ScriptType in = sameInputType(t);
    long v = t.outValue[k];
    if (in == null || ScriptType.ofCode(t.outType[k]) != in || v % 1000 == 0 || v >= minInput(t)) {
      return false;
    }
    int a = t.outAddr[k];
    for (int j = 0; j < t.nOut; j++) {
      if (j != k && t.outAddr[j] == a) {
        return false;
      }
    }
    return d.addressFirstTx(a) == t.tx && d.addressTxCount(a) <= 2;
  }

  /** BlockSci {@code isPeelingChain}: 1 input, 2 outputs, and the parent or a child is too. */
  private boolean peeling(long tx) {
    if (!oneInTwoOut(tx)) {
      return false;
    }
    long i = d.txFirstInput(tx);
    long spent = d.inSpent(i);
    if (spent >= 0 && oneInTwoOut(d.outTx(spent))) {
      return true;
    }
    for (long o = d.txFirstOutput(tx), e = d.txOutputEnd(tx); o < e; o++) {
      long s = d.outSpentBy(o);
      if (s >= 0 && oneInTwoOut(s)) {
        return true;
      }
    }
    return false;
  }

  private boolean oneInTwoOut(long tx) {
    return d.txInputEnd(tx) - d.txFirstInput(tx) == 1 && d.txOutputEnd(tx) - d.txFirstOutput(tx) == 2 && !d.txIsCoinbase(tx);
  }
}
