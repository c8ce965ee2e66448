package ca.threadline.store.ingest;

/** One pass of the pipeline over new material for a case; alerts are kept per run. */
public record IngestRun(long id, long caseId) {}
