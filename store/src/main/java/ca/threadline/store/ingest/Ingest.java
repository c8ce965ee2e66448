package ca.threadline.store.ingest;

import ca.threadline.store.StoreException;
import ca.threadline.store.access.EntityRef;
import ca.threadline.store.access.EntityType;
import ca.threadline.store.access.Guard;
import ca.threadline.store.access.User;
import ca.threadline.store.db.Sql;
import ca.threadline.store.db.Writers;
import ca.threadline.store.document.DocumentInput;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pipeline's way into the store: idempotent and incremental. A document is keyed by (case,
 * external id) and carries the SHA-256 of its content and extraction ({@link ContentHash}); storing
 * the same material again writes nothing, changed material replaces the stored version, and only
 * what was written is re-indexed. Each call is one transaction: a failure stores nothing of it.
 *
 * <p>Alerts: a strong selector (phone, email, handle, btc, eth) that the case knew before the
 * current run and that new material brings again raises one alert per (run, selector), counting
 * the documents. Selectors first seen within the run are "new", not alerts, so a first bulk import
 * does not flood the case with alerts about itself.
 */
public final class Ingest {
  static final int CHUNK = 500;
  private final Guard guard;
  private final Writers writers;
  private final Clock clock;
  private final Runnable afterCommit;
  private final ca.threadline.store.seal.Sealer sealer;

  public Ingest(Guard guard, Writers writers, Clock clock, Runnable afterCommit, ca.threadline.store.seal.Sealer sealer) {
    this.guard = guard;
    this.sealer = sealer;
    this.writers = writers;
    this.clock = clock;
    this.afterCommit = afterCommit;
  }

