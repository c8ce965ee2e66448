package ca.threadline.store;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.store.db.Migrations;
import ca.threadline.store.testing.Db;
import ca.threadline.store.testing.PostgresServer;
import ca.threadline.store.testing.TestStores;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@PostgresServer
class MigrationsTest {
  static final Set<String> TABLES = Set.of("users", "cases", "case_members", "ingest_runs", "documents",
      "document_images", "case_selectors", "selectors", "indicators", "document_scores", "template_clusters",
      "networks", "document_links", "circuit_stops", "evidence_items", "crypto_lookups", "notes", "tags", "alerts",
      "audit_log", "sensitive_fields");

  @ParameterizedTest
  @EnumSource(Db.class)
  void migratesAnEmptyDatabaseOnceAndReopens(Db db, TestStores stores, @TempDir Path home) throws Exception {
    StoreConfig config = stores.config(db, home);
    try (Store store = Store.open(config)) {
      assertThat(store.index().revision()).isZero();
    }
    String url = config.jdbcUrl() == null
        ? "jdbc:h2:file:" + config.dbDirectory().resolve("threadline") + ca.threadline.store.db.Backend.H2_SETTINGS
        : config.jdbcUrl();
    assertThat(Migrations.migrate(url, null, null)).as("second migration run").isZero();
    try (Connection c = DriverManager.getConnection(url);
        ResultSet r = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE", "BASE TABLE"})) {
      Set<String> tables = new TreeSet<>();
      while (r.next()) {
        tables.add(r.getString("TABLE_NAME"));
      }
      assertThat(tables).containsAll(TABLES).contains("flyway_schema_history");
    }
    try (Store again = Store.open(config)) {
      assertThat(again.users().find("nobody")).isEmpty();
    }
  }
}
