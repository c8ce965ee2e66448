package ca.threadline.store.db;

import ca.threadline.store.StoreException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the current schema with Flyway: {@code db/migration/common} holds the
 * schema both databases share, {@code db/migration/h2} and {@code db/migration/postgresql} the
 * few statements only one of them understands (the audit log's append-only trigger).
 */
public final class Migrations {
  private Migrations() {}

  /** Applies pending migrations; returns how many ran. */
  public static int migrate(String url, String user, String password) {
    Backend backend = Backend.of(url);
    Flyway flyway =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(url, user, password)
            .locations(backend.migrationLocations())
            // An unknown newer migration means a newer Threadline wrote this database: refuse.
            .validateMigrationNaming(true)
            .load();
    try {
      MigrateResult result = flyway.migrate();
      return result.migrationsExecuted;
    } catch (FlywayException e) {
      throw new StoreException(
          "cannot migrate the database at " + ConnectionSource.redacted(url) + ": " + e.getMessage(), e);
    }
  }
}