  /** Opens a run of the pipeline over new material for the case ({@code source}: what is imported). */
  public IngestRun begin(User actor, long caseId, String source) {
    return guard.write(actor, caseId, "ingest.begin", null, source,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO ingest_runs (case_id, started_by, source, started_at) VALUES (?, ?, ?, ?)",
                  new String[] {"id"})) {
            p.setLong(1, caseId);
            p.setLong(2, actor.id());
            p.setString(3, source);
            Sql.setInstant(p, 4, clock.instant());
            p.executeUpdate();
            try (ResultSet k = p.getGeneratedKeys()) {
              k.next();
              return new IngestRun(k.getLong(1), caseId);
            }
          }
        });
  }

  public void finish(User actor, IngestRun run) {
    guard.write(actor, run.caseId(), "ingest.finish", runRef(run), null,
        c -> {
          try (PreparedStatement p = c.prepareStatement("UPDATE ingest_runs SET finished_at = ? WHERE id = ?")) {
            Sql.setInstant(p, 1, clock.instant());
            p.setLong(2, run.id());
            p.executeUpdate();
          }
          return null;
        });
  }

  /** Stores a batch of documents (hundreds to a few thousand per call is the efficient size). */
  public IngestResult store(User actor, IngestRun run, List<DocumentInput> batch) {
    Set<String> ids = new HashSet<>();
    for (DocumentInput d : batch) {
      if (!ids.add(d.externalId())) {
        throw new IllegalArgumentException("document " + d.externalId() + " appears twice in one batch");
      }
    }
    IngestResult result;
    writers.lock().lock();
    try {
      result = guard.write(actor, run.caseId(), "ingest.store", runRef(run), null,
          c -> {
            checkRun(c, run);
            return store(c, run, batch);
          });
    } finally {
      writers.lock().unlock();
    }
    if (!result.nothingChanged()) {
      writers.afterBulkWrite(guard.db());
      afterCommit.run();
    }
    return result;
  }

  private static EntityRef runRef(IngestRun run) {
    return EntityRef.of(EntityType.INGEST_RUN, Long.toString(run.id()));
  }

  private static void checkRun(Connection c, IngestRun run) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT case_id FROM ingest_runs WHERE id = ?")) {
      p.setLong(1, run.id());
      try (ResultSet r = p.executeQuery()) {
        if (!r.next() || r.getLong(1) != run.caseId()) {
          throw new StoreException("ingest run " + run.id() + " does not belong to case " + run.caseId());
        }
      }
    }
  }

  private record Existing(long id, String hash, int version, long firstRunId) {}

  private IngestResult store(Connection c, IngestRun run, List<DocumentInput> batch) throws SQLException {
    Map<String, Existing> existing = existing(c, run.caseId(), batch);
    List<DocumentWriter.Row> fresh = new ArrayList<>();
    List<DocumentWriter.Row> changed = new ArrayList<>();
    List<StoredRef> refs = new ArrayList<>();
    Map<String, String> hashes = new HashMap<>();
    for (DocumentInput d : batch) {
      String hash = ContentHash.of(d);
      hashes.put(d.externalId(), hash);
      Existing e = existing.get(d.externalId());
      if (e != null && e.hash().equals(hash)) {
        refs.add(new StoredRef(d.externalId(), e.id(), DocumentOutcome.UNCHANGED));
      }
    }
    int unchanged = refs.size();
    if (unchanged == batch.size()) {
      countRun(c, run, 0, 0, unchanged);
      return new IngestResult(0, 0, unchanged, refs, List.of(), List.of());
    }
    long revision = writers.beginRevision(c);
    for (DocumentInput d : batch) {
      String hash = hashes.get(d.externalId());
      Existing e = existing.get(d.externalId());
      if (e == null) {
        DocumentWriter.Row row = new DocumentWriter.Row(writers.nextDocumentId(c), d, hash, 1, run.id());
        fresh.add(row);
        refs.add(new StoredRef(d.externalId(), row.id(), DocumentOutcome.NEW));
      } else if (!e.hash().equals(hash)) {
        changed.add(new DocumentWriter.Row(e.id(), d, hash, e.version() + 1, e.firstRunId()));
        refs.add(new StoredRef(d.externalId(), e.id(), DocumentOutcome.CHANGED));
      }
    }
    Map<Long, Set<String>> previousKeys = selectorKeys(c, changed.stream().map(DocumentWriter.Row::id).toList());
    DocumentWriter w = new DocumentWriter(c, run.caseId(), run.id(), revision, clock.instant(), sealer,
        ca.threadline.store.seal.SealedColumn.ofCase(c, run.caseId()));
    w.deleteExtraction(ids(changed));
    w.updateDocuments(changed);
    w.insertDocuments(fresh);
    List<DocumentWriter.Row> written = new ArrayList<>(fresh);
    written.addAll(changed);
    w.insertExtraction(written);
    SelectorLedger ledger = new SelectorLedger(c, run, clock.instant());
    ledger.record(written, previousKeys);
    countRun(c, run, fresh.size(), changed.size(), unchanged);
    return new IngestResult(fresh.size(), changed.size(), unchanged, refs, ledger.newKeys(), ledger.hits());
  }

  private static List<Long> ids(List<DocumentWriter.Row> rows) {
    return rows.stream().map(DocumentWriter.Row::id).toList();
  }

  private static void countRun(Connection c, IngestRun run, int added, int changed, int unchanged)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "UPDATE ingest_runs SET documents_new = documents_new + ?, documents_changed = documents_changed + ?,"
                + " documents_unchanged = documents_unchanged + ? WHERE id = ?")) {
      p.setInt(1, added);
      p.setInt(2, changed);
      p.setInt(3, unchanged);
      p.setLong(4, run.id());
      p.executeUpdate();
    }
  }

  private static Map<String, Existing> existing(Connection c, long caseId, List<DocumentInput> batch)
      throws SQLException {
    Map<String, Existing> out = new HashMap<>();
    for (int from = 0; from < batch.size(); from += CHUNK) {
      List<String> ids =
          batch.subList(from, Math.min(batch.size(), from + CHUNK)).stream().map(DocumentInput::externalId).toList();
      try (PreparedStatement p =
          c.prepareStatement(
              // No case_id condition in SQL: H2 would pick the (case_id, posted_at) index and scan
              // the case; the unique (external_id, case_id) index answers this, the case is checked here.
              "SELECT id, external_id, content_sha256, version, first_run_id, case_id FROM documents"
                  + " WHERE external_id = ANY(?)")) {
        p.setArray(1, Sql.array(c, "varchar", ids));
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            if (r.getLong(6) != caseId) {
              continue;
            }
            out.put(r.getString(2), new Existing(r.getLong(1), r.getString(3), r.getInt(4), r.getLong(5)));
          }
        }
      }
    }
    return out;
  }

  /** The selector keys currently stored for each document. */
  static Map<Long, Set<String>> selectorKeys(Connection c, List<Long> documentIds) throws SQLException {
    Map<Long, Set<String>> out = new HashMap<>();
    for (int from = 0; from < documentIds.size(); from += CHUNK) {
      List<Long> ids = documentIds.subList(from, Math.min(documentIds.size(), from + CHUNK));
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT document_id, selector_key FROM selectors WHERE document_id = ANY(?)")) {
        p.setArray(1, Sql.array(c, "bigint", ids));
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(r.getString(2));
          }
        }
      }
    }
    return out;
  }
}
