package ca.threadline.store.access;

import ca.threadline.store.AccessDeniedException;
import ca.threadline.store.NotFoundException;
import ca.threadline.store.StoreException;
import ca.threadline.store.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Cases and their members. The creator of a case becomes its first case admin. */
public final class CaseRepository {
  private final Guard guard;
  private final Clock clock;

  public CaseRepository(Guard guard, Clock clock) {
    this.guard = guard;
    this.clock = clock;
  }

  /** Admins and investigators open cases; reviewers do not. */
  public CaseInfo create(User actor, String name, String description) {
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("case name must have 1 to 200 characters");
    }
    return guard.db().inTransaction(
        c -> {
          User fresh = UserRepository.byId(c, actor.id());
          if (fresh == null || fresh.disabled() || fresh.role() == Role.REVIEWER) {
            guard.audit().append(c, actor, "case.create", false, null, EntityRef.of(EntityType.CASE, name),
                "reviewers cannot open cases");
            c.commit();
            throw new AccessDeniedException("case.create refused: reviewers cannot open cases");
          }
          try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM cases WHERE name = ?")) {
            q.setString(1, name);
            try (ResultSet r = q.executeQuery()) {
              if (r.next()) {
                throw new StoreException("a case named " + name + " already exists");
              }
            }
          }
          long id;
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO cases (name, description, created_by, created_at) VALUES (?, ?, ?, ?)",
                  new String[] {"id"})) {
            p.setString(1, name);
            p.setString(2, description);
            p.setLong(3, actor.id());
            Sql.setInstant(p, 4, clock.instant());
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
              keys.next();
              id = keys.getLong(1);
            }
          }
          putMember(c, id, actor.id(), Role.ADMIN, actor.id());
          guard.audit().append(c, actor, "case.create", true, id, EntityRef.of(EntityType.CASE, Long.toString(id)), name);
          return new CaseInfo(id, name, description, clock.instant(), Role.ADMIN);
        });
  }

  /** The cases the actor is a member of. */
  public List<CaseInfo> listFor(User actor) {
    return guard.db().withConnection(
        c -> {
          List<CaseInfo> out = new ArrayList<>();
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT c.*, m.role FROM cases c JOIN case_members m ON m.case_id = c.id"
                      + " JOIN users u ON u.id = m.user_id"
                      + " WHERE m.user_id = ? AND u.disabled = FALSE ORDER BY c.name")) {
            p.setLong(1, actor.id());
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                out.add(caseInfo(r));
              }
            }
          }
          guard.audit().append(c, actor, "case.list", true, null, null, null);
          return out;
        });
  }

  public CaseInfo get(User actor, long caseId) {
    return guard.read(actor, caseId, "case.read", caseRef(caseId), null,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT c.*, m.role FROM cases c JOIN case_members m ON m.case_id = c.id"
                      + " WHERE c.id = ? AND m.user_id = ?")) {
            p.setLong(1, caseId);
            p.setLong(2, actor.id());
            try (ResultSet r = p.executeQuery()) {
              if (!r.next()) {
                throw new NotFoundException("no case " + caseId);
              }
              return caseInfo(r);
            }
          }
        });
  }

  /** The id of the case of that name, if the actor is a member of it (otherwise empty, as if absent). */
  public Optional<Long> idByName(User actor, String name) {
    return listFor(actor).stream().filter(ci -> ci.name().equals(name)).map(CaseInfo::id).findFirst();
  }

  public List<Member> members(User actor, long caseId) {
    return guard.read(actor, caseId, "member.list", caseRef(caseId), null,
        c -> {
          List<Member> out = new ArrayList<>();
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT m.user_id, u.name, m.role, m.added_at FROM case_members m"
                      + " JOIN users u ON u.id = m.user_id WHERE m.case_id = ? ORDER BY u.name")) {
            p.setLong(1, caseId);
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                out.add(new Member(r.getLong(1), r.getString(2), Role.fromWire(r.getString(3)), Sql.instant(r, "added_at")));
              }
            }
          }
          return out;
        });
  }

  /** Adds a member or changes a member's role. */
  public void addMember(User actor, long caseId, long userId, Role role) {
    guard.manageCase(actor, caseId, "member.put", EntityRef.of(EntityType.MEMBER, Long.toString(userId)),
        role.wireName(),
        c -> {
          if (UserRepository.byId(c, userId) == null) {
            throw new NotFoundException("no user " + userId);
          }
          try (PreparedStatement d = c.prepareStatement("DELETE FROM case_members WHERE case_id = ? AND user_id = ?")) {
            d.setLong(1, caseId);
            d.setLong(2, userId);
            d.executeUpdate();
          }
          putMember(c, caseId, userId, role, actor.id());
          return null;
        });
  }

  public void removeMember(User actor, long caseId, long userId) {
    guard.manageCase(actor, caseId, "member.remove", EntityRef.of(EntityType.MEMBER, Long.toString(userId)), null,
        c -> {
          try (PreparedStatement d = c.prepareStatement("DELETE FROM case_members WHERE case_id = ? AND user_id = ?")) {
            d.setLong(1, caseId);
            d.setLong(2, userId);
            if (d.executeUpdate() == 0) {
              throw new NotFoundException("user " + userId + " is not a member of case " + caseId);
            }
          }
          return null;
        });
  }

  private void putMember(Connection c, long caseId, long userId, Role role, long by) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO case_members (case_id, user_id, role, added_by, added_at) VALUES (?, ?, ?, ?, ?)")) {
      p.setLong(1, caseId);
      p.setLong(2, userId);
      p.setString(3, role.wireName());
      p.setLong(4, by);
      Sql.setInstant(p, 5, clock.instant());
      p.executeUpdate();
    }
  }

  static EntityRef caseRef(long caseId) {
    return EntityRef.of(EntityType.CASE, Long.toString(caseId));
  }

  private static CaseInfo caseInfo(ResultSet r) throws SQLException {
    return new CaseInfo(
        r.getLong("id"), r.getString("name"), r.getString("description"), Sql.instant(r, "created_at"),
        Role.fromWire(r.getString("role")));
  }
}
