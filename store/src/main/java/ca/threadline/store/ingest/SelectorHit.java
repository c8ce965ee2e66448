package ca.threadline.store.ingest;

/**
 * A selector of new or changed material that the case already knew before this run.
 *
 * @param firstDocumentId the document in which the case first saw it
 * @param newDocuments how many documents of this batch brought it again
 * @param alerted whether it raised (or added to) an alert: strong selectors only
 */
public record SelectorHit(String selectorKey, long firstDocumentId, int newDocuments, boolean alerted) {}
