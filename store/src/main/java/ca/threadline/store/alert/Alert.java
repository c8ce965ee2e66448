package ca.threadline.store.alert;

import java.time.Instant;

/**
 * New material hit a selector the case already had: which selector, in which ingest run, how
 * many new documents, one of them, and the document where the case first saw the selector.
 *
 * @param acknowledgedBy {@code null} while the alert is open
 */
public record Alert(
    long id,
    long runId,
    String selectorKey,
    String selectorType,
    String selectorValue,
    long firstDocumentId,
    long sampleDocumentId,
    int newDocuments,
    Instant createdAt,
    Long acknowledgedBy,
    Instant acknowledgedAt) {
  public boolean open() {
    return acknowledgedBy == null;
  }
}
