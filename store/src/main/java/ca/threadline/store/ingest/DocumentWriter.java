package ca.threadline.store.ingest;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.selector.Selector;
import ca.threadline.store.db.Sql;
import ca.threadline.store.document.DocumentInput;
import ca.threadline.store.document.ImageRef;
import ca.threadline.store.seal.SealedColumn;
import ca.threadline.store.seal.Sealer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Batched INSERT/UPDATE/DELETE of documents and their extraction rows, in the caller's transaction. */
final class DocumentWriter {
  /** A document to write: its id, input, content hash, and version number. */
  record Row(long id, DocumentInput input, String hash, int version, long firstRunId) {}

  private final Connection c;
  private final long caseId;
  private final long runId;
  private final long revision;
  private final Instant now;
  private final Sealer sealer;
  private final Set<SealedColumn> sealed;

  /** {@code sealed}: the columns the case seals, written as ciphertext by {@code sealer}. */
  DocumentWriter(Connection c, long caseId, long runId, long revision, Instant now, Sealer sealer,
      Set<SealedColumn> sealed) {
    this.c = c;
    this.sealer = sealer;
    this.sealed = sealed;
    this.caseId = caseId;
    this.runId = runId;
    this.revision = revision;
    this.now = now;
  }

  void insertDocuments(List<Row> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO documents (id, case_id, external_id, kind, content_sha256, body, language,"
                + " posted_at, city, url, source_sha256, first_run_id, run_id, version, revision, stored_at,"
                + " body_key, url_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Row r : rows) {
        DocumentInput d = r.input();
        p.setLong(1, r.id());
        p.setLong(2, caseId);
        p.setString(3, d.externalId());
        setFields(p, 4, r);
        p.setLong(12, r.firstRunId());
        p.setLong(13, runId);
        p.setInt(14, r.version());
        p.setLong(15, revision);
        Sql.setInstant(p, 16, now);
        setKeys(p, 17, r);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  void updateDocuments(List<Row> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "UPDATE documents SET kind = ?, content_sha256 = ?, body = ?, language = ?, posted_at = ?,"
                + " city = ?, url = ?, source_sha256 = ?, run_id = ?, version = ?, revision = ?,"
                + " stored_at = ?, body_key = ?, url_key = ? WHERE id = ?")) {
      for (Row r : rows) {
        setFields(p, 1, r);
        p.setLong(9, runId);
        p.setInt(10, r.version());
        p.setLong(11, revision);
        Sql.setInstant(p, 12, now);
        setKeys(p, 13, r);
        p.setLong(15, r.id());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /**
   * kind, content_sha256, body, language, posted_at, city, url, source_sha256 from {@code i}; body
   * and url sealed when the case seals them.
   */
  private void setFields(PreparedStatement p, int i, Row r) throws SQLException {
    DocumentInput d = r.input();
    p.setString(i, d.kind().wireName());
    p.setString(i + 1, r.hash());
    p.setString(i + 2, sealed(SealedColumn.DOCUMENT_BODY, d.text(), r.id()));
    p.setString(i + 3, d.language());
    Sql.setInstant(p, i + 4, d.postedAt());
    p.setString(i + 5, d.city());
    p.setString(i + 6, sealed(SealedColumn.DOCUMENT_URL, d.url(), r.id()));
    p.setString(i + 7, d.sourceSha256());
  }

  /** body_key, url_key from {@code i}: the primary key's id where the value is sealed, else NULL. */
  private void setKeys(PreparedStatement p, int i, Row r) throws SQLException {
    p.setString(i, sealed.contains(SealedColumn.DOCUMENT_BODY) ? sealer.primaryRef() : null);
    p.setString(i + 1, sealed.contains(SealedColumn.DOCUMENT_URL) && r.input().url() != null ? sealer.primaryRef() : null);
  }

  private String sealed(SealedColumn col, String value, long id) {
    if (value == null || !sealed.contains(col)) {
      return value;
    }
    return sealer.seal(value, col.table(), id, col.column()).text();
  }

  /** Removes the extraction rows of documents about to be rewritten. */
  void deleteExtraction(Collection<Long> documentIds) throws SQLException {
    if (documentIds.isEmpty()) {
      return;
    }
    for (String table : List.of("selectors", "indicators", "document_scores", "document_images")) {
      try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE document_id = ?")) {
        for (long id : documentIds) {
          p.setLong(1, id);
          p.addBatch();
        }
        p.executeBatch();
      }
    }
  }

  void insertExtraction(List<Row> rows) throws SQLException {
    try (PreparedStatement sel =
            c.prepareStatement(
                "INSERT INTO selectors (document_id, case_id, selector_key, selector_type, selector_value,"
                    + " span_start, span_end, obfuscation, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement ind =
            c.prepareStatement(
                "INSERT INTO indicators (document_id, case_id, code, domain, weight, strength, source,"
                    + " evidence, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement sco =
            c.prepareStatement("INSERT INTO document_scores (document_id, score_name, score) VALUES (?, ?, ?)");
        PreparedStatement img =
            c.prepareStatement(
                "INSERT INTO document_images (document_id, ordinal, sha256, sensitive) VALUES (?, ?, ?, ?)")) {
      for (Row r : rows) {
        DocumentInput d = r.input();
        for (Selector s : d.selectors()) {
          sel.setLong(1, r.id());
          sel.setLong(2, caseId);
          sel.setString(3, s.key());
          sel.setString(4, s.type().wireName());
          sel.setString(5, s.value());
          sel.setInt(6, s.span().start());
          sel.setInt(7, s.span().end());
          sel.setString(8, String.join(",", s.obfuscation()));
          if (s.currency() == null) {
            sel.setNull(9, Types.VARCHAR);
          } else {
            sel.setString(9, s.currency());
          }
          sel.addBatch();
        }
        for (Indicator i : d.indicators()) {
          ind.setLong(1, r.id());
          ind.setLong(2, caseId);
          ind.setString(3, i.code());
          ind.setString(4, i.definition().domain().wireName());
          ind.setDouble(5, i.weight());
          ind.setString(6, i.definition().strength().wireName());
          ind.setString(7, i.definition().source());
          ind.setString(8, i.evidence());
          ind.setInt(9, i.span().start());
          ind.setInt(10, i.span().end());
          ind.addBatch();
        }
        for (Map.Entry<String, Double> e : d.scores().entrySet()) {
          sco.setLong(1, r.id());
          sco.setString(2, e.getKey());
          sco.setDouble(3, e.getValue());
          sco.addBatch();
        }
        int ordinal = 0;
        for (ImageRef i : d.images()) {
          img.setLong(1, r.id());
          img.setInt(2, ordinal++);
          img.setString(3, i.sha256());
          img.setBoolean(4, i.sensitive());
          img.addBatch();
        }
      }
      sel.executeBatch();
      ind.executeBatch();
      sco.executeBatch();
      img.executeBatch();
    }
  }
}
