package ca.threadline.extract;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.selector.Selector;
import ca.threadline.extract.indicator.IndicatorScores;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Extractor} found in one text: selectors and indicators ordered by span, and the
 * per-record indicator scores ({@link IndicatorScores}: a lead for review, never a verdict).
 */
public record Extraction(Language language, List<Selector> selectors, List<Indicator> indicators, IndicatorScores scores) {
  public Extraction {
    selectors = List.copyOf(selectors);
    indicators = List.copyOf(indicators);
    Objects.requireNonNull(scores, "scores");
  }

  /** Scores computed from {@code indicators}. */
  public Extraction(Language language, List<Selector> selectors, List<Indicator> indicators) {
    this(language, selectors, indicators, IndicatorScores.of(indicators));
  }
}
