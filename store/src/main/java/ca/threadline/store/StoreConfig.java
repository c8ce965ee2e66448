package ca.threadline.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Where a store lives. The Lucene index is always under {@code <home>/index/}; the database is an
 * embedded H2 file under {@code <home>/db/} unless {@link #jdbcUrl()} names a PostgreSQL server.
 *
 * @param jdbcUrl {@code null} for the embedded database, else {@code jdbc:postgresql://...}
 * @param user PostgreSQL role; {@code null} to use the URL's {@code user} parameter or libpq's
 *     defaults
 * @param password PostgreSQL password; {@code null} when the URL or {@code trust} auth provides it
 * @param poolSize most connections held open at once (web requests beyond it wait)
 * @param clock the source of every timestamp the store writes
 */
public record StoreConfig(Path home, String jdbcUrl, String user, String password, int poolSize, Clock clock) {
  public StoreConfig {
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(clock, "clock");
    home = home.toAbsolutePath().normalize();
    if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:postgresql:") && !jdbcUrl.startsWith("jdbc:h2:")) {
      throw new IllegalArgumentException(
          "--db must be a jdbc:postgresql://host:port/database URL, not " + jdbcUrl);
    }
    if (poolSize < 2) {
      // One connection does the work; a refusal is audited on a second one (see Guard).
      throw new IllegalArgumentException("poolSize must be at least 2: " + poolSize);
    }
  }

  /** The embedded store in {@code home}. */
  public static StoreConfig embedded(Path home) {
    return new StoreConfig(home, null, null, null, 8, Clock.systemUTC());
  }

  /**
   * The store named on a command line: {@code db} is {@code null} or {@code h2} (embedded, under
   * {@code home}), {@code h2:DIR} (embedded under DIR), or a {@code jdbc:postgresql://} URL.
   */
  public static StoreConfig parse(Path home, String db) {
    if (db == null || db.isBlank() || db.equals("h2")) {
      return embedded(home);
    }
    if (db.startsWith("h2:")) {
      return embedded(Path.of(db.substring(3)));
    }
    return new StoreConfig(home, db, null, null, 8, Clock.systemUTC());
  }

  public StoreConfig withCredentials(String user, String password) {
    return new StoreConfig(home, jdbcUrl, user, password, poolSize, clock);
  }

  public StoreConfig withClock(Clock clock) {
    return new StoreConfig(home, jdbcUrl, user, password, poolSize, clock);
  }

  public boolean embedded() {
    return jdbcUrl == null || jdbcUrl.startsWith("jdbc:h2:");
  }

  public Path dbDirectory() {
    return home.resolve("db");
  }

  public Path indexDirectory() {
    return home.resolve("index");
  }

  /** The data-encryption keyset of sealed fields ({@code <home>/keys/}); see SECURITY.md. */
  public Path keysDirectory() {
    return home.resolve("keys");
  }
}
