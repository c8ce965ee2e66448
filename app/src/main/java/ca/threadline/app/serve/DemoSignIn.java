package ca.threadline.app.serve;

import ca.threadline.app.web.auth.PasswordHasher;
import ca.threadline.store.Store;
import ca.threadline.store.access.Role;
import ca.threadline.store.access.User;
import java.security.SecureRandom;

/**
 * The sign-in {@code threadline demo} prints: an investigator {@code demo} in the demo case, with
 * a fresh random password each time the demo serves (the password of a previous run stops
 * working), set by the installation's admin. Nothing about it is fixed in the code, so a demo
 * installation left running never has a guessable account.
 */
public final class DemoSignIn {
  public static final String USER = "demo";
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  /** A user name and the password to sign in with. */
  public record Credentials(String user, String password) {}

  private DemoSignIn() {}

  /**
   * Creates the demo investigator (or resets its password) and makes it a member of the case.
   *
   * @param admin an installation admin, who makes the change (audited under that name)
   */
  public static Credentials prepare(Store store, User admin, long caseId) {
    SecureRandom random = new SecureRandom();
    StringBuilder pw = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      pw.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    String hash = PasswordHasher.standard().hash(pw.toString());
    User demo = store.users().find(USER).orElse(null);
    if (demo == null) {
      demo = store.users().create(admin, USER, "Demo investigator", Role.INVESTIGATOR, hash);
    } else {
      store.users().setPasswordHash(admin, demo.id(), hash);
      if (demo.disabled()) {
        store.users().setDisabled(admin, demo.id(), false);
      }
    }
    store.cases().addMember(admin, caseId, demo.id(), Role.INVESTIGATOR);
    return new Credentials(USER, pw.toString());
  }
}
