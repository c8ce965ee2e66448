package ca.threadline.link.engine;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import ca.threadline.testkit.corpus.Corpus;
import ca.threadline.testkit.corpus.CorpusAd;
import ca.threadline.testkit.corpus.PlantedSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Turns a generated corpus into engine input using the selectors the generator planted, with their
 * spans: perfect extraction. Tests of the linking logic use it so that their figures measure
 * linking alone; the end-to-end figures with the real extractor come from the CLI tests.
 */
final class GoldSelectors {
  private GoldSelectors() {}

  static List<AdRecord> records(Corpus corpus) {
    return records(corpus, s -> true);
  }

  static List<AdRecord> records(Corpus corpus, Predicate<PlantedSelector> keep) {
    List<AdRecord> out = new ArrayList<>(corpus.size());
    for (CorpusAd ad : corpus.ads()) {
      List<Selector> sel = new ArrayList<>();
      for (PlantedSelector p : ad.planted()) {
        if (keep.test(p)) {
          sel.add(new Selector(SelectorType.fromWire(p.type()), p.value(), new Span(p.start(), p.end()), p.obfuscation(), null));
        }
      }
      out.add(new AdRecord(ad.id(), ad.text(), ad.postedAt(), ad.city(), sel, List.of()));
    }
    return out;
  }
}
