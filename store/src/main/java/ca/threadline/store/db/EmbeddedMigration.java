package ca.threadline.store.db;

import ca.threadline.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Creates the embedded H2 database so that a process killed at any moment leaves either no
 * database or a fully migrated one.
 *
 * <p>H2 commits every DDL statement on its own, so a process killed in the middle of a Flyway
 * script leaves a half-applied migration that the next start cannot repeat ("Failed to execute
 * script V2__…": the pipeline's SIGKILL test found it). A new database is therefore built under a
 * staging name and renamed into place, atomically, only after Flyway finished and H2 closed the
 * file. A staging file found at start is the remains of a killed creation and is discarded.
 * Later migrations of an existing file run in place (see docs/store.md, upgrades: back up first).
 */
public final class EmbeddedMigration {
  private static final String STAGING_SUFFIX = "-creating";

  private EmbeddedMigration() {}

  /**
   * Migrates the H2 database {@code dir/name} ({@code name.mv.db}); {@code settings} are the
   * URL's {@code ;KEY=VALUE} settings. Returns the JDBC URL of the database.
   */
  public static String migrate(Path dir, String name, String settings, String user, String password) {
    Path file = dir.resolve(name + ".mv.db");
    String url = url(dir, name, settings);
    if (Files.exists(file)) {
      Migrations.migrate(url, user, password);
      return url;
    }
    String staging = name + STAGING_SUFFIX;
    Path stagingFile = dir.resolve(staging + ".mv.db");
    try {
      Files.deleteIfExists(stagingFile);
      Files.deleteIfExists(dir.resolve(staging + ".trace.db"));
      // The settings end with the file's own; DB_CLOSE_DELAY=0 closes it when Flyway lets go.
      Migrations.migrate(url(dir, staging, settings) + ";DB_CLOSE_DELAY=0", user, password);
      Files.move(stagingFile, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new StoreException("cannot create the database in " + dir + ": " + e.getMessage(), e);
    }
    return url;
  }

  private static String url(Path dir, String name, String settings) {
    return "jdbc:h2:file:" + dir.resolve(name) + settings;
  }
}
