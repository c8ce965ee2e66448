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
    try {
      return db.withConnection(
          c -> {
            requireMember(c, actor, caseId, false, action, entity);
            T result = work.apply(c);
            audit.append(c, actor, action, true, caseId, entity, detail);
            return result;
          });
    } catch (Refusal r) {
      throw audited(r);
    }
  }

  /** Writes case data as an investigator or admin of the case, in one transaction with its audit entry. */
  public <T> T write(User actor, long caseId, String action, EntityRef entity, String detail,
      SqlFunction<Connection, T> work) {
    try {
      return db.inTransaction(
          c -> {
            requireMember(c, actor, caseId, true, action, entity);
            T result = work.apply(c);
            audit.append(c, actor, action, true, caseId, entity, detail);
            return result;
          });
    } catch (Refusal r) {
      throw audited(r);
    }
  }

  /** Manages the members of a case: the case's admins and installation admins may. */
  public <T> T manageCase(User actor, long caseId, String action, EntityRef entity, String detail,
      SqlFunction<Connection, T> work) {
    try {
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
    } catch (Refusal r) {
      throw audited(r);
    }
  }

  /** Installation-wide administration (users, cases, the whole audit log): admins only. */
  public <T> T admin(User actor, String action, EntityRef entity, String detail, SqlFunction<Connection, T> work) {
    try {
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
    } catch (Refusal r) {
      throw audited(r);
    }
  }

  /**
   * The actor's role in the case, checked like a read; a refusal leaves the unit of work as a
   * {@link Refusal}, which the entry points above audit once the connection is back in the pool.
   */
  private Role requireMember(Connection c, User actor, long caseId, boolean write, String action, EntityRef entity)
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
   * A refusal found inside a unit of work, carried out of it: the unit's connection must go back
   * to the pool (and its transaction roll back) before the refusal is audited on a connection of
   * its own. Auditing it while still holding the refused connection needed two connections per
   * refused request, so as many simultaneous refusals as the pool has connections waited for each
   * other until the pool's time-out, stalling every other user meanwhile.
   */
  private static final class Refusal extends RuntimeException {
    final transient User actor;
    final Long caseId;
    final String action;
    final transient EntityRef entity;
    final String reason;

    Refusal(User actor, Long caseId, String action, EntityRef entity, String reason) {
      super(action + " refused: " + reason, null, false, false);
      this.actor = actor;
      this.caseId = caseId;
      this.action = action;
      this.entity = entity;
      this.reason = reason;
    }
  }

  private static void deny(User actor, Long caseId, String action, EntityRef entity, String reason) {
    throw new Refusal(actor, caseId, action, entity, reason);
  }

  /** Records the refusal (after its unit of work let go of its connection) and returns the exception to throw. */
  private AccessDeniedException audited(Refusal r) {
    AccessDeniedException denied = new AccessDeniedException(r.getMessage());
    try {
      db.withConnection(
          c -> {
            audit.append(c, r.actor, r.action, false, r.caseId, r.entity, r.reason);
            return null;
          });
    } catch (StoreException e) {
      denied.addSuppressed(e);
    }
    return denied;
  }
}
