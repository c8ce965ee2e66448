package ca.threadline.store.audit;

import java.time.Instant;

/**
 * One line of the audit log: who did what to which entity of which case, when, and whether the
 * store let them.
 *
 * @param userId {@code null} for the system itself (migrations, reindex at start-up)
 * @param outcome {@code ok} or {@code denied}
 */
public record AuditEntry(
    long id,
    Instant at,
    Long userId,
    String userName,
    String action,
    String outcome,
    Long caseId,
    String entityType,
    String entityKey,
    String detail) {}
