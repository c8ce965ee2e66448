package ca.threadline.bench.chain;

import ca.threadline.chain.api.ChainStore;
import ca.threadline.chain.cluster.Clusterer;
import ca.threadline.chain.cluster.CoinJoinRule;
import ca.threadline.chain.cluster.Heuristic;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.SplittableRandom;

/**
 * In-process benchmarks on an imported home: {@code chain address} latency (p50/p95/p99 over
 * random addresses, store opened once, and cold open+lookup), and clustering throughput with a
 * warm JIT (best of three runs) with the heap held per address.
 *
 * <p>Usage: {@code java -cp ... ca.threadline.bench.chain.ChainQueryBench HOME [lookups]}
 */
public final class ChainQueryBench {
  private ChainQueryBench() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    int lookups = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    SplittableRandom r = new SplittableRandom(42);
    try (ChainStore s = ChainStore.open(home)) {
      long n = s.data().addressCount();
      String[] sample = new String[lookups];
      for (int i = 0; i < lookups; i++) {
        sample[i] = s.addressText(r.nextInt((int) n));
      }
      long[] ns = new long[lookups];
      for (int i = 0; i < lookups; i++) {
        long t0 = System.nanoTime();
        s.address(sample[i]).orElseThrow();
        ns[i] = System.nanoTime() - t0;
      }
      Arrays.sort(ns);
      System.out.printf("addresses %,d; chain address (store open): p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms%n",
          n, ns[lookups / 2] / 1e6, ns[(int) (lookups * 0.95)] / 1e6, ns[(int) (lookups * 0.99)] / 1e6, ns[lookups - 1] / 1e6);
    }
    long[] cold = new long[50];
    for (int i = 0; i < cold.length; i++) {
      long t0 = System.nanoTime();
      try (ChainStore s = ChainStore.open(home)) {
        s.address(s.addressText(r.nextInt((int) s.data().addressCount()))).orElseThrow();
      }
      cold[i] = System.nanoTime() - t0;
    }
    Arrays.sort(cold);
    System.out.printf("open + chain address (cold in-process): p50 %.3f ms, p95 %.3f ms%n", cold[25] / 1e6, cold[47] / 1e6);
    try (ChainStore s = ChainStore.open(home)) {
      double best = Double.MAX_VALUE;
      for (int run = 0; run < 3; run++) {
        System.gc();
        long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        Clusterer.Outcome o = Clusterer.run(s.data(), new Clusterer.Options(EnumSet.of(Heuristic.MULTI_INPUT), EnumSet.copyOf(CoinJoinRule.VETOES), new BitSet(), 2), null);
        long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        best = Math.min(best, o.seconds());
        System.out.printf("cluster run %d: %.3f s, %,.0f tx/s, heap growth %.1f bytes/address%n", run, o.seconds(), s.data().txCount() / o.seconds(), (after - before) / (double) s.data().addressCount());
      }
      System.out.printf("clustering best: %,.0f tx/s over %,d txs, %,d addresses%n", s.data().txCount() / best, s.data().txCount(), s.data().addressCount());
    }
  }
}
