package ca.threadline.app.pipeline;

import ca.threadline.core.selector.Selector;
import java.util.List;

/**
 * One line of {@code derived/extract/<case>/extractions.jsonl}: what extraction found in the text
 * of one evidence item, and the text itself.
 *
 * @param itemId the evidence item
 * @param text the text the spans point into; {@code null} in rows written before rows carried it
 * @param indicators as written: code, weight, evidence words, span
 */
public record DerivedRow(
    String itemId,
    String sha256,
    String kind,
    String source,
    String language,
    List<Selector> selectors,
    List<RowIndicator> indicators,
    String text) {
  /** An indicator as the row records it (its definition is looked up by code). */
  public record RowIndicator(String code, double weight, String evidence, int start, int end) {}
}
