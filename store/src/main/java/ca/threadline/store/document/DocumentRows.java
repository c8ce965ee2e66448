package ca.threadline.store.document;

import ca.threadline.store.db.Sql;
import ca.threadline.store.seal.SealedColumn;
import ca.threadline.store.seal.Sealer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Shared SELECTs for document lists over a set of document ids (as the index returns them for a
 * selector or a network), used by the document, selector and network pages. The ids are joined
 * as {@code UNNEST(?)}: one array parameter, primary-key look-ups on both databases.
 */
public final class DocumentRows {
  private static final int EXCERPT = 200;
  /** {@code t.id} = the given ids; {@code d} = documents; {@code l} = document_links. */
  public static final String FROM_IDS =
      " FROM UNNEST(?) AS t(id) JOIN documents d ON d.id = t.id LEFT JOIN document_links l ON l.document_id = d.id";

  private DocumentRows() {}

  public static java.sql.Array ids(Connection c, long[] ids) throws SQLException {
    return c.createArrayOf("bigint", Arrays.stream(ids).boxed().toArray());
  }

  /** Summaries of the documents {@code ids} of the case, newest first, at most {@code limit}. */
  public static List<DocumentSummary> summaries(Connection c, Sealer sealer, long caseId, long[] ids, int limit) throws SQLException {
    return read(c, sealer, caseId, "SELECT d.id, d.external_id, d.kind, d.posted_at, d.city, d.body, d.body_key, l.cluster_key,"
        + " l.network_key" + FROM_IDS + " WHERE d.case_id = ? ORDER BY d.posted_at DESC, d.id DESC LIMIT ?",
        p -> {
          p.setArray(1, ids(c, ids));
          p.setLong(2, caseId);
          p.setInt(3, limit);
        });
  }

  /** Summaries of the documents {@code ids} of the case, in the order of {@code ids}. */
  public static List<DocumentSummary> byIds(Connection c, Sealer sealer, long caseId, long[] ids) throws SQLException {
    List<DocumentSummary> rows = read(c, sealer, caseId, "SELECT d.id, d.external_id, d.kind, d.posted_at, d.city, d.body, d.body_key,"
        + " l.cluster_key, l.network_key" + FROM_IDS + " WHERE d.case_id = ?",
        p -> {
          p.setArray(1, ids(c, ids));
          p.setLong(2, caseId);
        });
    java.util.Map<Long, DocumentSummary> byId = new java.util.HashMap<>();
    rows.forEach(r -> byId.put(r.id(), r));
    List<DocumentSummary> out = new ArrayList<>(ids.length);
    for (long id : ids) {
      DocumentSummary d = byId.get(id);
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  /** The case's documents, most recently stored first. */
  public static List<DocumentSummary> latest(Connection c, Sealer sealer, long caseId, int limit) throws SQLException {
    return read(c, sealer, caseId, "SELECT d.id, d.external_id, d.kind, d.posted_at, d.city, d.body, d.body_key, l.cluster_key,"
        + " l.network_key FROM documents d LEFT JOIN document_links l ON l.document_id = d.id"
        + " WHERE d.case_id = ? ORDER BY d.id DESC LIMIT ?",
        p -> {
          p.setLong(1, caseId);
          p.setInt(2, limit);
        });
  }

  private interface Binder {
    void bind(PreparedStatement p) throws SQLException;
  }

  private static List<DocumentSummary> read(Connection c, Sealer sealer, long caseId, String sql, Binder binder)
      throws SQLException {
    boolean bodySealed = SealedColumn.ofCase(c, caseId).contains(SealedColumn.DOCUMENT_BODY);
    try (PreparedStatement p = c.prepareStatement(sql)) {
      binder.bind(p);
      List<DocumentSummary> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          // Sealed text is opened here, for a member (the caller checked the membership).
          String body = sealer.read(r, "documents", r.getLong("id"), "body", bodySealed);
          out.add(
              new DocumentSummary(
                  r.getLong("id"),
                  r.getString("external_id"),
                  r.getString("kind"),
                  Sql.instant(r, "posted_at"),
                  r.getString("city"),
                  r.getString("cluster_key"),
                  r.getString("network_key"),
                  body == null ? null : excerpt(body)));
        }
      }
      return out;
    }
  }

  static String excerpt(String body) {
    if (body.length() <= EXCERPT) {
      return body;
    }
    int end = EXCERPT;
    if (Character.isHighSurrogate(body.charAt(end - 1))) {
      end--;
    }
    return body.substring(0, end) + "…";
  }
}
