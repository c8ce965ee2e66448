package ca.threadline.app.demo;

import ca.threadline.app.cli.UsageException;
import ca.threadline.store.Store;
import ca.threadline.store.access.Role;
import ca.threadline.store.access.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo's accounts: an investigator (who opens the case "Demo" and is its case admin) and a
 * reviewer (read only), each with a fresh one-time password every time the demo runs; and, on an
 * installation that has none yet, the administrator {@code admin} (also given a password when it
 * has none, e.g. when an earlier import created it).
 */
final class DemoUsers {
  static final String INVESTIGATOR = "demo-investigator";
  static final String REVIEWER = "demo-reviewer";

  private DemoUsers() {}

  static List<DemoUser> ensure(Store store, DemoPasswords passwords) {
    List<DemoUser> out = new ArrayList<>();
    Optional<User> found = store.users().find("admin");
    User admin;
    if (found.isEmpty()) {
      String pw = passwords.generate();
      try {
        admin = store.users().bootstrapAdmin("admin", "Administrator", passwords.hash(pw));
      } catch (ca.threadline.store.AccessDeniedException e) {
        throw new UsageException("this installation has users but no 'admin'; run the demo in a fresh --home");
      }
      out.add(new DemoUser("admin", "admin", pw));
    } else {
      admin = found.get();
      if (store.users().passwordHash("admin").isEmpty()) {
        String pw = passwords.generate();
        store.users().setPasswordHash(admin, admin.id(), passwords.hash(pw));
        out.add(new DemoUser("admin", "admin", pw));
      } else {
        out.add(new DemoUser("admin", "admin", null));
      }
    }
    out.add(0, account(store, admin, passwords, INVESTIGATOR, "Demo Investigator", Role.INVESTIGATOR));
    out.add(1, account(store, admin, passwords, REVIEWER, "Demo Reviewer", Role.REVIEWER));
    return out;
  }

  private static DemoUser account(Store store, User admin, DemoPasswords passwords, String name, String display, Role role) {
    String pw = passwords.generate();
    String hash = passwords.hash(pw);
    Optional<User> u = store.users().find(name);
    if (u.isPresent()) {
      store.users().setPasswordHash(admin, u.get().id(), hash);
      if (u.get().disabled()) {
        store.users().setDisabled(admin, u.get().id(), false);
      }
    } else {
      store.users().create(admin, name, display, role, hash);
    }
    return new DemoUser(name, role.wireName(), pw);
  }
}
