package ca.threadline.chain.cluster;

import ca.threadline.chain.script.ScriptType;
import ca.threadline.chain.store.ChainData;
import java.util.Arrays;

/**
 * One transaction's inputs and outputs as flat arrays, reused from transaction to transaction by
 * one thread: what the CoinJoin detectors and change heuristics look at.
 */
public final class TxView {
  public long tx;
  public int nIn;
  public int nOut;
  public int[] inAddr = new int[16];
  public long[] inValue = new long[16];
  public long[] inSpent = new long[16];
  public int[] outAddr = new int[16];
  public long[] outValue = new long[16];
  public byte[] outType = new byte[16];
  public long firstOutput;
  public boolean coinbase;

  /** Loads transaction {@code t}; input script types are read only when asked for. */
  public void load(ChainData d, long t) {
    tx = t;
    long i0 = d.txFirstInput(t);
    nIn = (int) (d.txInputEnd(t) - i0);
    if (inAddr.length < nIn) {
      int c = Math.max(nIn, inAddr.length * 2);
      inAddr = Arrays.copyOf(inAddr, c);
      inValue = Arrays.copyOf(inValue, c);
      inSpent = Arrays.copyOf(inSpent, c);
    }
    for (int k = 0; k < nIn; k++) {
      inAddr[k] = d.inAddress(i0 + k);
      inValue[k] = d.inValue(i0 + k);
      inSpent[k] = d.inSpent(i0 + k);
    }
    coinbase = nIn > 0 && inSpent[0] == ChainData.COINBASE;
    firstOutput = d.txFirstOutput(t);
    nOut = (int) (d.txOutputEnd(t) - firstOutput);
    if (outAddr.length < nOut) {
      int c = Math.max(nOut, outAddr.length * 2);
      outAddr = Arrays.copyOf(outAddr, c);
      outValue = Arrays.copyOf(outValue, c);
      outType = Arrays.copyOf(outType, c);
    }
    for (int k = 0; k < nOut; k++) {
      outAddr[k] = d.outAddress(firstOutput + k);
      outValue[k] = d.outValue(firstOutput + k);
      outType[k] = (byte) d.outType(firstOutput + k).code();
    }
  }

  /**
   * Loads a transaction given as arrays (a row of the Parquet export, in the Spark job): input
   * addresses and values, output addresses and values. Input script types and spent outputs are
   * not known this way; the CoinJoin detectors do not use them.
   */
  public void load(long t, boolean isCoinbase, int[] inAddresses, long[] inValues, int[] outAddresses, long[] outValues) {
    tx = t;
    nIn = inAddresses.length;
    nOut = outAddresses.length;
    if (inAddr.length < nIn) {
      int c = Math.max(nIn, inAddr.length * 2);
      inAddr = new int[c];
      inValue = new long[c];
      inSpent = new long[c];
    }
    if (outAddr.length < nOut) {
      int c = Math.max(nOut, outAddr.length * 2);
      outAddr = new int[c];
      outValue = new long[c];
      outType = new byte[c];
    }
    System.arraycopy(inAddresses, 0, inAddr, 0, nIn);
    System.arraycopy(inValues, 0, inValue, 0, nIn);
    Arrays.fill(inSpent, 0, nIn, isCoinbase ? ChainData.COINBASE : ChainData.UNRESOLVED);
    System.arraycopy(outAddresses, 0, outAddr, 0, nOut);
    System.arraycopy(outValues, 0, outValue, 0, nOut);
    Arrays.fill(outType, 0, nOut, (byte) 0);
    coinbase = isCoinbase;
    firstOutput = -1;
  }

  public ScriptType inType(ChainData d, int k) {
    return inSpent[k] >= 0 ? d.outType(inSpent[k]) : null;
  }

  private long[] sorted = new long[16];

  /** Whether two outputs carry the same value. */
  public boolean repeatedOutputValue() {
    if (sorted.length < nOut) {
      sorted = new long[Math.max(nOut, sorted.length * 2)];
    }
    System.arraycopy(outValue, 0, sorted, 0, nOut);
    Arrays.sort(sorted, 0, nOut);
    for (int k = 1; k < nOut; k++) {
      if (sorted[k] == sorted[k - 1]) {
        return true;
      }
    }
    return false;
  }

  /** Number of distinct input addresses. */
  public int distinctInputAddresses() {
    int[] a = Arrays.copyOf(inAddr, nIn);
    Arrays.sort(a);
    int n = 0;
    for (int k = 0; k < a.length; k++) {
      if (a[k] != ChainData.NO_ADDRESS && (k == 0 || a[k] != a[k - 1])) {
        n++;
      }
    }
    return n;
  }

  /** Outputs with an address (all but OP_RETURN). */
  public int addressedOutputs() {
    int n = 0;
    for (int k = 0; k < nOut; k++) {
      if (outAddr[k] != ChainData.NO_ADDRESS) {
        n++;
      }
    }
    return n;
  }

  public boolean outputScriptsDistinct() {
    int[] a = new int[nOut];
    int n = 0;
    for (int k = 0; k < nOut; k++) {
      if (outAddr[k] != ChainData.NO_ADDRESS) {
        a[n++] = outAddr[k];
      }
    }
    Arrays.sort(a, 0, n);
    for (int k = 1; k < n; k++) {
      if (a[k] == a[k - 1]) {
        return false;
      }
    }
    return true;
  }

  /** Largest share of the inputs spent from one address. */
  public double topInputShare() {
    int[] a = Arrays.copyOf(inAddr, nIn);
    Arrays.sort(a);
    int best = 0;
    int run = 0;
    for (int k = 0; k < a.length; k++) {
      run = k > 0 && a[k] == a[k - 1] ? run + 1 : 1;
      best = Math.max(best, run);
    }
    return nIn == 0 ? 0 : best / (double) nIn;
  }
}
