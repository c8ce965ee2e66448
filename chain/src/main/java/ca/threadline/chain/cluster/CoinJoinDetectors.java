package ca.threadline.chain.cluster;

import ca.threadline.chain.store.ChainData;
import java.util.HashMap;
import java.util.Map;

/**
 * The CoinJoin detectors, each a transcription of its published rule (constants named as in the
 * sources). "Outputs" of the protocol detectors are those with an address (OP_RETURN excluded),
 * as in GraphSense; the generic rule counts every output, as BlockSci does.
 */
public final class CoinJoinDetectors {
  // Whirlpool (pool denomination, coordinator fee), GraphSense WHIRLPOOL_POOLS.
  static final long[][] WHIRLPOOL_POOLS = {{100_000, 5_000}, {1_000_000, 50_000}, {5_000_000, 175_000}, {50_000_000, 1_750_000}};
  static final long WHIRLPOOL_EPSILON_MIN = 100;
  static final long WHIRLPOOL_EPSILON_MAX = 110_000;
  static final int WHIRLPOOL_TX0_A_MAX = 70;
  static final double WHIRLPOOL_ETA1 = 0.5;
  static final double WHIRLPOOL_ETA2 = 3;
  static final long WASABI_10_DENOM = 10_000_000;
  static final long WASABI_10_EPSILON = 500_000;
  static final int WASABI_A_MAX = 7;
  static final int WASABI_1X_MIN_INPUTS = 10;
  static final int WASABI_1X_MIN_PARTICIPANTS = 3;
  static final int WASABI_1X_SMALL_ROUND_GATE = 20;
  static final double WASABI_1X_MAX_SPLIT_RESIDUAL = 0.0001;
  static final double MAX_TOP_INPUT_SHARE = 0.1;
  static final int WASABI_20_MIN_INPUTS = 20;
  static final long WASABI_20_V_MIN = 5_000;
  static final int WASABI_20_MIN_TIERS = 3;
  static final long STONEWALL_V_MIN = 5_000;
  static final long JOINMARKET_DUST = 2_730;
  static final int JOINMARKET_MIN_PARTICIPANTS = 3;
  static final int JOINMARKET_LARGE_ROUND = 50;
  static final int JOINMARKET_MAX_INPUTS_PER_PARTICIPANT = 20;
  static final double JOINMARKET_MIN_OUTPUTS_PER_PARTICIPANT = 1.7;

  private CoinJoinDetectors() {}

  /**
   * BlockSci {@code isCoinjoin}: at least 2 inputs and 3 outputs; participants = (outputs+1)/2
   * must not exceed the inputs nor the distinct input addresses; the most frequent output value
   * (ties: the lowest) must occur exactly {@code participants} times and not be 546 or 2730 sat.
   */
  public static boolean generic(TxView t) {
    if (t.nIn < 2 || t.nOut < 3) {
      return false;
    }
    int participants = (t.nOut + 1) / 2;
    if (participants > t.nIn || participants > t.distinctInputAddresses()) {
      return false;
    }
    Map<Long, Integer> freq = new HashMap<>();
    for (int k = 0; k < t.nOut; k++) {
      freq.merge(t.outValue[k], 1, Integer::sum);
    }
    long value = Long.MAX_VALUE;
    int count = 0;
    for (var e : freq.entrySet()) {
      if (e.getValue() > count || (e.getValue() == count && e.getKey() < value)) {
        count = e.getValue();
        value = e.getKey();
      }
    }
    return count == participants && value != 546 && value != 2730;
  }

  /** Whirlpool mix: 5–8 inputs and as many outputs, all at one pool denomination. */
  public static boolean whirlpool(TxView t) {
    int n = t.nIn;
    if (n < 5 || n > 8 || t.addressedOutputs() != n || t.nOut != n) {
      return false;
    }
    if (t.distinctInputAddresses() != n || !t.outputScriptsDistinct()) {
      return false;
    }
    for (long[] pool : WHIRLPOOL_POOLS) {
      long d = pool[0];
      boolean allOut = true;
      for (int k = 0; k < t.nOut; k++) {
        allOut &= t.outValue[k] == d;
      }
      if (!allOut) {
        continue;
      }
      int entrants = 0;
      boolean ok = true;
      for (int k = 0; k < n; k++) {
        long v = t.inValue[k];
        if (v < d || v > d + WHIRLPOOL_EPSILON_MAX) {
          ok = false;
        } else if (v > d) {
          entrants++;
          ok &= v - d >= WHIRLPOOL_EPSILON_MIN;
        }
      }
      if (ok && entrants >= 1 && entrants <= 4) {
        return true;
      }
    }
    return false;
  }

