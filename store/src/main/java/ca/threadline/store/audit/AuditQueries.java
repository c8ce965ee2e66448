package ca.threadline.store.audit;

import ca.threadline.store.access.EntityRef;
import ca.threadline.store.access.EntityType;
import ca.threadline.store.access.Guard;
import ca.threadline.store.access.User;
import java.util.List;

/**
 * Reading the audit log, itself audited: installation admins read all of it, a case's admins
 * the entries of their case. Pages go backwards: pass the smallest id seen as {@code beforeId}.
 */
public final class AuditQueries {
  public static final int MAX_PAGE = 1000;
  private final Guard guard;

  public AuditQueries(Guard guard) {
    this.guard = guard;
  }

  /**
   * Records an act on a case's data done outside the store (a dossier or CSV written from it),
   * as a member of the case: checked like a read (refused and audited as such for a non-member),
   * and appended with its action and detail.
   */
  public void record(User actor, long caseId, String action, EntityRef entity, String detail) {
    guard.read(actor, caseId, action, entity, detail, c -> null);
  }

  public List<AuditEntry> all(User actor, long beforeId, int limit) {
    return guard.admin(actor, "audit.read", EntityRef.of(EntityType.AUDIT, "all"), null,
        c -> AuditLog.list(c, null, beforeId, Math.min(limit, MAX_PAGE)));
  }

  public List<AuditEntry> ofCase(User actor, long caseId, long beforeId, int limit) {
    return guard.manageCase(actor, caseId, "audit.read", EntityRef.of(EntityType.AUDIT, Long.toString(caseId)), null,
        c -> AuditLog.list(c, caseId, beforeId, Math.min(limit, MAX_PAGE)));
  }
}
