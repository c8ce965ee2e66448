package ca.threadline.store.document;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.selector.Selector;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A document and its extraction, as the pipeline hands it to the store. The store checks that
 * every selector and indicator span lies inside {@code text}: a claim must point at its words.
 *
 * @param externalId the source's own id (ad id, WARC record id); unique within a case
 * @param language {@code en}, {@code fr}, {@code mixed} or {@code und}; may be {@code null}
 * @param sourceSha256 the evidence item the text came from; may be {@code null}
 * @param scores named per-document scores (e.g. {@code sex_trafficking}, {@code forced_labour}), kept
 *     in name order
 */
public record DocumentInput(
    String externalId,
    DocumentKind kind,
    String text,
    String language,
    Instant postedAt,
    String city,
    String url,
    String sourceSha256,
    List<ImageRef> images,
    List<Selector> selectors,
    List<Indicator> indicators,
    Map<String, Double> scores) {

  /** Longest text the store accepts (H2 VARCHAR's limit; PostgreSQL would take more). */
  public static final int MAX_TEXT = 1_000_000;

  public DocumentInput {
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (externalId.isEmpty() || externalId.length() > 500) {
      throw new IllegalArgumentException("external id must have 1 to 500 characters: " + externalId);
    }
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          "document " + externalId + ": text has " + text.length() + " characters, more than " + MAX_TEXT);
    }
    if (sourceSha256 != null && !ImageRef.SHA256.matcher(sourceSha256).matches()) {
      throw new IllegalArgumentException("document " + externalId + ": source sha256 is not 64 hex digits");
    }
    images = images == null ? List.of() : List.copyOf(images);
    selectors = selectors == null ? List.of() : List.copyOf(selectors);
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    // Sorted, not Map.copyOf: an immutable map's iteration order is salted per JVM, and the
    // content hash iterates the scores, so two processes must see the same order.
    scores = scores == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(scores));
    for (Selector s : selectors) {
      checkSpan(externalId, "selector " + s.key(), s.span().end(), text.length());
    }
    for (Indicator i : indicators) {
      checkSpan(externalId, "indicator " + i.code(), i.span().end(), text.length());
    }
  }

  private static void checkSpan(String id, String what, int end, int length) {
    if (end > length) {
      throw new IllegalArgumentException(
          "document " + id + ": " + what + " ends at " + end + ", past the text's " + length + " characters");
    }
  }

  /** A plain ad with no extraction yet. */
  public static DocumentInput ad(String externalId, String text, Instant postedAt, String city) {
    return new DocumentInput(externalId, DocumentKind.AD, text, null, postedAt, city, null, null,
        List.of(), List.of(), List.of(), Map.of());
  }
}
