package ca.threadline.store.access;

import java.util.Objects;

/**
 * A person who signs in. The store re-reads {@code disabled} and memberships from the database on
 * every call, so a stale {@code User} object grants nothing that was since revoked.
 */
public record User(long id, String name, String displayName, Role role, boolean disabled) {
  public User {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }
}
