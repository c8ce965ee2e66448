package ca.threadline.store.access;

import ca.threadline.store.AccessDeniedException;
import ca.threadline.store.NotFoundException;
import ca.threadline.store.StoreException;
import ca.threadline.store.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * People who sign in. The store keeps the password hash (Argon2id PHC string) but never hashes
 * or compares passwords itself: the web layer does, with {@link #passwordHash(String)}.
 */
public final class UserRepository {
  private final Guard guard;
  private final Clock clock;

  public UserRepository(Guard guard, Clock clock) {
    this.guard = guard;
    this.clock = clock;
  }

  /**
   * Creates the first administrator of an empty installation (the demo and first start do this);
   * refuses once any user exists.
   */
  public User bootstrapAdmin(String name, String displayName, String passwordHash) {
    return guard.db().inTransaction(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet r = s.executeQuery("SELECT count(*) FROM users")) {
            r.next();
            if (r.getLong(1) > 0) {
              throw new AccessDeniedException("bootstrap refused: the installation already has users");
            }
          }
          User u = insert(c, name, displayName, Role.ADMIN, passwordHash);
          guard.audit().append(c, u, "user.bootstrap", true, null, EntityRef.of(EntityType.USER, name), null);
          return u;
        });
  }

  public User create(User actor, String name, String displayName, Role role, String passwordHash) {
    return guard.admin(actor, "user.create", EntityRef.of(EntityType.USER, name), role.wireName(),
        c -> insert(c, name, displayName, role, passwordHash));
  }

  private User insert(Connection c, String name, String displayName, Role role, String hash) throws SQLException {
    if (name == null || !name.matches("[\\p{L}\\p{N}._@-]{1,100}")) {
      throw new IllegalArgumentException("user name must be 1-100 letters, digits or . _ @ -: " + name);
    }
    if (find(c, name) != null) {
      throw new StoreException("a user named " + name + " already exists");
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO users (name, display_name, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?)",
            new String[] {"id"})) {
      p.setString(1, name);
      p.setString(2, displayName);
      p.setString(3, hash);
      p.setString(4, role.wireName());
      Sql.setInstant(p, 5, clock.instant());
      p.executeUpdate();
      try (ResultSet keys = p.getGeneratedKeys()) {
        keys.next();
        return new User(keys.getLong(1), name, displayName, role, false);
      }
    }
  }

  /** The user of that name, for sign-in; not audited (the web layer audits sign-in attempts). */
  public Optional<User> find(String name) {
    return Optional.ofNullable(guard.db().withConnection(c -> find(c, name)));
  }

  public Optional<User> byId(long id) {
    return Optional.ofNullable(guard.db().withConnection(c -> byId(c, id)));
  }

  /** The stored Argon2id hash of an enabled user, for the web layer to verify a password against. */
  public Optional<String> passwordHash(String name) {
    return Optional.ofNullable(
        guard.db().withConnection(
            c -> {
              try (PreparedStatement p =
                  c.prepareStatement("SELECT password_hash FROM users WHERE name = ? AND disabled = FALSE")) {
                p.setString(1, name);
                try (ResultSet r = p.executeQuery()) {
                  return r.next() ? r.getString(1) : null;
                }
              }
            }));
  }

  /** Users change their own password; admins may reset anyone's. */
  public void setPasswordHash(User actor, long userId, String hash) {
    if (actor != null && actor.id() == userId) {
      guard.db().inTransaction(
          c -> {
            update(c, "UPDATE users SET password_hash = ? WHERE id = ? AND disabled = FALSE", hash, userId);
            guard.audit().append(c, actor, "user.password", true, null, userRef(userId), "own");
            return null;
          });
      return;
    }
    guard.admin(actor, "user.password", userRef(userId), "reset",
        c -> update(c, "UPDATE users SET password_hash = ? WHERE id = ?", hash, userId));
  }

  public void setDisabled(User actor, long userId, boolean disabled) {
    guard.admin(actor, disabled ? "user.disable" : "user.enable", userRef(userId), null,
        c -> {
          try (PreparedStatement p = c.prepareStatement("UPDATE users SET disabled = ? WHERE id = ?")) {
            p.setBoolean(1, disabled);
            p.setLong(2, userId);
            if (p.executeUpdate() == 0) {
              throw new NotFoundException("no user " + userId);
            }
          }
          return null;
        });
  }

  public List<User> list(User actor) {
    return guard.admin(actor, "user.list", null, null,
        c -> {
          List<User> out = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet r = s.executeQuery("SELECT * FROM users ORDER BY name")) {
            while (r.next()) {
              out.add(user(r));
            }
          }
          return out;
        });
  }

  private static EntityRef userRef(long id) {
    return EntityRef.of(EntityType.USER, Long.toString(id));
  }

  private static Void update(Connection c, String sql, String hash, long userId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      if (hash == null) {
        p.setNull(1, Types.VARCHAR);
      } else {
        p.setString(1, hash);
      }
      p.setLong(2, userId);
      if (p.executeUpdate() == 0) {
        throw new NotFoundException("no enabled user " + userId);
      }
    }
    return null;
  }

  static User find(Connection c, String name) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM users WHERE name = ?")) {
      p.setString(1, name);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? user(r) : null;
      }
    }
  }

  static User byId(Connection c, long id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM users WHERE id = ?")) {
      p.setLong(1, id);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? user(r) : null;
      }
    }
  }

  private static User user(ResultSet r) throws SQLException {
    return new User(
        r.getLong("id"),
        r.getString("name"),
        r.getString("display_name"),
        Role.fromWire(r.getString("role")),
        r.getBoolean("disabled"));
  }
}
