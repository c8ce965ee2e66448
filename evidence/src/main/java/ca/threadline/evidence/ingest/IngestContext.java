package ca.threadline.evidence.ingest;

import ca.threadline.evidence.content.AnalysisPool;
import ca.threadline.evidence.content.ContentAnalyzer;
import ca.threadline.evidence.store.BlobStore;
import ca.threadline.evidence.store.CaseName;
import java.time.Instant;

/**
 * What every importer needs: where to stage bytes, which case, how to read content (and on which
 * threads: {@code pool} null means in the calling thread), where texts go, and the import's time
 * (the {@code captured_at} of items that carry no capture time of their own).
 */
public record IngestContext(BlobStore blobs, CaseName caseName, ContentAnalyzer analyzer, ItemTexts texts, Instant now, AnalysisPool pool) {
  public IngestContext(BlobStore blobs, CaseName caseName, ContentAnalyzer analyzer, ItemTexts texts, Instant now) {
    this(blobs, caseName, analyzer, texts, now, null);
  }
}