  /** Whirlpool Tx0: one OP_RETURN, 1–70 premix outputs at d+ε, one fee output in [0.5f, 3f]. */
  public static boolean tx0(TxView t) {
    int opReturns = t.nOut - t.addressedOutputs();
    int outs = t.addressedOutputs();
    if (opReturns != 1 || outs < 2) {
      return false;
    }
    for (long[] pool : WHIRLPOOL_POOLS) {
      long d = pool[0];
      long f = pool[1];
      Map<Long, Integer> freq = new HashMap<>();
      for (int k = 0; k < t.nOut; k++) {
        long v = t.outValue[k];
        if (t.outAddr[k] != ChainData.NO_ADDRESS && v >= d + WHIRLPOOL_EPSILON_MIN && v <= d + WHIRLPOOL_EPSILON_MAX) {
          freq.merge(v, 1, Integer::sum);
        }
      }
      if (freq.isEmpty()) {
        continue;
      }
      long dTilde = 0;
      int nPremix = 0;
      for (var e : freq.entrySet()) {
        if (e.getValue() > nPremix || (e.getValue() == nPremix && e.getKey() > dTilde)) {
          nPremix = e.getValue();
          dTilde = e.getKey();
        }
      }
      if (nPremix < 1 || nPremix > WHIRLPOOL_TX0_A_MAX || nPremix < outs - 2) {
        continue;
      }
      int fees = 0;
      for (int k = 0; k < t.nOut; k++) {
        if (t.outAddr[k] != ChainData.NO_ADDRESS && t.outValue[k] >= WHIRLPOOL_ETA1 * f && t.outValue[k] <= WHIRLPOOL_ETA2 * f) {
          fees++;
        }
      }
      if (fees == 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Wasabi 1.0/1.1: at least 10 inputs, no address above 10% of them; mixing levels 2^i·0.1 BTC
   * (±5%·2^i) with at least 2 outputs each; n = the largest level count ≥ 3 and
   * n ≤ distinct input addresses ≤ 7n; post-mix outputs a majority (or the paper's sum
   * condition); distinct output scripts; below 20 inputs, not an exact N-way split.
   */
  public static boolean wasabi1(TxView t) {
    if (t.nIn < WASABI_1X_MIN_INPUTS || t.topInputShare() > MAX_TOP_INPUT_SHARE) {
      return false;
    }
    int outs = t.addressedOutputs();
    if (outs == 0) {
      return false;
    }
    long max = 0;
    for (int k = 0; k < t.nOut; k++) {
      if (t.outAddr[k] != ChainData.NO_ADDRESS) {
        max = Math.max(max, t.outValue[k]);
      }
    }
    int n = 0;
    int totalPostmix = 0;
    for (int i = 0; ((1L << i) * WASABI_10_DENOM) <= max && i < 40; i++) {
      long level = (1L << i) * WASABI_10_DENOM;
      long eps = (1L << i) * WASABI_10_EPSILON;
      int count = 0;
      for (int k = 0; k < t.nOut; k++) {
        if (t.outAddr[k] != ChainData.NO_ADDRESS && Math.abs(t.outValue[k] - level) <= eps) {
          count++;
        }
      }
      if (count >= 2) {
        n = Math.max(n, count);
        totalPostmix += count;
      }
    }
    if (n < WASABI_1X_MIN_PARTICIPANTS) {
      return false;
    }
    int scriptsIn = t.distinctInputAddresses();
    if (n > scriptsIn || scriptsIn > WASABI_A_MAX * n) {
      return false;
    }
    boolean majority = totalPostmix >= (outs - 1) / 2.0;
    boolean sum = totalPostmix >= outs - scriptsIn - 1;
    if ((!majority && !sum) || !t.outputScriptsDistinct()) {
      return false;
    }
    return t.nIn >= WASABI_1X_SMALL_ROUND_GATE || !exactSplit(t);
  }

  private static boolean exactSplit(TxView t) {
    long tot = 0;
    Map<Long, Integer> freq = new HashMap<>();
    for (int k = 0; k < t.nOut; k++) {
      if (t.outAddr[k] != ChainData.NO_ADDRESS) {
        tot += t.outValue[k];
        freq.merge(t.outValue[k], 1, Integer::sum);
      }
    }
    long mostFreq = 0;
    int c = 0;
    for (var e : freq.entrySet()) {
      if (e.getValue() > c) {
        c = e.getValue();
        mostFreq = e.getKey();
      }
    }
    if (tot == 0 || mostFreq == 0) {
      return false;
    }
    long nHat = Math.round((double) tot / mostFreq);
    return nHat > 0 && Math.abs(tot - nHat * mostFreq) / (double) tot <= WASABI_1X_MAX_SPLIT_RESIDUAL;
  }

  /**
   * Wasabi 2.0: at least 20 inputs, no address above 10% of them, no output below 5,000 sat,
   * distinct output scripts; denominations are values seen at least twice, at least 3 of them,
   * covering at least half the outputs (less one), and at least one output outside them.
   */
  public static boolean wasabi2(TxView t) {
    if (t.nIn < WASABI_20_MIN_INPUTS || t.topInputShare() > MAX_TOP_INPUT_SHARE) {
      return false;
    }
    int outs = t.addressedOutputs();
    if (outs == 0 || !t.outputScriptsDistinct()) {
      return false;
    }
    Map<Long, Integer> freq = new HashMap<>();
    for (int k = 0; k < t.nOut; k++) {
      if (t.outAddr[k] != ChainData.NO_ADDRESS) {
        if (t.outValue[k] < WASABI_20_V_MIN) {
          return false;
        }
        freq.merge(t.outValue[k], 1, Integer::sum);
      }
    }
    int tiers = 0;
    int denomOutputs = 0;
    for (int c : freq.values()) {
      if (c >= 2) {
        tiers++;
        denomOutputs += c;
      }
    }
    return tiers >= WASABI_20_MIN_TIERS && denomOutputs >= (outs - 1) / 2.0 && denomOutputs < outs;
  }

  /**
   * JoinMarket: the most frequent non-dust value (> 2,730 sat) is the denomination, its count
   * n ≥ 3, n ≥ outputs/2, n ≤ distinct input addresses, distinct output scripts, at least one
   * other output; from 50 inputs, inputs/n ≤ 20 and outputs/n ≥ 1.7.
   */
  public static boolean joinMarket(TxView t) {
    int outs = t.addressedOutputs();
    if (outs == 0 || t.nIn == 0) {
      return false;
    }
    Map<Long, Integer> freq = new HashMap<>();
    for (int k = 0; k < t.nOut; k++) {
      if (t.outAddr[k] != ChainData.NO_ADDRESS && t.outValue[k] > JOINMARKET_DUST) {
        freq.merge(t.outValue[k], 1, Integer::sum);
      }
    }
    long d = 0;
    int n = 0;
    for (var e : freq.entrySet()) {
      // Python's Counter.most_common keeps first-seen order on ties; the lowest value is our tie rule.
      if (e.getValue() > n || (e.getValue() == n && e.getKey() < d)) {
        n = e.getValue();
        d = e.getKey();
      }
    }
    if (n < outs / 2.0 || n < JOINMARKET_MIN_PARTICIPANTS || n > t.distinctInputAddresses() || !t.outputScriptsDistinct()) {
      return false;
    }
    boolean other = false;
    for (int k = 0; k < t.nOut; k++) {
      other |= t.outAddr[k] != ChainData.NO_ADDRESS && t.outValue[k] != d;
    }
    if (!other) {
      return false;
    }
    if (t.nIn >= JOINMARKET_LARGE_ROUND) {
      return t.nIn / (double) n <= JOINMARKET_MAX_INPUTS_PER_PARTICIPANT && outs / (double) n >= JOINMARKET_MIN_OUTPUTS_PER_PARTICIPANT;
    }
    return true;
  }

  /** Stonewall: 3–4 distinct outputs, ≥ 2 inputs, exactly one value seen exactly twice (≥ 5,000). */
  public static boolean stonewall(TxView t) {
    int outs = t.addressedOutputs();
    if ((outs != 3 && outs != 4) || t.nIn < 2 || !t.outputScriptsDistinct()) {
      return false;
    }
    Map<Long, Integer> freq = new HashMap<>();
    for (int k = 0; k < t.nOut; k++) {
      if (t.outAddr[k] != ChainData.NO_ADDRESS) {
        freq.merge(t.outValue[k], 1, Integer::sum);
      }
    }
    long d = -1;
    int pairs = 0;
    for (var e : freq.entrySet()) {
      if (e.getValue() == 2) {
        pairs++;
        d = e.getKey();
      }
    }
    if (pairs != 1 || d < STONEWALL_V_MIN) {
      return false;
    }
    if (outs == 4) {
      long[] rest = new long[2];
      int r = 0;
      for (int k = 0; k < t.nOut; k++) {
        if (t.outAddr[k] != ChainData.NO_ADDRESS && t.outValue[k] != d) {
          rest[r++] = t.outValue[k];
        }
      }
      return r == 2 && rest[0] != rest[1];
    }
    return true;
  }
}
