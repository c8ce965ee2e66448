package ca.threadline.app.demo;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * One-time passwords for the demo's accounts, stored as the workbench stores every password: an
 * Argon2id hash in PHC string format ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, OWASP's
 * minimum parameters), computed with BouncyCastle. The clear password is printed once, on the
 * console, and kept nowhere.
 */
final class DemoPasswords {
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private final SecureRandom random = new SecureRandom();

  /** A fresh password: 16 characters from an alphabet without look-alikes (about 93 bits). */
  String generate() {
    StringBuilder b = new StringBuilder(16);
    for (int i = 0; i < 16; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  String hash(String password) {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    int m = 19_456;
    int t = 2;
    int p = 1;
    Argon2BytesGenerator g = new Argon2BytesGenerator();
    g.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withMemoryAsKB(m).withIterations(t).withParallelism(p).withSalt(salt).build());
    byte[] out = new byte[32];
    g.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return "$argon2id$v=19$m=" + m + ",t=" + t + ",p=" + p + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(out);
  }
}
