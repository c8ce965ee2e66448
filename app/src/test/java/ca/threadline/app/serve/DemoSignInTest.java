package ca.threadline.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.app.web.auth.PasswordHasher;
import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.access.Role;
import ca.threadline.store.access.User;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoSignInTest {
  @Test
  void eachDemoRunGetsAFreshPasswordAndMembership(@TempDir Path home) {
    try (Store store = Store.open(StoreConfig.embedded(home))) {
      User admin = store.users().bootstrapAdmin("admin", "Admin", null);
      long caseId = store.cases().create(admin, "Demo", null).id();
      DemoSignIn.Credentials first = DemoSignIn.prepare(store, admin, caseId);
      DemoSignIn.Credentials second = DemoSignIn.prepare(store, admin, caseId);
      assertThat(first.user()).isEqualTo("demo");
      assertThat(second.password()).isNotEqualTo(first.password()).hasSize(16);
      String stored = store.users().passwordHash("demo").orElseThrow();
      PasswordHasher h = PasswordHasher.standard();
      assertThat(h.verify(second.password(), stored)).isTrue();
      assertThat(h.verify(first.password(), stored)).isFalse();
      User demo = store.users().find("demo").orElseThrow();
      assertThat(store.cases().get(demo, caseId).myRole()).isEqualTo(Role.INVESTIGATOR);
    }
  }
}
