package ca.threadline.store.sensitive;

import ca.threadline.store.access.EntityRef;
import ca.threadline.store.access.EntityType;
import ca.threadline.store.access.Guard;
import ca.threadline.store.access.User;
import ca.threadline.store.db.Sql;
import ca.threadline.store.db.Writers;
import ca.threadline.store.seal.Resealer;
import ca.threadline.store.seal.SealedColumn;
import ca.threadline.store.seal.Sealer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Marks and lists the sensitive fields of a case; only the case's admins may change them. A mark
 * that names a sealable column ({@link SealedColumn}) seals the case's existing rows of that column
 * in the same transaction as the mark, and every later write of the column is sealed. Marks are
 * never removed: a field once sealed stays sealed.
 */
public final class SensitiveFieldRepository {
  private final Guard guard;
  private final Clock clock;
  private final Writers writers;
  private final Sealer sealer;
  private final Runnable afterSeal;

  /**
   * @param afterSeal run after a commit that sealed document text: brings the full-text index up to
   *     date and purges the text it stored for those documents
   */
  public SensitiveFieldRepository(Guard guard, Clock clock, Writers writers, Sealer sealer, Runnable afterSeal) {
    this.guard = guard;
    this.clock = clock;
    this.writers = writers;
    this.sealer = sealer;
    this.afterSeal = afterSeal;
  }

  /** Marks a field; returns how many existing rows it sealed (0 for a mark that seals no column). */
  public int mark(User actor, long caseId, String field, String reason) {
    if (field == null || !field.matches("[a-z_]{1,30}\\.[a-z_]{1,32}")) {
      throw new IllegalArgumentException("a sensitive field is entity.field in lower case, e.g. note.body: " + field);
    }
    return sealing(actor, caseId, "sensitive.mark", EntityRef.of(EntityType.SENSITIVE_FIELD, field), reason,
        (c, revision) -> {
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
          int n = 0;
          for (SealedColumn col : SealedColumn.forMarks(List.of(field))) {
            n += new Resealer(sealer).reseal(c, caseId, col, revision);
          }
          return n;
        });
  }

  /**
   * Re-encrypts every sealed column of the case under the keyset's primary key (after a rotation)
   * and seals anything still plaintext in a marked column. Returns rows rewritten per column
   * ({@code documents.body}, …).
   */
  public Map<String, Integer> reseal(User actor, long caseId) {
    Map<String, Integer> counts = new TreeMap<>();
    sealing(actor, caseId, "sensitive.reseal", EntityRef.of(EntityType.CASE, Long.toString(caseId)), null,
        (c, revision) -> {
          int n = 0;
          for (SealedColumn col : SealedColumn.ofCase(c, caseId)) {
            int k = new Resealer(sealer).reseal(c, caseId, col, revision);
            counts.put(col.table() + "." + col.column(), k);
            n += k;
          }
          return n;
        });
    return counts;
  }

  /**
   * Adds a new primary key to the installation's keyset (installation admins only); existing
   * values stay readable under their old keys until each case is resealed. Returns the new key id.
   */
  public String rotateKey(User actor) {
    return guard.admin(actor, "keyset.rotate", null, null, c -> Integer.toUnsignedString(sealer.keyset().rotate()));
  }

  /** The columns the case seals. */
  public List<SealedColumn> sealedColumns(User actor, long caseId) {
    return guard.read(actor, caseId, "sensitive.list", null, "sealed columns",
        c -> List.copyOf(SealedColumn.ofCase(c, caseId)));
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

  private interface SealWork {
    int apply(Connection c, long revision) throws SQLException;
  }

  /** A case-admin transaction that may rewrite documents: holds the writers' lock and a revision. */
  private int sealing(User actor, long caseId, String action, EntityRef entity, String detail, SealWork work) {
    int n;
    writers.lock().lock();
    try {
      n = guard.manageCase(actor, caseId, action, entity, detail,
          c -> work.apply(c, writers.beginRevision(c)));
    } finally {
      writers.lock().unlock();
    }
    if (n > 0) {
      writers.afterBulkWrite(guard.db());
      afterSeal.run();
    }
    return n;
  }
}
