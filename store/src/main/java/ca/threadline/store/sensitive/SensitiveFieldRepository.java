package ca.threadline.store.sensitive;

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

/** Marks and lists the sensitive fields of a case; only the case's admins may change them. */
public final class SensitiveFieldRepository {
  private final Guard guard;
  private final Clock clock;

  public SensitiveFieldRepository(Guard guard, Clock clock) {
    this.guard = guard;
    this.clock = clock;
  }

  public void mark(User actor, long caseId, String field, String reason) {
    if (field == null || !field.matches("[a-z_]{1,30}\\.[a-z_]{1,32}")) {
      throw new IllegalArgumentException("a sensitive field is entity.field in lower case, e.g. note.body: " + field);
    }
    guard.manageCase(actor, caseId, "sensitive.mark", EntityRef.of(EntityType.SENSITIVE_FIELD, field), reason,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO sensitive_fields (case_id, field, reason, marked_by, marked_at) VALUES (?, ?, ?, ?, ?)"
                      + " ON CONFLICT DO NOTHING")) {
            p.setLong(1, caseId);
            p.setString(2, field);
            p.setString(3, reason);
            p.setLong(4, actor.id());
            Sql.setInstant(p, 5, clock.instant());
            p.executeUpdate();
          }
          return null;
        });
  }

  public List<SensitiveField> list(User actor, long caseId) {
    return guard.read(actor, caseId, "sensitive.list", null, null,
        c -> {
          try (PreparedStatement p = c.prepareStatement("SELECT * FROM sensitive_fields WHERE case_id = ? ORDER BY field")) {
            p.setLong(1, caseId);
            List<SensitiveField> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                out.add(new SensitiveField(r.getString("field"), r.getString("reason"), r.getLong("marked_by"),
                    Sql.instant(r, "marked_at")));
              }
            }
            return out;
          }
        });
  }
}
