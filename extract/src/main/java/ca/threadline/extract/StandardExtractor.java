package ca.threadline.extract;

import ca.threadline.extract.indicator.LexiconIndicatorFinder;
import ca.threadline.extract.lang.EnglishFrenchDetector;
import java.util.List;

/** Builds the {@link Extractor} Threadline ships: every finder, the EN/FR lexicons, the gazetteer. */
public final class StandardExtractor {
  private StandardExtractor() {}

  public static Extractor create() {
    List<SelectorFinder> finders = List.of();
    return new Extractor(EnglishFrenchDetector.standard(), finders, LexiconIndicatorFinder.standard());
  }
}
