package ca.threadline.app.pipeline;

import ca.threadline.app.cli.UsageException;
import ca.threadline.store.AccessDeniedException;
import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.StoreException;
import ca.threadline.store.access.CaseInfo;
import ca.threadline.store.access.Role;
import ca.threadline.store.access.User;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Opens the case store a command names and finds, as the acting user, the case it works on:
 * {@link StoreOptions} say which store and who; the case is looked up by name among the user's
 * cases, and created on first use when the command brings material into it.
 */
public final class CaseAccess {
  private CaseAccess() {}

  /** The store, the acting user and the case id. */
  public record Opened(Store store, User user, long caseId, Role role, boolean created) {}

  /** Opens the store; a bad URL or an unreachable database is a usage problem (exit 2). */
  public static Store open(Path home, StoreOptions options) {
    try {
      return Store.open(StoreConfig.parse(home, options.db()));
    } catch (StoreException | IllegalArgumentException e) {
      throw new UsageException("cannot open the case store: " + e.getMessage());
    }
  }

  /**
   * The acting user. Without {@code --user}, the installation's administrator {@code admin}; on
   * an installation with no user at all it is created (without a password).
   */
  public static User user(Store store, StoreOptions options, Consumer<String> notes) {
    String name = options.user();
    Optional<User> found = store.users().find(name);
    if (found.isEmpty() && !options.userGiven()) {
      try {
        User admin = store.users().bootstrapAdmin(StoreOptions.DEFAULT_USER, "Administrator", null);
        notes.accept("created the installation's administrator '" + admin.name() + "' for the case store (no password yet:"
            + " set one with `threadline user password " + admin.name() + "` before signing in to the workbench)");
        return admin;
      } catch (AccessDeniedException hasUsers) {
        throw new UsageException("the case store has users but none named " + name + ": name the acting user with --user");
      }
    }
    User u = found.orElseThrow(() -> new UsageException("no user " + name + " in the case store (see `threadline user add`)"));
    if (u.disabled()) {
      throw new UsageException("user " + name + " is disabled");
    }
    return u;
  }

  /**
   * The case of that name among the user's cases; created (the user becomes its case admin) when
   * {@code create} is set and no case of that name exists.
   */
  public static Opened caseFor(Store store, User user, String caseName, boolean create) {
    for (CaseInfo c : store.cases().listFor(user)) {
      if (c.name().equals(caseName)) {
        return new Opened(store, user, c.id(), c.myRole(), false);
      }
    }
    if (!create) {
      throw new UsageException("no case \"" + caseName + "\" in the case store for user " + user.name()
          + " (it does not exist, or " + user.name() + " is not a member)");
    }
    try {
      CaseInfo c = store.cases().create(user, caseName, null);
      return new Opened(store, user, c.id(), c.myRole(), true);
    } catch (AccessDeniedException e) {
      throw new UsageException("user " + user.name() + " may not open cases (reviewers read only): " + e.getMessage());
    } catch (StoreException e) {
      throw new UsageException("case \"" + caseName + "\" exists but user " + user.name() + " is not a member of it;"
          + " ask its admin to add them, or name a member with --user");
    }
  }
}
