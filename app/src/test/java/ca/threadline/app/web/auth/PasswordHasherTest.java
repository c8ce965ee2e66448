package ca.threadline.app.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher fast = new PasswordHasher(1024, 1, 1);

  @Test
  void hashesVerifyAndNeverRepeat() {
    String a = fast.hash("correct horse battery staple");
    String b = fast.hash("correct horse battery staple");
    assertThat(a).startsWith("$argon2id$v=19$m=1024,t=1,p=1$").isNotEqualTo(b);
    assertThat(fast.verify("correct horse battery staple", a)).isTrue();
    assertThat(fast.verify("correct horse battery staplE", a)).isFalse();
    assertThat(fast.verify("", a)).isFalse();
    assertThat(fast.verify("pässwörd ✓ 密码", fast.hash("pässwörd ✓ 密码"))).isTrue();
  }

  @Test
  void verifiesAHashMadeByTheReferenceImplementation() {
    // argon2-cffi (the reference C implementation) output for "password", m=32 MiB, t=16, p=2.
    String reference = "$argon2id$v=19$m=32768,t=16,p=2$Rfy6J41W9idBU+n/8sZc6Q$i3QYYPtoogIAw78I2qqlUQ8vjzUXGG1V6QsBOq2NIp4";
    assertThat(fast.verify("password", reference)).isTrue();
    assertThat(fast.verify("passwore", reference)).isFalse();
  }

  @Test
  void theStandardConfigurationIsOwaspsMinimum() {
    String h = PasswordHasher.standard().hash("x".repeat(12));
    assertThat(h).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(PasswordHasher.standard().needsRehash(fast.hash("x"))).isTrue();
    assertThat(PasswordHasher.standard().needsRehash(h)).isFalse();
  }

  @Test
  void malformedOrHostileHashesAreRefusedWithoutException() {
    String good = fast.hash("secret-secret");
    long seed = 1129L;
    System.out.println("PasswordHasherTest seed " + seed);
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 2000; i++) {
      char[] c = good.toCharArray();
      int edits = 1 + r.nextInt(3);
      for (int e = 0; e < edits; e++) {
        c[r.nextInt(c.length)] = (char) (32 + r.nextInt(95));
      }
      String mutated = new String(c);
      if (!mutated.equals(good)) {
        // May parse as another valid hash (then it simply does not match), never throws.
        assertThat(fast.verify("secret-secret", mutated)).as(mutated).isIn(true, false);
      }
      assertThat(fast.verify("secret-secret", good.substring(0, r.nextInt(good.length())))).isFalse();
    }
    for (String bad : new String[] {null, "", "$argon2i$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$AAAAAAAAAAAAAAAAAAAAAA",
        "$argon2id$v=16$m=1024,t=1,p=1$c29tZXNhbHQ$AAAAAAAAAAAAAAAAAAAAAA",
        // A planted hash asking for 4 GiB of memory must not be computed.
        "$argon2id$v=19$m=4194304,t=1,p=1$c29tZXNhbHQ$AAAAAAAAAAAAAAAAAAAAAA",
        "$argon2id$v=19$m=1,t=1,p=4$c29tZXNhbHQ$AAAAAAAAAAAAAAAAAAAAAA", "plaintext"}) {
      assertThat(fast.verify("secret-secret", bad)).as(String.valueOf(bad)).isFalse();
    }
  }
}
