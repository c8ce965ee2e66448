package ca.threadline.bench.link;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import ca.threadline.link.circuit.PlaceResolver;
import ca.threadline.link.engine.AdFeatures;
import ca.threadline.link.engine.AdRecord;
import ca.threadline.link.engine.Featurizer;
import ca.threadline.link.engine.LinkCorpus;
import ca.threadline.link.engine.Linker;
import ca.threadline.link.engine.Linking;
import ca.threadline.link.template.TemplateParameters;
import ca.threadline.testkit.corpus.Corpus;
import ca.threadline.testkit.corpus.CorpusAd;
import ca.threadline.testkit.corpus.CorpusGenerator;
import ca.threadline.testkit.corpus.CorpusSpec;
import ca.threadline.testkit.corpus.Difficulty;
import ca.threadline.testkit.corpus.PairwiseScore;
import ca.threadline.testkit.corpus.PlantedSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;

/**
 * Measures template and network quality of one parameter setting on a generated corpus, with the
 * generator's planted selectors standing in for extraction (linking alone). The tuning table of
 * docs/linking.md comes from this.
 *
 * <pre>
 * java -cp "bench/target/threadline-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" ca.threadline.bench.link.TuneLinking \
 *   --ads 30000 --seed 102 [--difficulty hard] [--width 3] [--within false] [--bands 64] [--rows 4] [--threshold 0.35] [--cap 100]
 * </pre>
 */
public final class TuneLinking {
  private TuneLinking() {}

  public static void main(String[] args) throws Exception {
    int ads = 30_000;
    long seed = 102;
    Difficulty difficulty = Difficulty.HARD;
    TemplateParameters d = TemplateParameters.defaults();
    int width = d.shingleWidth();
    boolean within = d.shinglesWithinSentences();
    int bands = d.bands();
    int rows = d.rows();
    double threshold = d.threshold();
    int cap = d.bucketCap();
    for (int i = 0; i < args.length; i++) {
      String v = args[++i];
      switch (args[i - 1]) {
        case "--ads" -> ads = Integer.parseInt(v);
        case "--seed" -> seed = Long.parseLong(v);
        case "--difficulty" -> difficulty = Difficulty.valueOf(v.toUpperCase(Locale.ROOT));
        case "--width" -> width = Integer.parseInt(v);
        case "--within" -> within = Boolean.parseBoolean(v);
        case "--bands" -> bands = Integer.parseInt(v);
        case "--rows" -> rows = Integer.parseInt(v);
        case "--threshold" -> threshold = Double.parseDouble(v);
        case "--cap" -> cap = Integer.parseInt(v);
        default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
      }
    }
    TemplateParameters p = new TemplateParameters(width, within, bands, rows, threshold, d.minShingles(), cap, d.seed());
    Corpus corpus = CorpusGenerator.generate(CorpusSpec.of(seed, ads, difficulty));
    List<AdRecord> records = new ArrayList<>(corpus.size());
    for (CorpusAd ad : corpus.ads()) {
      List<Selector> sel = new ArrayList<>();
      for (PlantedSelector s : ad.planted()) {
        sel.add(new Selector(SelectorType.fromWire(s.type()), s.value(), new Span(s.start(), s.end()), s.obfuscation(), null));
      }
      records.add(new AdRecord(ad.id(), ad.text(), ad.postedAt(), ad.city(), sel, List.of()));
    }
    Featurizer f = new Featurizer(p, PlaceResolver.asWritten());
    ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    List<AdFeatures> features = pool.submit(() -> records.parallelStream().map(f::features).toList()).get();
    LinkCorpus c = new LinkCorpus(p, false);
    c.add(records, features, pool);
    pool.shutdown();
    Linking l = new Linker().link(c);
    System.out.printf(
        Locale.ROOT,
        "%s %,d ads seed %d | w=%d within=%s bands=%d rows=%d J>=%.2f cap=%d%n  templates %s%n  networks  %s%n  candidate pairs verified %,d, generic selectors %d%n",
        difficulty, corpus.size(), seed, width, within, bands, rows, threshold, cap,
        PairwiseScore.of(l.templateLabels(), corpus.goldTemplates()), PairwiseScore.of(l.networkLabels(), corpus.goldOperators()),
        c.templates().verifiedPairs(), l.networks().verdicts().genericCount());
  }
}
