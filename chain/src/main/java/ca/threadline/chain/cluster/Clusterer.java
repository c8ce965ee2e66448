package ca.threadline.chain.cluster;

import ca.threadline.chain.store.ChainData;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/**
 * Builds address clusters: first every transaction gets its CoinJoin verdict (in parallel), then
 * one pass in chain order unions the input addresses of every other transaction (multi-input),
 * and, only when asked, each transaction's unique change output with its first input.
 */
public final class Clusterer {
  /** What to run. */
  public record Options(Set<Heuristic> heuristics, Set<CoinJoinRule> coinJoinRules, BitSet exchangeAddresses, int threads) {}

  /** The forest, each transaction's CoinJoin flags, and counts. */
  public record Outcome(EvidenceForest forest, byte[] txFlags, Map<Heuristic, Long> unions, Map<CoinJoinRule, Long> flagged, double seconds) {}

  private Clusterer() {}

  public static Outcome run(ChainData d, Options o, BiConsumer<String, long[]> progress) throws InterruptedException {
    long t0 = System.nanoTime();
    long nTx = d.txCount();
    long nAddr = d.addressCount();
    if (nTx > Integer.MAX_VALUE || nAddr > Integer.MAX_VALUE) {
      throw new IllegalStateException("clustering holds per-transaction and per-address arrays in memory: at most 2^31-1 of each");
    }
    byte[] flags = new byte[(int) nTx];
    detect(d, o, flags, progress);
    EvidenceForest f = new EvidenceForest((int) nAddr);
    Map<Heuristic, Long> unions = new EnumMap<>(Heuristic.class);
    for (Heuristic h : Heuristic.values()) {
      unions.put(h, 0L);
    }
    List<Heuristic> change = o.heuristics().stream().filter(Heuristic::change).sorted().toList();
    ChangeHeuristics ch = new ChangeHeuristics(d);
    TxView view = new TxView();
    long multi = 0;
    for (long t = 0; t < nTx; t++) {
      int fl = flags[(int) t] & 0xff;
      if (CoinJoinClassifier.isCoinJoin(fl)) {
        continue;
      }
      long i0 = d.txFirstInput(t);
      long i1 = d.txInputEnd(t);
      int first = -1;
      for (long i = i0; i < i1; i++) {
        int a = d.inAddress(i);
        if (a < 0) {
          continue;
        }
        if (first < 0) {
          first = a;
        } else if (a != first && f.union(first, a, t, Heuristic.MULTI_INPUT)) {
          multi++;
        }
      }
      if (first >= 0 && !change.isEmpty()) {
        view.load(d, t);
        for (Heuristic h : change) {
          int c = ch.change(h, view);
          if (c >= 0 && f.union(first, view.outAddr[c], t, h)) {
            unions.merge(h, 1L, Long::sum);
          }
        }
      }
      if ((t & 0xfffff) == 0 && progress != null) {
        progress.accept("union", new long[] {t, nTx});
      }
    }
    unions.put(Heuristic.MULTI_INPUT, multi);
    Map<CoinJoinRule, Long> flagged = new EnumMap<>(CoinJoinRule.class);
    for (CoinJoinRule r : CoinJoinRule.values()) {
      flagged.put(r, 0L);
    }
    for (byte b : flags) {
      if (b != 0) {
        for (CoinJoinRule r : CoinJoinRule.values()) {
          if ((b & r.bit()) != 0) {
            flagged.merge(r, 1L, Long::sum);
          }
        }
      }
    }
    return new Outcome(f, flags, unions, flagged, (System.nanoTime() - t0) / 1e9);
  }

  private static void detect(ChainData d, Options o, byte[] flags, BiConsumer<String, long[]> progress) throws InterruptedException {
    int threads = Math.max(1, o.threads());
    int n = flags.length;
    int chunk = Math.max(1 << 14, n / (threads * 8) + 1);
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (int start = 0; start < n; start += chunk) {
        int s = start;
        int e = Math.min(n, start + chunk);
        jobs.add(pool.submit(() -> {
          TxView v = new TxView();
          CoinJoinClassifier c = new CoinJoinClassifier(o.coinJoinRules(), o.exchangeAddresses());
          for (int t = s; t < e; t++) {
            long nIn = d.txInputEnd(t) - d.txFirstInput(t);
            long nOut = d.txOutputEnd(t) - d.txFirstOutput(t);
            if (nIn < 2 && nOut < 3) {
              continue; // no detector can fire: generic needs 2 inputs, Tx0 3 outputs
            }
            v.load(d, t);
            flags[t] = (byte) c.classify(v);
          }
        }));
      }
      long done = 0;
      for (Future<?> j : jobs) {
        j.get();
        done++;
        if (progress != null) {
          progress.accept("detect", new long[] {done, jobs.size()});
        }
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("CoinJoin detection failed", e.getCause());
    } finally {
      pool.shutdown();
    }
  }
}
