package ca.threadline.store.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two databases the store runs on. The SQL is shared; what differs is listed here and
 * nowhere else.
 */
public enum Backend {
  H2("h2"),
  POSTGRESQL("postgresql");

  /**
   * The embedded H2 settings, each chosen on purpose:
   *
   * <ul>
   *   <li>{@code MODE=PostgreSQL}: one SQL dialect for both backends ({@code ON CONFLICT DO
   *       NOTHING}, {@code nextval}, {@code date_trunc}).
   *   <li>{@code DATABASE_TO_LOWER=TRUE}: unquoted identifiers fold to lower case, as
   *       PostgreSQL folds them, so Flyway's history table and metadata look alike on both.
   *   <li>{@code DEFAULT_NULL_ORDERING=HIGH}: NULLs sort last ascending, as in PostgreSQL.
   *   <li>{@code WRITE_DELAY=0}: a commit is in the file before {@code commit()} returns; H2's
   *       default of 500 ms would lose the last half second of committed work to a kill -9.
   *   <li>{@code LOCK_TIMEOUT=10000}: a web request waits up to 10 s for a row an ingest holds.
   *   <li>{@code CACHE_SIZE=131072}: 128 MiB page cache (the default is 64 MiB), enough for the
   *       indexes of a million-document case.
   *   <li>H2's default {@code RETENTION_TIME} (45 s), not a shorter one: MVStore may overwrite a
   *       freed chunk only after it, and H2 documents that lower values can leave an inconsistent
   *       file after a crash (the OS may not have flushed the newer chunks yet). The price is a
   *       file that shrinks only later after bulk ingests. (The SIGKILL corruption first blamed on
   *       a 1 s retention was H2 2.5.252's own; see the parent POM and {@code H2KillTest}.)
   *   <li>no {@code AUTO_SERVER}: a second process must fail with "in use", not silently open a
   *       TCP server; the file lock keeps one writer per home.
   * </ul>
   */
  public static final String H2_SETTINGS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
          + ";LOCK_TIMEOUT=10000;CACHE_SIZE=131072";

  private final String folder;

  Backend(String folder) {
    this.folder = folder;
  }

  public static Backend of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException("unsupported database URL: " + jdbcUrl);
  }

  /** Flyway locations: the shared schema, then this backend's few specific migrations. */
  String[] migrationLocations() {
    return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + folder};
  }

  /**
   * Serialises transactions that assign index revisions, across processes, until commit: on
   * PostgreSQL a transaction-scoped advisory lock; on H2 the store's own lock suffices because
   * the file lock admits only one process.
   */
  public void lockWriters(Connection c) throws SQLException {
    if (this == POSTGRESQL) {
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(7331001)");
      }
    }
  }
}
