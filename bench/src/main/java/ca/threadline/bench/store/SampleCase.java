package ca.threadline.bench.store;

import ca.threadline.store.Store;
import ca.threadline.store.access.User;
import ca.threadline.store.document.DocumentInput;
import ca.threadline.store.ingest.IngestRun;
import ca.threadline.store.link.Assignment;
import ca.threadline.store.link.LinkUpdate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small case of generated ads (the {@link StoreBench} generator: selectors, indicators,
 * networks of operators touring cities) for tests that need a realistic store in seconds: the
 * installation admin {@code bench} (no password) and its case {@code bench}, indexed.
 */
public final class SampleCase {
  private SampleCase() {}

  /** Fills {@code store} with {@code docs} ads; returns the case id. */
  public static long fill(Store store, int docs, long seed) {
    User admin = store.users().find("bench").orElseGet(() -> store.users().bootstrapAdmin("bench", "Benchmark", null));
    long caseId = store.cases().idByName(admin, "bench").orElseGet(() -> store.cases().create(admin, "bench", null).id());
    BenchAds gen = new BenchAds(seed, Math.max(10, docs / 50));
    IngestRun run = store.ingest().begin(admin, caseId, "sample seed " + seed);
    for (int done = 0; done < docs; done += 500) {
      int n = Math.min(500, docs - done);
      List<DocumentInput> inputs = new ArrayList<>(n);
      List<Assignment> assignments = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        BenchAds.Ad ad = gen.next();
        inputs.add(ad.input());
        assignments.add(ad.assignment());
      }
      store.ingest().store(admin, run, inputs);
      store.links().apply(admin, caseId, new LinkUpdate(assignments, null, null, null, null));
    }
    store.ingest().finish(admin, run);
    store.flushIndex();
    return caseId;
  }
}
