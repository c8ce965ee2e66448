package ca.threadline.extract;

import ca.threadline.extract.indicator.LexiconIndicatorFinder;
import ca.threadline.extract.lang.EnglishFrenchDetector;
import java.util.List;

/** Builds the {@link Extractor} Threadline ships: every finder, the EN/FR lexicons, the gazetteer. */
public final class StandardExtractor {
  private StandardExtractor() {}

  public static Extractor create() {
    List<SelectorFinder> finders =
        List.of(
            new ca.threadline.extract.phone.PhoneFinder(),
            new ca.threadline.extract.email.EmailFinder(),
            new ca.threadline.extract.handle.HandleFinder(),
            new ca.threadline.extract.url.UrlFinder(),
            new ca.threadline.extract.crypto.BtcFinder(),
            new ca.threadline.extract.crypto.EthFinder(),
            new ca.threadline.extract.age.AgeFinder(),
            new ca.threadline.extract.location.LocationFinder(),
            new ca.threadline.extract.price.PriceFinder());
    return new Extractor(EnglishFrenchDetector.standard(), finders, LexiconIndicatorFinder.standard());
  }
}
