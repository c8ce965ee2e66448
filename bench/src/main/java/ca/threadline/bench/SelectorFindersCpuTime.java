package ca.threadline.bench;

import ca.threadline.core.selector.Selector;
import ca.threadline.extract.Language;
import ca.threadline.extract.SelectorFinder;
import ca.threadline.extract.age.AgeFinder;
import ca.threadline.extract.crypto.BtcFinder;
import ca.threadline.extract.crypto.EthFinder;
import ca.threadline.extract.email.EmailFinder;
import ca.threadline.extract.handle.HandleFinder;
import ca.threadline.extract.location.LocationFinder;
import ca.threadline.extract.price.PriceFinder;
import ca.threadline.extract.url.UrlFinder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time per ad of each selector finder, on the corpus of {@link SelectorFindersBench}. JMH
 * measures wall-clock throughput, which on a shared machine also counts the time the thread waits
 * for a core; this counts only the thread's own CPU time (ThreadMXBean), so it stays comparable
 * when other jobs load the machine. Usage: {@code java -cp ... ca.threadline.bench.SelectorFindersCpuTime [seconds]}.
 */
public final class SelectorFindersCpuTime {
  private SelectorFindersCpuTime() {}

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
    List<String> ads = SelectorFindersBench.SyntheticAds.generate(SelectorFindersBench.ADS, 42L);
    Map<String, SelectorFinder> finders = new LinkedHashMap<>();
    finders.put("email", new EmailFinder());
    finders.put("handle", new HandleFinder());
    finders.put("url", new UrlFinder());
    finders.put("btc", new BtcFinder());
    finders.put("eth", new EthFinder());
    finders.put("age", new AgeFinder());
    finders.put("location", new LocationFinder());
    finders.put("price", new PriceFinder());
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double total = 0;
    for (int round = 0; round < 2; round++) { // the first round warms the JIT up
      total = 0;
      for (Map.Entry<String, SelectorFinder> e : finders.entrySet()) {
        long start = mx.getCurrentThreadCpuTime();
        long n = 0;
        while (mx.getCurrentThreadCpuTime() - start < seconds * 1e9) {
          for (String ad : ads) {
            List<Selector> out = new ArrayList<>(4);
            e.getValue().find(ad, Language.UNDETERMINED, out);
            n++;
          }
        }
        double micros = (mx.getCurrentThreadCpuTime() - start) / 1e3 / n;
        total += micros;
        if (round == 1) {
          System.out.printf("%-9s %6.2f µs CPU/ad  %,10.0f ads/s per core%n", e.getKey(), micros, 1e6 / micros);
        }
      }
    }
    System.out.printf("%-9s %6.2f µs CPU/ad  %,10.0f ads/s per core  (sum of the above)%n", "all 8", total, 1e6 / total);
    // The eight one after the other on each ad, as StandardExtractor runs them.
    List<SelectorFinder> all = List.copyOf(finders.values());
    double together = 0;
    for (int round = 0; round < 2; round++) {
      long start = mx.getCurrentThreadCpuTime();
      long n = 0;
      while (mx.getCurrentThreadCpuTime() - start < seconds * 1e9) {
        for (String ad : ads) {
          List<Selector> out = new ArrayList<>(8);
          for (SelectorFinder f : all) {
            f.find(ad, Language.UNDETERMINED, out);
          }
          n++;
        }
      }
      together = (mx.getCurrentThreadCpuTime() - start) / 1e3 / n;
    }
    System.out.printf("%-9s %6.2f µs CPU/ad  %,10.0f ads/s per core  (together on each ad)%n", "all 8", together, 1e6 / together);
  }
}
