package ca.threadline.extract.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The standard extractor against the selectors the linking corpus generator ({@code testkit}
 * {@code CorpusGenerator}: the demo's and the linking tests' ads) plants, several seeds, both
 * difficulties. Prints the per-type table and the first misses; with {@code -Dquality.seeds},
 * {@code -Dquality.count} and {@code -Dquality.examples} it is the report tool of
 * {@link LinkingCorpusQuality} run through Maven.
 *
 * <p>Guards: age and price precision ≥ 0.99 and recall ≥ 0.98 (measured 1.0000 / ≥ 0.999, see
 * docs/extraction.md); the other types at what the extractor reaches by design. Location misses
 * are the extractor's documented choices ({@code TO} in capitals, "in Québec" read as the
 * province, "Niagara" alone); email and handle misses are obfuscations the generator writes with a
 * separator glued on ("…(dot)com-") and "of:" handles.
 */
class LinkingCorpusQualityTest {
  /** Minimum precision and recall per type. */
  private static final Map<String, double[]> FLOORS = Map.of(
      "age", new double[] {0.99, 0.98},
      "price", new double[] {0.99, 0.98},
      "phone", new double[] {0.99, 0.99},
      "email", new double[] {0.99, 0.98},
      "handle", new double[] {0.99, 0.98},
      "btc", new double[] {0.99, 0.99},
      "eth", new double[] {0.99, 0.99},
      "location", new double[] {0.99, 0.92});

  @Test
  void everyLabelledTypeMeetsItsFloor() {
    String seeds = System.getProperty("quality.seeds", "11,12,13");
    int count = Integer.getInteger("quality.count", 2000);
    int examples = Integer.getInteger("quality.examples", 5);
    Scorecard card = LinkingCorpusQuality.score(GeneratorQualityReport.parseSeeds(seeds), count, examples);
    String report = "linking corpus seeds " + seeds + ", " + count + " ads each\n" + card.table() + card.examplesReport();
    System.out.println(report);
    assertThat(card.byType().keySet()).as(report).containsAll(FLOORS.keySet());
    FLOORS.forEach((type, floor) -> {
      Scorecard.Counts c = card.counts(type, true);
      assertThat(c.precision()).as(type + " precision\n" + report).isGreaterThanOrEqualTo(floor[0]);
      assertThat(c.recall()).as(type + " recall\n" + report).isGreaterThanOrEqualTo(floor[1]);
    });
  }
}
