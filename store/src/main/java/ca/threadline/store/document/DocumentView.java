package ca.threadline.store.document;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the document page shows: the text (to be rendered as text, never as HTML), its
 * fields, images (blurred until revealed when {@code sensitive}), selectors and indicators with
 * their spans, scores, and the linker's cluster and network.
 */
public record DocumentView(
    long id,
    long caseId,
    String externalId,
    String kind,
    String text,
    String language,
    Instant postedAt,
    String city,
    String url,
    String sourceSha256,
    int version,
    Instant storedAt,
    List<ImageRef> images,
    List<StoredSelector> selectors,
    List<StoredIndicator> indicators,
    Map<String, Double> scores,
    String clusterKey,
    String networkKey) {}
