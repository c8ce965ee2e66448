package ca.threadline.extract;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.selector.Selector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Turns one text into selectors and indicators. Thread-safe: one instance serves a whole run.
 *
 * <p>Order of work: detect the language (unless forced), run every {@link SelectorFinder}, drop
 * exact duplicates (same type, value and span), sort by span, then let the {@link IndicatorFinder}
 * read the text together with the selectors (an obscured phone number is an indicator, so it
 * needs the phone finder's record of how the number was hidden).
 */
public final class Extractor {
  /** Reads the language of a text. */
  @FunctionalInterface
  public interface LanguageDetector {
    Language detect(String text);
  }

  /** Finds indicators in a text, given its language and its selectors. */
  @FunctionalInterface
  public interface IndicatorFinder {
    List<Indicator> find(String text, Language language, List<Selector> selectors);
  }

  private static final Comparator<Selector> BY_SPAN =
      Comparator.comparing(Selector::span).thenComparing(s -> s.type().ordinal()).thenComparing(Selector::value);

  private final LanguageDetector languageDetector;
  private final List<SelectorFinder> finders;
  private final IndicatorFinder indicatorFinder;

  public Extractor(LanguageDetector languageDetector, List<SelectorFinder> finders, IndicatorFinder indicatorFinder) {
    this.languageDetector = languageDetector;
    this.finders = List.copyOf(finders);
    this.indicatorFinder = indicatorFinder;
  }

  public Extraction extract(String text, LanguageHint hint) {
    Language language =
        switch (hint) {
          case AUTO -> languageDetector.detect(text);
          case EN -> Language.EN;
          case FR -> Language.FR;
        };
    List<Selector> found = new ArrayList<>();
    for (SelectorFinder finder : finders) {
      finder.find(text, language, found);
    }
    List<Selector> selectors = new ArrayList<>(new LinkedHashSet<>(found));
    selectors.sort(BY_SPAN);
    List<Indicator> indicators = new ArrayList<>(indicatorFinder.find(text, language, selectors));
    indicators.sort(Comparator.comparing(Indicator::span).thenComparing(Indicator::code));
    return new Extraction(language, selectors, indicators);
  }

  public Extraction extract(String text) {
    return extract(text, LanguageHint.AUTO);
  }
}
