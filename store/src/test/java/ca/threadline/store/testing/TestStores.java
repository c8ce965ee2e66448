package ca.threadline.store.testing;

import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Opens fresh stores on either database for a test (each PostgreSQL store gets its own database). */
public final class TestStores {
  private final PostgresServerExtension.ClusterHolder holder;

  TestStores(PostgresServerExtension.ClusterHolder holder) {
    this.holder = holder;
  }

  /** A new, empty store with its home in {@code home}. */
  public Store open(Db db, Path home) {
    return Store.open(config(db, home));
  }

  /** The data directory of the PostgreSQL test cluster (started by then). */
  public Path postgresDataDirectory() {
    return holder.cluster().dataDirectory();
  }

  /** The configuration of a new, empty store (to reopen it later with the same settings). */
  public StoreConfig config(Db db, Path home) {
    if (db == Db.H2) {
      return StoreConfig.embedded(home);
    }
    PostgresCluster cluster = holder.cluster();
    if (cluster == null) {
      String why = holder.unavailable();
      if ("1".equals(System.getenv("THREADLINE_REQUIRE_SERVICES"))) {
        Assertions.fail("THREADLINE_REQUIRE_SERVICES=1 but " + why);
      }
      Assumptions.abort(why);
    }
    try {
      return StoreConfig.parse(home, cluster.newDatabase());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
    }
  }
}
