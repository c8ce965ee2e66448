package ca.threadline.store.alert;

import ca.threadline.store.NotFoundException;
import ca.threadline.store.access.EntityRef;
import ca.threadline.store.access.EntityType;
import ca.threadline.store.access.Guard;
import ca.threadline.store.access.User;
import ca.threadline.store.db.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Alerts of a case (raised by {@code Ingest}); members list them, investigators acknowledge them. */
public final class AlertRepository {
  private final Guard guard;
  private final Clock clock;

  public AlertRepository(Guard guard, Clock clock) {
    this.guard = guard;
    this.clock = clock;
  }

  /** Newest first; only open ones when {@code openOnly}. */
  public List<Alert> list(User actor, long caseId, boolean openOnly, int limit) {
    return guard.read(actor, caseId, "alert.list", null, null,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT * FROM alerts WHERE case_id = ?" + (openOnly ? " AND acknowledged_by IS NULL" : "")
                      + " ORDER BY id DESC LIMIT ?")) {
            p.setLong(1, caseId);
            p.setInt(2, limit);
            List<Alert> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                out.add(
                    new Alert(
                        r.getLong("id"), r.getLong("run_id"), r.getString("selector_key"), r.getString("selector_type"),
                        r.getString("selector_value"), r.getLong("first_document_id"), r.getLong("sample_document_id"),
                        r.getInt("new_documents"), Sql.instant(r, "created_at"), Sql.nullableLong(r, "acknowledged_by"),
                        Sql.instant(r, "acknowledged_at")));
              }
            }
            return out;
          }
        });
  }

  public void acknowledge(User actor, long caseId, long alertId) {
    guard.write(actor, caseId, "alert.acknowledge", EntityRef.of(EntityType.ALERT, Long.toString(alertId)), null,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE alerts SET acknowledged_by = ?, acknowledged_at = ?"
                      + " WHERE id = ? AND case_id = ? AND acknowledged_by IS NULL")) {
            p.setLong(1, actor.id());
            Sql.setInstant(p, 2, clock.instant());
            p.setLong(3, alertId);
            p.setLong(4, caseId);
            if (p.executeUpdate() == 0) {
              throw new NotFoundException("no open alert " + alertId + " in case " + caseId);
            }
          }
          return null;
        });
  }
}
