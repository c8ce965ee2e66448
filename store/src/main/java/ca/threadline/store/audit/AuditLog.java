package ca.threadline.store.audit;

import ca.threadline.store.access.EntityRef;
import ca.threadline.store.access.User;
import ca.threadline.store.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only record of every read and write of case data. This class has an INSERT and
 * SELECTs and nothing else; the database refuses UPDATE and DELETE on the table as well
 * (migration V2 on each backend). Listing it is a privileged read, see {@code AuditQueries}.
 */
public final class AuditLog {
  static final int MAX_DETAIL = 4000;
  private final Clock clock;

  public AuditLog(Clock clock) {
    this.clock = clock;
  }

  /** Appends one entry using {@code c}, inside the caller's transaction when there is one. */
  public void append(
      Connection c, User actor, String action, boolean allowed, Long caseId, EntityRef entity, String detail)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO audit_log (at, user_id, user_name, action, outcome, case_id, entity_type,"
                + " entity_key, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Sql.setInstant(p, 1, clock.instant());
      Sql.setLong(p, 2, actor == null ? null : actor.id());
      p.setString(3, actor == null ? "system" : actor.name());
      p.setString(4, action);
      p.setString(5, allowed ? "ok" : "denied");
      Sql.setLong(p, 6, caseId);
      if (entity == null) {
        p.setNull(7, Types.VARCHAR);
        p.setNull(8, Types.VARCHAR);
      } else {
        p.setString(7, entity.type().wireName());
        p.setString(8, entity.key());
      }
      p.setString(9, detail == null ? null : truncate(detail));
      p.executeUpdate();
    }
  }

  private static String truncate(String s) {
    return s.length() <= MAX_DETAIL ? s : s.substring(0, MAX_DETAIL - 1) + "…";
  }

  /** Entries with id below {@code beforeId} (0: from the newest), newest first, optionally one case. */
  static List<AuditEntry> list(Connection c, Long caseId, long beforeId, int limit) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE 1 = 1");
    if (caseId != null) {
      sql.append(" AND case_id = ?");
    }
    if (beforeId > 0) {
      sql.append(" AND id < ?");
    }
    sql.append(" ORDER BY id DESC LIMIT ?");
    try (PreparedStatement p = c.prepareStatement(sql.toString())) {
      int i = 1;
      if (caseId != null) {
        p.setLong(i++, caseId);
      }
      if (beforeId > 0) {
        p.setLong(i++, beforeId);
      }
      p.setInt(i, limit);
      List<AuditEntry> out = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(
              new AuditEntry(
                  r.getLong("id"),
                  Sql.instant(r, "at"),
                  Sql.nullableLong(r, "user_id"),
                  r.getString("user_name"),
                  r.getString("action"),
                  r.getString("outcome"),
                  Sql.nullableLong(r, "case_id"),
                  r.getString("entity_type"),
                  r.getString("entity_key"),
                  r.getString("detail")));
        }
      }
      return out;
    }
  }
}
