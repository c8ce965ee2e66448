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
import ca.threadline.link.minhash.LshBands;
import ca.threadline.link.minhash.MinHasher;
import ca.threadline.link.template.TemplateParameters;
import ca.threadline.link.text.AdNormalizer;
import ca.threadline.link.text.MaskedText;
import ca.threadline.link.text.Shingler;
import ca.threadline.testkit.corpus.Corpus;
import ca.threadline.testkit.corpus.CorpusAd;
import ca.threadline.testkit.corpus.CorpusGenerator;
import ca.threadline.testkit.corpus.CorpusSpec;
import ca.threadline.testkit.corpus.Difficulty;
import ca.threadline.testkit.corpus.PlantedSelector;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;

/**
 * CPU time per ad of each linking stage, on one thread, best of several rounds (thread CPU time is
 * robust on a shared, busy machine, wall clock is not): normalise and mask, shingle, MinHash and
 * band, then the corpus-wide steps (LSH buckets + exact verification + union-find, networks).
 *
 * <pre>
 * java -cp "bench/target/threadline-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" ca.threadline.bench.link.LinkStagesBench [--ads 100000] [--rounds 3]
 * </pre>
 */
public final class LinkStagesBench {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private LinkStagesBench() {}

  public static void main(String[] args) throws Exception {
    int ads = 100_000;
    int rounds = 3;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--ads" -> ads = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException(args[i]);
      }
    }
    Corpus corpus = CorpusGenerator.generate(CorpusSpec.of(1, ads, Difficulty.HARD));
    List<AdRecord> records = new ArrayList<>();
    for (CorpusAd ad : corpus.ads()) {
      List<Selector> sel = new ArrayList<>();
      for (PlantedSelector s : ad.planted()) {
        sel.add(new Selector(SelectorType.fromWire(s.type()), s.value(), new Span(s.start(), s.end()), s.obfuscation(), null));
      }
      records.add(new AdRecord(ad.id(), ad.text(), ad.postedAt(), ad.city(), sel, List.of()));
    }
    TemplateParameters p = TemplateParameters.defaults();
    AdNormalizer normalizer = new AdNormalizer();
    Shingler shingler = new Shingler(p.shingleWidth(), p.shinglesWithinSentences());
    LshBands lsh = p.lsh();
    MinHasher minHasher = new MinHasher(lsh.signatureLength(), p.seed());
    Featurizer featurizer = new Featurizer(p, PlaceResolver.asWritten());
    double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    long verified = 0;
    for (int round = 0; round < rounds; round++) {
      long t0 = cpu();
      List<MaskedText> masked = new ArrayList<>(records.size());
      for (AdRecord r : records) {
        masked.add(normalizer.normalize(r.text(), r.selectors()));
      }
      long t1 = cpu();
      List<int[]> shingles = new ArrayList<>(records.size());
      for (MaskedText m : masked) {
        shingles.add(shingler.shingles(m));
      }
      long t2 = cpu();
      int[] sig = new int[lsh.signatureLength()];
      int[] keys = new int[lsh.bands()];
      long sink = 0;
      for (int[] s : shingles) {
        minHasher.signature(s, sig);
        lsh.keys(sig, keys, 0);
        sink += keys[0];
      }
      long t3 = cpu();
      List<AdFeatures> features = records.stream().map(featurizer::features).toList();
      ForkJoinPool one = new ForkJoinPool(1);
      long t4 = cpu() + poolCpu(one, 0);
      LinkCorpus c = new LinkCorpus(p, false);
      c.add(records, features, one);
      new Linker().link(c);
      long t5 = cpu() + poolCpu(one, 1);
      one.shutdown();
      verified = c.templates().verifiedPairs();
      double n = records.size();
      best[0] = Math.min(best[0], (t1 - t0) / n / 1e3);
      best[1] = Math.min(best[1], (t2 - t1) / n / 1e3);
      best[2] = Math.min(best[2], (t3 - t2) / n / 1e3);
      best[3] = Math.min(best[3], (t5 - t4) / n / 1e3);
      if (sink == 42) {
        System.out.print("");
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%,d hard ads, CPU µs per ad (best of %d): normalise+mask %.1f, shingle %.1f, MinHash+bands %.1f, LSH+verify+union-find+networks %.1f (%,d pairs verified)%n",
        records.size(), rounds, best[0], best[1], best[2], best[3], verified);
  }

  private static long cpu() {
    return CPU.getCurrentThreadCpuTime();
  }

  /** CPU time of the pool's worker threads so far (the pool has one worker). */
  private static long poolCpu(ForkJoinPool pool, int ignored) {
    long sum = 0;
    for (long id : CPU.getAllThreadIds()) {
      var info = CPU.getThreadInfo(id);
      if (info != null && info.getThreadName().startsWith("ForkJoinPool-")) {
        long t = CPU.getThreadCpuTime(id);
        sum += t > 0 ? t : 0;
      }
    }
    return sum;
  }
}
