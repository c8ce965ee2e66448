package ca.threadline.store.ingest;

/** Where one input document ended up. */
public record StoredRef(String externalId, long documentId, DocumentOutcome outcome) {}
