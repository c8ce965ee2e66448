package ca.threadline.extract.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The standard extractor against the shared generator's ground truth (testkit {@code AdGenerator}),
 * several seeds. Prints the per-type table and the first misses; with {@code -Dquality.seeds},
 * {@code -Dquality.count} and {@code -Dquality.examples} it is the report tool of
 * {@link GeneratorQualityReport} run through Maven.
 */
class GeneratorQualityTest {
  @Test
  void everyTypeIsNearExactOnGeneratedAds() {
    String seeds = System.getProperty("quality.seeds", "2026,1,2");
    int count = Integer.getInteger("quality.count", 2000);
    int examples = Integer.getInteger("quality.examples", 5);
    Scorecard card = GeneratorQualityReport.score(GeneratorQualityReport.parseSeeds(seeds), count, examples);
    System.out.println("generator seeds " + seeds + ", " + count + " ads each\n" + card.table());
    System.out.println(card.examplesReport());
    card.byType().forEach((type, c) ->
        assertThat(c.f1()).as(type + "\n" + card.table() + card.examplesReport()).isGreaterThanOrEqualTo(0.995));
  }
}
