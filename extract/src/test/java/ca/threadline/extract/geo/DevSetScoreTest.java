package ca.threadline.extract.geo;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Scores the email, handle, url, btc, eth, age, location and price finders on the shared
 * development set: per type precision, recall and F1, where a value in the ad's {@code optional}
 * list counts neither way. Prints the table and every miss; asserts P = R = 1 for the types the
 * set has gold for, and for url and price that every gold value is found with no extra value
 * beyond the optional ones.
 */
class DevSetScoreTest {
  private static final Map<String, SelectorFinder> FINDERS = new LinkedHashMap<>();

  static {
    FINDERS.put("email", new EmailFinder());
    FINDERS.put("handle", new HandleFinder());
    FINDERS.put("url", new UrlFinder());
    FINDERS.put("btc", new BtcFinder());
    FINDERS.put("eth", new EthFinder());
    FINDERS.put("age", new AgeFinder());
    FINDERS.put("location", new LocationFinder());
    FINDERS.put("price", new PriceFinder());
  }

  @Test
  void everyTypeIsExactOnTheDevelopmentSet() throws Exception {
    var ads = DevSet.load();
    Assumptions.assumeTrue(ads.isPresent(), "shared data (threadline.sharedData/selectors-dev.jsonl) not available");
    Map<String, int[]> counts = new LinkedHashMap<>();
    List<String> misses = new ArrayList<>();
    for (DevSet.Ad ad : ads.get()) {
      for (Map.Entry<String, SelectorFinder> e : FINDERS.entrySet()) {
        String type = e.getKey();
        List<Selector> out = new ArrayList<>();
        e.getValue().find(ad.text(), Language.UNDETERMINED, out);
        Set<String> found = new TreeSet<>();
        for (Selector s : out) {
          assertThat(s.type().wireName()).isEqualTo(type);
          assertThat(s.span().end()).isLessThanOrEqualTo(ad.text().length());
          found.add(s.key());
        }
        int[] c = counts.computeIfAbsent(type, t -> new int[3]); // tp, fp, fn
        for (String key : found) {
          if (ad.gold().contains(key)) {
            c[0]++;
          } else if (!ad.optional().contains(key)) {
            c[1]++;
            misses.add(ad.id() + " false positive " + key);
          }
        }
        for (String key : ad.gold()) {
          if (key.startsWith(type + ":") && !found.contains(key)) {
            c[2]++;
            misses.add(ad.id() + " missed " + key);
          }
        }
      }
    }
    StringBuilder table = new StringBuilder("type       tp  fp  fn  precision  recall  f1\n");
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      double p = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
      double r = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      table.append(String.format("%-9s %3d %3d %3d  %9.3f  %6.3f  %.3f%n", e.getKey(), c[0], c[1], c[2], p, r, f));
    }
    System.out.println(table);
    misses.forEach(System.out::println);
    assertThat(misses).as(table.toString()).isEmpty();
  }
}
