package ca.threadline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database appears whole or not at all (see EmbeddedMigration). */
class EmbeddedCreationTest {
  @Test
  void aNewStoreIsBuiltAsideAndRenamedIntoPlace(@TempDir Path home) {
    try (Store store = Store.open(StoreConfig.embedded(home))) {
      assertThat(store.backend()).isNotNull();
    }
    Path db = StoreConfig.embedded(home).dbDirectory();
    assertThat(db.resolve("threadline.mv.db")).exists();
    assertThat(db.resolve("threadline-creating.mv.db")).doesNotExist();
  }

  @Test
  void theRemainsOfAKilledCreationAreDiscarded(@TempDir Path home) throws Exception {
    Path db = StoreConfig.embedded(home).dbDirectory();
    Files.createDirectories(db);
    // A creation killed half-way through Flyway's scripts left a staging file behind; a
    // half-written H2 file is not repairable, so the next start builds a new one.
    byte[] junk = new byte[8192];
    new Random(7).nextBytes(junk);
    Files.write(db.resolve("threadline-creating.mv.db"), junk);
    try (Store store = Store.open(StoreConfig.embedded(home))) {
      assertThat(store.backend()).isNotNull();
    }
    assertThat(db.resolve("threadline-creating.mv.db")).doesNotExist();
    try (Store reopened = Store.open(StoreConfig.embedded(home))) {
      assertThat(reopened.backend()).isNotNull();
    }
  }
}
