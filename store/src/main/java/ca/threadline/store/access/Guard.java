package ca.threadline.store.access;

import ca.threadline.store.AccessDeniedException;
import ca.threadline.store.StoreException;
import ca.threadline.store.audit.AuditLog;
import ca.threadline.store.db.ConnectionSource;
import ca.threadline.store.db.SqlFunction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Defence in depth: every read and write of case data in the store goes through here, which
 * checks the acting user's membership (and write right) against the database, runs the work, and
 * appends the audit entry, in the same transaction for writes. Refusals are audited too. A case
 * that does not exist is refused exactly like a case one is not a member of, so that a
 * non-member learns nothing, not even that the case exists.
 */
public final class Guard {
  private final ConnectionSource db;
  private final AuditLog audit;

  public Guard(ConnectionSource db, AuditLog audit) {
    this.db = db;
    this.audit = audit;
  }

  public ConnectionSource db() {
    return db;
  }

  public AuditLog audit() {
    return audit;
  }

  /** Reads case data as a member of any role. */
  public <T> T read(User actor, long caseId, String action, EntityRef entity, String detail,
      SqlFunction<Connection, T> work) {
    return db.withConnection(
        c -> {
          requireMember(c, actor, caseId, false, action, entity);
          T result = work.apply(c);
          audit.append(c, actor, action, true, caseId, entity, detail);
          return result;
        });
  }

  /** Writes case data as an investigator or admin of the case, in one transaction with its audit entry. */
  public <T> T write(User actor, long caseId, String action, EntityRef entity, String detail,
      SqlFunction<Connection, T> work) {
    return db.inTransaction(
        c -> {
          requireMember(c, actor, caseId, true, action, entity);
          T result = work.apply(c);
          audit.append(c, actor, action, true, caseId, entity, detail);
          return result;
        });
  }

  /** Manages the members of a case: the case's admins and installation admins may. */
  public <T> T manageCase(User actor, long caseId, String action, EntityRef entity, String detail,
      SqlFunction<Connection, T> work) {
    return db.inTransaction(
        c -> {
          User fresh = freshUser(c, actor);
          Role inCase = caseRole(c, actor.id(), caseId);
          boolean allowed =
              fresh != null && !fresh.disabled()
                  && (fresh.role() == Role.ADMIN && caseExists(c, caseId) || inCase == Role.ADMIN);
          if (!allowed) {
            deny(actor, caseId, action, entity, "needs case admin or installation admin");
          }
          T result = work.apply(c);
          audit.append(c, actor, action, true, caseId, entity, detail);
          return result;
        });
  }

  /** Installation-wide administration (users, cases, the whole audit log): admins only. */
  public <T> T admin(User actor, String action, EntityRef entity, String detail, SqlFunction<Connection, T> work) {
    return db.inTransaction(
        c -> {
          User fresh = freshUser(c, actor);
          if (fresh == null || fresh.disabled() || fresh.role() != Role.ADMIN) {
            deny(actor, null, action, entity, "needs installation admin");
          }
          T result = work.apply(c);
          audit.append(c, actor, action, true, null, entity, detail);
          return result;
        });
  }

  /** The actor's role in the case, checked like a read (and audited as a refusal if none). */
  public Role requireMember(Connection c, User actor, long caseId, boolean write, String action, EntityRef entity)
      throws SQLException {
    if (actor == null) {
      deny(null, caseId, action, entity, "no signed-in user");
    }
    Role role = caseRole(c, actor.id(), caseId);
    if (role == null) {
      deny(actor, caseId, action, entity, "not a member of the case");
    }
    if (write && !role.canWrite()) {
      deny(actor, caseId, action, entity, "reviewers have read-only access");
    }
    return role;
  }

  /** The role of an enabled user in a case, or {@code null}. */
  static Role caseRole(Connection c, long userId, long caseId) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT m.role FROM case_members m JOIN users u ON u.id = m.user_id"
                + " WHERE m.case_id = ? AND m.user_id = ? AND u.disabled = FALSE")) {
      p.setLong(1, caseId);
      p.setLong(2, userId);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Role.fromWire(r.getString(1)) : null;
      }
    }
  }

  private static boolean caseExists(Connection c, long caseId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM cases WHERE id = ?")) {
      p.setLong(1, caseId);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  private static User freshUser(Connection c, User actor) throws SQLException {
    return actor == null ? null : UserRepository.byId(c, actor.id());
  }

  /**
   * Records the refusal on a connection of its own, so that it outlives the caller's rolled-back
   * transaction (hence a pool of at least two), and throws.
   */
  private void deny(User actor, Long caseId, String action, EntityRef entity, String reason) {
    try {
      db.withConnection(
          c -> {
            audit.append(c, actor, action, false, caseId, entity, reason);
            return null;
          });
    } catch (StoreException e) {
      AccessDeniedException denied = new AccessDeniedException(action + " refused: " + reason);
      denied.addSuppressed(e);
      throw denied;
    }
    throw new AccessDeniedException(action + " refused: " + reason);
  }
}
