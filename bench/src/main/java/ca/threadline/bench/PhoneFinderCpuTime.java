package ca.threadline.bench;

import ca.threadline.core.selector.Selector;
import ca.threadline.extract.Language;
import ca.threadline.extract.phone.PhoneFinder;
import ca.threadline.testkit.ads.AdGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU time per ad of {@link PhoneFinder} on one thread, over 4,096 ads of the shared generator
 * (seed 1), cycled: a companion to {@link PhoneFinderBench} for shared machines, where wall-clock
 * throughput mostly measures the other processes. Thread CPU time excludes time spent waiting for
 * a core (it still includes cache effects of sharing one). Ten rounds of 200,000 ads after two
 * warm-up rounds; prints each round and the median.
 *
 * <p>Run: {@code java -cp "bench/target/classes:bench/target/lib/*" ca.threadline.bench.PhoneFinderCpuTime}
 */
public final class PhoneFinderCpuTime {
  private PhoneFinderCpuTime() {}

  public static void main(String[] args) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    AdGenerator generator = new AdGenerator(1);
    String[] ads = new String[4096];
    long chars = 0;
    for (int i = 0; i < ads.length; i++) {
      ads[i] = generator.next().text();
      chars += ads[i].length();
    }
    System.err.printf("4096 testkit ads, mean length %d chars%n", chars / ads.length);
    PhoneFinder finder = new PhoneFinder();
    List<Selector> out = new ArrayList<>();
    int rounds = 12;
    int perRound = 200_000;
    double[] micros = new double[rounds - 2];
    long found = 0;
    for (int round = 0; round < rounds; round++) {
      long cpu0 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < perRound; i++) {
        out.clear();
        finder.find(ads[i & 4095], Language.UNDETERMINED, out);
        found += out.size();
      }
      double us = (mx.getCurrentThreadCpuTime() - cpu0) / 1000.0 / perRound;
      System.err.printf("round %d%s: %.2f µs CPU per ad%n", round, round < 2 ? " (warm-up)" : "", us);
      if (round >= 2) {
        micros[round - 2] = us;
      }
    }
    java.util.Arrays.sort(micros);
    double median = (micros[micros.length / 2 - 1] + micros[micros.length / 2]) / 2;
    System.out.printf("{\"us_cpu_per_ad\":%.2f,\"ads_per_cpu_second\":%.0f,\"phones\":%d}%n",
        median, 1e6 / median, found);
  }
}
