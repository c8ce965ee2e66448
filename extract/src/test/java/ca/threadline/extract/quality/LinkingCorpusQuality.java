package ca.threadline.extract.quality;

import ca.threadline.extract.Extractor;
import ca.threadline.extract.StandardExtractor;
import ca.threadline.testkit.corpus.Corpus;
import ca.threadline.testkit.corpus.CorpusAd;
import ca.threadline.testkit.corpus.CorpusGenerator;
import ca.threadline.testkit.corpus.CorpusSpec;
import ca.threadline.testkit.corpus.Difficulty;
import ca.threadline.testkit.corpus.PlantedSelector;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the {@link StandardExtractor} over the linking corpus generator ({@code testkit}
 * {@link CorpusGenerator}, the ads the demo and the linking tests use: bilingual, edited copies
 * with typos, obfuscated contacts) and scores it against the selectors the generator planted.
 *
 * <p>Only the types the generator labels completely are scored: phone, email, handle, btc, eth,
 * location, age and price. It writes no URLs other than a handle's link ({@code onlyfans.com/x}),
 * which it labels as the handle, so a found url has no gold to meet and is left out of the score.
 *
 * <p>From the command line, after {@code ./build -q -pl extract -am test-compile}:
 * <pre>
 * java -cp … ca.threadline.extract.quality.LinkingCorpusQuality --seeds 11,12,13 --count 3000 --examples 10
 * </pre>
 */
public final class LinkingCorpusQuality {
  /** The types the generator plants and labels in every ad it writes them into. */
  public static final Set<String> SCORED = Set.of("phone", "email", "handle", "btc", "eth", "location", "age", "price");

  private LinkingCorpusQuality() {}

  /** Scores {@code count} ads of each seed, both difficulties alternating by seed, keeping {@code examples} misses per type. */
  public static Scorecard score(List<Long> seeds, int count, int examples) {
    Extractor extractor = StandardExtractor.create();
    Scorecard card = new Scorecard(examples);
    int k = 0;
    for (long seed : seeds) {
      Difficulty d = k++ % 2 == 0 ? Difficulty.HARD : Difficulty.EASY;
      Corpus corpus = CorpusGenerator.generate(CorpusSpec.of(seed, count, d));
      for (CorpusAd ad : corpus.ads()) {
        Set<String> gold = new HashSet<>();
        for (PlantedSelector p : ad.planted()) {
          gold.add(p.key());
        }
        Set<String> found = new HashSet<>();
        for (String key : GeneratorQualityReport.found(extractor, ad.text())) {
          if (SCORED.contains(key.substring(0, key.indexOf(':')))) {
            found.add(key);
          }
        }
        card.add(new LabelledAd(ad.id() + "@" + seed, ad.text(), gold, Set.of()), found);
      }
    }
    return card;
  }

  public static void main(String[] args) {
    QualityRunOptions o = QualityRunOptions.parse(args, "11,12,13", 3000);
    Scorecard card = score(o.seeds(), o.count(), o.examples());
    System.out.println("linking corpus, seeds " + o.seeds() + ", " + o.count() + " ads each (HARD, EASY alternating)");
    System.out.println(card.table());
    System.out.println(card.examplesReport());
  }
}
