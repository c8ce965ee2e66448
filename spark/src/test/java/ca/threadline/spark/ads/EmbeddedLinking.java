package ca.threadline.spark.ads;

import ca.threadline.extract.Extractor;
import ca.threadline.extract.StandardExtractor;
import ca.threadline.link.engine.AdFeatures;
import ca.threadline.link.engine.AdRecord;
import ca.threadline.link.engine.Featurizer;
import ca.threadline.link.engine.LinkCorpus;
import ca.threadline.link.engine.Linker;
import ca.threadline.link.engine.Linking;
import ca.threadline.link.template.TemplateParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

/**
 * The embedded engine as {@code threadline cluster} drives it (real extractor, link module's
 * featurizer, template index, linker), on records already read: the reference the Spark job must
 * equal. (The application module cannot be on this module's test classpath: its Jackson would
 * break Spark.)
 */
final class EmbeddedLinking {
  private EmbeddedLinking() {}

  /** A record as the embedded command reads it. */
  record Ad(String id, String text, List<String> imageHashes) {}

  /** Output lines and the number of generic selectors found. */
  record Result(List<String> lines, int genericSelectors) {}

  /** The {@code threadline cluster} output lines of {@code ads} (already deduplicated, valid). */
  static Result run(List<Ad> ads) {
    TemplateParameters params = TemplateParameters.defaults();
    Featurizer featurizer = new Featurizer(params, city -> Optional.empty());
    Extractor extractor = StandardExtractor.create();
    List<AdRecord> records = new ArrayList<>();
    List<AdFeatures> features = new ArrayList<>();
    for (Ad a : ads) {
      AdRecord r = new AdRecord(a.id(), a.text(), null, null, extractor.extract(a.text()).selectors(), a.imageHashes());
      records.add(r);
      features.add(featurizer.features(r));
    }
    LinkCorpus corpus = new LinkCorpus(params, false);
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      corpus.add(records, features, pool);
    } finally {
      pool.shutdown();
    }
    Linking linking = new Linker().link(corpus);
    List<String> out = new ArrayList<>();
    for (int ad = 0; ad < corpus.size(); ad++) {
      StringBuilder b = new StringBuilder("{\"id\":");
      ca.threadline.spark.io.JsonText.string(b, corpus.id(ad));
      out.add(b.append(",\"template_cluster\":\"").append(linking.templateId(ad)).append("\",\"network\":\"").append(linking.networkId(ad)).append("\"}").toString());
    }
    return new Result(out, linking.networks().verdicts().genericCount());
  }
}
