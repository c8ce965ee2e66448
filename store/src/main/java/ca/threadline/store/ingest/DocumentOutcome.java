package ca.threadline.store.ingest;

/** What storing one document did. */
public enum DocumentOutcome {
  /** First time the case sees this external id. */
  NEW,
  /** Known external id, different content or extraction: replaced, version incremented. */
  CHANGED,
  /** Same content hash as stored: nothing written. */
  UNCHANGED
}
