package ca.threadline.extract;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.selector.Selector;
import java.util.List;

/** What {@link Extractor} found in one text: selectors and indicators ordered by span. */
public record Extraction(Language language, List<Selector> selectors, List<Indicator> indicators) {
  public Extraction {
    selectors = List.copyOf(selectors);
    indicators = List.copyOf(indicators);
  }
}
