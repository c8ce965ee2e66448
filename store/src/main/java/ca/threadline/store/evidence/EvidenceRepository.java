package ca.threadline.store.evidence;

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

/** The evidence items of each case. Recording an item twice changes nothing (content-addressed). */
public final class EvidenceRepository {
  private final Guard guard;
  private final Clock clock;

  public EvidenceRepository(Guard guard, Clock clock) {
    this.guard = guard;
    this.clock = clock;
  }

  /** Returns true when the item was new to the case. */
  public boolean record(User actor, long caseId, EvidenceRecord e) {
    return guard.write(actor, caseId, "evidence.record", EntityRef.of(EntityType.EVIDENCE, e.sha256()), e.kind(),
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO evidence_items (case_id, sha256, kind, source, captured_at, size_bytes, recorded_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            p.setLong(1, caseId);
            p.setString(2, e.sha256());
            p.setString(3, e.kind());
            p.setString(4, e.source());
            Sql.setInstant(p, 5, e.capturedAt());
            p.setLong(6, e.size());
            Sql.setInstant(p, 7, clock.instant());
            return p.executeUpdate() == 1;
          }
        });
  }

  public List<EvidenceRecord> list(User actor, long caseId) {
    return guard.read(actor, caseId, "evidence.list", null, null,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("SELECT * FROM evidence_items WHERE case_id = ? ORDER BY captured_at, sha256")) {
            p.setLong(1, caseId);
            List<EvidenceRecord> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                out.add(new EvidenceRecord(r.getString("sha256"), r.getString("kind"), r.getString("source"),
                    Sql.instant(r, "captured_at"), r.getLong("size_bytes")));
              }
            }
            return out;
          }
        });
  }
}
