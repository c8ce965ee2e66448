package ca.threadline.core.indicator;

import ca.threadline.core.text.Span;
import java.util.Objects;

/**
 * One indicator observed in a text: which rule fired ({@link #definition()}), the words that
 * triggered it ({@link #evidence()}, the text of {@link #span()}), and therefore why it counts.
 */
public record Indicator(IndicatorDefinition definition, String evidence, Span span) {
  public Indicator {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(span, "span");
  }

  public String code() {
    return definition.code();
  }

  public double weight() {
    return definition.weight();
  }
}
