package ca.threadline.chain.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Maintains the derived columns (who spent each output, each address's output list, its
 * received/sent totals, transaction count and last transaction) from the append-only ones.
 *
 * <p>Protocol: {@code derived.json} says which store generation the derived columns match and
 * whether they are clean. It is marked dirty before any in-place change and clean again after
 * the manifest is committed; a writer that finds it dirty or out of step rebuilds every derived
 * column from scratch, so a crash can cost time but never correctness.
 */
final class DerivedColumns {
  static final String FILE = "derived.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ChainData d;
  private int[] scratch = new int[64];

  DerivedColumns(ChainData d) {
    this.d = d;
  }

  static boolean isClean(Path chainDir, long generation) {
    Path f = chainDir.resolve(FILE);
    if (!Files.exists(f)) {
      return generation == 0;
    }
    try {
      JsonNode n = JSON.readTree(f.toFile());
      return n.path("clean").asBoolean() && n.path("generation").asLong(-1) == generation;
    } catch (IOException e) {
      return false;
    }
  }

  static void mark(Path chainDir, long generation, boolean clean) throws IOException {
    AtomicFiles.write(chainDir.resolve(FILE), JSON.writeValueAsBytes(JSON.createObjectNode().put("generation", generation).put("clean", clean)));
  }

  /** Zeroes all derived columns and applies every transaction again. */
  void rebuild(ProgressSink progress) {
    zeroFrom(0, 0);
    apply(0, d.txCount(), progress);
  }

  /** Zeroes derived values of outputs from {@code fromOutput} and addresses from {@code fromAddress}. */
  void zeroFrom(long fromOutput, int fromAddress) {
    long outs = d.outputCount();
    d.outSpentBy.zero(fromOutput * 4, outs * 4);
    d.outPrevSame.zero(fromOutput * 8, outs * 8);
    long addrs = d.addressCount();
    d.addrHead.zero((long) fromAddress * 8, addrs * 8);
    d.addrReceived.zero((long) fromAddress * 8, addrs * 8);
    d.addrSent.zero((long) fromAddress * 8, addrs * 8);
    d.addrTxCount.zero((long) fromAddress * 4, addrs * 4);
    d.addrLastTx.zero((long) fromAddress * 4, addrs * 4);
  }

  /** Applies transactions {@code [from, to)} to the derived columns, in order. */
  void apply(long from, long to, ProgressSink progress) {
    for (long t = from; t < to; t++) {
      int n = 0;
      for (long i = d.txFirstInput(t), e = d.txInputEnd(t); i < e; i++) {
        long s = d.inSpent(i);
        if (s >= 0) {
          d.outSpentBy.putInt(s * 4, (int) (t + 1));
        }
        int a = d.inAddress(i);
        if (a != ChainData.NO_ADDRESS) {
          long off = (long) a * 8;
          d.addrSent.putLong(off, d.addrSent.getLong(off) + d.inValue(i));
          n = add(n, a);
        }
      }
      for (long o = d.txFirstOutput(t), e = d.txOutputEnd(t); o < e; o++) {
        int a = d.outAddress(o);
        if (a != ChainData.NO_ADDRESS) {
          long off = (long) a * 8;
          d.outPrevSame.putLong(o * 8, d.addrHead.getLong(off));
          d.addrHead.putLong(off, o + 1);
          d.addrReceived.putLong(off, d.addrReceived.getLong(off) + d.outValue(o));
          n = add(n, a);
        }
      }
      Arrays.sort(scratch, 0, n);
      for (int k = 0; k < n; k++) {
        if (k > 0 && scratch[k] == scratch[k - 1]) {
          continue;
        }
        long off = (long) scratch[k] * 4;
        d.addrTxCount.putInt(off, d.addrTxCount.getInt(off) + 1);
        d.addrLastTx.putInt(off, (int) t);
      }
      if (progress != null && (t & 0xffff) == 0) {
        progress.report(t - from, to - from);
      }
    }
  }

  /**
   * Takes transactions {@code [from, to)} back out of the derived columns, newest first: the
   * exact inverse of {@link #apply}, except each touched address's last transaction, which is
   * recomputed afterwards by {@link #recomputeLastTx} once the counts are lowered.
   */
  java.util.Set<Integer> undo(long from, long to) {
    java.util.Set<Integer> touched = new java.util.HashSet<>();
    for (long t = to - 1; t >= from; t--) {
      int n = 0;
      for (long o = d.txOutputEnd(t) - 1, b = d.txFirstOutput(t); o >= b; o--) {
        int a = d.outAddress(o);
        if (a != ChainData.NO_ADDRESS) {
          long off = (long) a * 8;
          d.addrHead.putLong(off, d.outPrevSame.getLong(o * 8));
          d.addrReceived.putLong(off, d.addrReceived.getLong(off) - d.outValue(o));
          n = add(n, a);
        }
      }
      for (long i = d.txFirstInput(t), e = d.txInputEnd(t); i < e; i++) {
        long s = d.inSpent(i);
        if (s >= 0) {
          d.outSpentBy.putInt(s * 4, 0);
        }
        int a = d.inAddress(i);
        if (a != ChainData.NO_ADDRESS) {
          long off = (long) a * 8;
          d.addrSent.putLong(off, d.addrSent.getLong(off) - d.inValue(i));
          n = add(n, a);
        }
      }
      Arrays.sort(scratch, 0, n);
      for (int k = 0; k < n; k++) {
        if (k > 0 && scratch[k] == scratch[k - 1]) {
          continue;
        }
        long off = (long) scratch[k] * 4;
        d.addrTxCount.putInt(off, d.addrTxCount.getInt(off) - 1);
        touched.add(scratch[k]);
      }
    }
    return touched;
  }

  /** The last transaction of each address: its newest output or the newest spend of one. */
  void recomputeLastTx(java.util.Set<Integer> addresses) {
    for (int a : addresses) {
      if (a >= d.addressCount()) {
        continue;
      }
      long last = 0;
      for (long o = d.addressHead(a); o >= 0; o = d.outPrevSame(o)) {
        last = Math.max(last, d.outTx(o));
        long s = d.outSpentBy(o);
        if (s >= 0) {
          last = Math.max(last, s);
        }
      }
      d.addrLastTx.putInt((long) a * 4, (int) last);
    }
  }

  private int add(int n, int a) {
    if (n == scratch.length) {
      scratch = Arrays.copyOf(scratch, n * 2);
    }
    scratch[n] = a;
    return n + 1;
  }

  /** Receives progress of a long pass. */
  @FunctionalInterface
  interface ProgressSink {
    void report(long done, long total);
  }
}
