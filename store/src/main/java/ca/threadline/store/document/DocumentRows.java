package ca.threadline.store.document;

import ca.threadline.store.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Shared SELECTs for document lists; used by the document, selector and network pages. */
public final class DocumentRows {
  private static final int EXCERPT = 200;

  private DocumentRows() {}

  /**
   * Summaries of the case's documents matching {@code where} (SQL over {@code d} = documents and
   * {@code l} = document_links), newest first, at most {@code limit}.
   */
  public static List<DocumentSummary> summaries(Connection c, long caseId, String where, List<Object> params, int limit)
      throws SQLException {
    String sql =
        "SELECT d.id, d.external_id, d.kind, d.posted_at, d.city, d.body, d.body_key, l.cluster_key, l.network_key"
            + " FROM documents d LEFT JOIN document_links l ON l.document_id = d.id"
            + " WHERE d.case_id = ?" + (where.isEmpty() ? "" : " AND " + where)
            + " ORDER BY d.posted_at DESC, d.id DESC LIMIT ?";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, caseId);
      int i = Sql.bindAll(p, 2, params);
      p.setInt(i, limit);
      List<DocumentSummary> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String body = r.getString("body_key") == null ? r.getString("body") : null;
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

  /** Counts by period ({@code day} or {@code month}) and city of documents matching {@code where}. */
  public static List<TimelinePoint> timeline(Connection c, long caseId, String where, List<Object> params, String unit)
      throws SQLException {
    if (!unit.equals("day") && !unit.equals("month") && !unit.equals("week")) {
      throw new IllegalArgumentException("timeline unit must be day, week or month: " + unit);
    }
    String sql =
        "SELECT date_trunc('" + unit + "', d.posted_at) AS period, d.city, count(*) AS n"
            + " FROM documents d LEFT JOIN document_links l ON l.document_id = d.id"
            + " WHERE d.case_id = ? AND d.posted_at IS NOT NULL" + (where.isEmpty() ? "" : " AND " + where)
            + " GROUP BY date_trunc('" + unit + "', d.posted_at), d.city ORDER BY period, d.city";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, caseId);
      Sql.bindAll(p, 2, params);
      List<TimelinePoint> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new TimelinePoint(Sql.instant(r, "period"), r.getString("city"), r.getInt("n")));
        }
      }
      return out;
    }
  }
}
