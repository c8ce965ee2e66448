package ca.threadline.extract.quality;

import ca.threadline.core.selector.Selector;
import ca.threadline.extract.Extractor;
import ca.threadline.extract.StandardExtractor;
import ca.threadline.testkit.ads.AdGenerator;
import ca.threadline.testkit.ads.GeneratedAd;
import ca.threadline.testkit.ads.GoldSelector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the {@link StandardExtractor} over ads from the shared seeded generator ({@code testkit}
 * {@link AdGenerator}) and scores every selector type against the generator's ground truth. A
 * tool for finding systematic mismatches: the generator is not an oracle, so each mismatch it
 * shows is read and judged (extractor wrong, or the generator's gold unreasonable).
 *
 * <p>From the command line, after {@code ./build -q -pl extract -am test-compile}:
 * <pre>
 * java -cp extract/target/test-classes:extract/target/classes:... \
 *     ca.threadline.extract.quality.GeneratorQualityReport --seeds 2026,1,2 --count 5000 --examples 10
 * </pre>
 * or through Maven with {@code GeneratorQualityTest} and {@code -Dquality.seeds=... -Dquality.count=...
 * -Dquality.examples=...}.
 */
public final class GeneratorQualityReport {
  private GeneratorQualityReport() {}

  /** Scores {@code count} ads for each seed, keeping {@code examples} misses per type. */
  public static Scorecard score(List<Long> seeds, int count, int examples) {
    Extractor extractor = StandardExtractor.create();
    Scorecard card = new Scorecard(examples);
    for (long seed : seeds) {
      AdGenerator generator = new AdGenerator(seed);
      for (int i = 0; i < count; i++) {
        GeneratedAd ad = generator.next();
        card.add(labelled(ad), found(extractor, ad.text()));
      }
    }
    return card;
  }

  static LabelledAd labelled(GeneratedAd ad) {
    return new LabelledAd(ad.id(), ad.text(), keys(ad.gold()), keys(ad.optional()));
  }

  static Set<String> found(Extractor extractor, String text) {
    Set<String> out = new HashSet<>();
    for (Selector s : extractor.extract(text).selectors()) {
      out.add(s.key());
    }
    return out;
  }

  private static Set<String> keys(List<GoldSelector> list) {
    Set<String> out = new HashSet<>();
    for (GoldSelector g : list) {
      out.add(g.type() + ":" + g.value());
    }
    return out;
  }

  static List<Long> parseSeeds(String s) {
    List<Long> out = new ArrayList<>();
    for (String part : s.split(",")) {
      out.add(Long.parseLong(part.trim()));
    }
    return out;
  }

  public static void main(String[] args) {
    QualityRunOptions o = QualityRunOptions.parse(args, "2026,1,2", 5000);
    Scorecard card = score(o.seeds(), o.count(), o.examples());
    System.out.println("seeds " + o.seeds() + ", " + o.count() + " ads each");
    System.out.println(card.table());
    System.out.println(card.examplesReport());
  }
}
