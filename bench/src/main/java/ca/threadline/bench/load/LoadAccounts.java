package ca.threadline.bench.load;

import ca.threadline.app.web.auth.PasswordHasher;
import ca.threadline.store.Store;
import ca.threadline.store.access.Role;
import ca.threadline.store.access.User;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The run's accounts, made through the store's own API as {@code threadline user add} and
 * {@code case add-member} would: {@code load-001}... investigators of the case, each with a fresh
 * random password (Argon2id, the workbench's standard parameters) every run. One account per
 * virtual user, as the sign-in throttle is per account and per address: sessions are not shared.
 */
final class LoadAccounts {
  private LoadAccounts() {}

  /**
   * @param admin an installation admin (creates or re-enables the users)
   * @param caseAdmin an admin of the case (adds them as investigators)
   */
  static List<Account> ensure(Store store, User admin, User caseAdmin, long caseId, int n) {
    return ensure(store, admin, caseAdmin, caseId, n, PasswordHasher.standard());
  }

  /** The same with another hasher (a test's cheaper parameters; the server must use the same). */
  static List<Account> ensure(Store store, User admin, User caseAdmin, long caseId, int n, PasswordHasher hasher) {
    SecureRandom random = new SecureRandom();
    List<Account> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      String name = String.format(Locale.ROOT, "load-%03d", i);
      byte[] pw = new byte[15];
      random.nextBytes(pw);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(pw);
      String hash = hasher.hash(password);
      Optional<User> found = store.users().find(name);
      User u;
      if (found.isPresent()) {
        u = found.get();
        store.users().setPasswordHash(admin, u.id(), hash);
        if (u.disabled()) {
          store.users().setDisabled(admin, u.id(), false);
        }
      } else {
        u = store.users().create(admin, name, "Load user " + i, Role.INVESTIGATOR, hash);
      }
      store.cases().addMember(caseAdmin, caseId, u.id(), Role.INVESTIGATOR);
      out.add(new Account(name, password));
    }
    return out;
  }

  /** Saves them as {@code name<TAB>password} lines, readable by the owner only. */
  static void save(List<Account> accounts, Path file) throws IOException {
    Files.deleteIfExists(file);
    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    StringBuilder b = new StringBuilder("# load-run accounts: name<TAB>password\n");
    accounts.forEach(a -> b.append(a.name()).append('\t').append(a.password()).append('\n'));
    Files.writeString(file, b, StandardCharsets.UTF_8);
  }
}
