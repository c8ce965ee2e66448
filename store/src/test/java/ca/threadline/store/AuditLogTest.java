package ca.threadline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.threadline.store.access.EntityRef;
import ca.threadline.store.audit.AuditEntry;
import ca.threadline.store.db.Backend;
import ca.threadline.store.ingest.IngestRun;
import ca.threadline.store.search.SearchRequest;
import ca.threadline.store.testing.Db;
import ca.threadline.store.testing.Fixture;
import ca.threadline.store.testing.PostgresServer;
import ca.threadline.store.testing.SyntheticCase;
import ca.threadline.store.testing.TestStores;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@PostgresServer
class AuditLogTest {

  @ParameterizedTest
  @EnumSource(Db.class)
  void everyReadAndWriteIsRecorded(Db db, TestStores stores, @TempDir Path home) {
    try (Fixture f = new Fixture(stores, db, home)) {
      IngestRun run = f.store.ingest().begin(f.investigator, f.caseId, "feed.jsonl");
      long doc = f.store.ingest().store(f.investigator, run, new SyntheticCase(3, 2).next(3)).documents().get(0).documentId();
      f.store.documents().get(f.reviewer, f.caseId, doc);
      f.store.search().search(f.reviewer, f.caseId, SearchRequest.text("fresh"));
      f.store.notes().addNote(f.investigator, f.caseId, EntityRef.document(doc), "same phone as last month");
      List<AuditEntry> entries = f.store.audit().ofCase(f.admin, f.caseId, 0, 100);
      assertThat(entries).extracting(AuditEntry::action)
          .containsSubsequence("note.add", "search", "document.read", "ingest.store", "ingest.begin");
      AuditEntry search = entries.stream().filter(e -> e.action().equals("search")).findFirst().orElseThrow();
      assertThat(search.userName()).isEqualTo("remi");
      assertThat(search.caseId()).isEqualTo(f.caseId);
      assertThat(search.detail()).contains("q=fresh");
      AuditEntry read = entries.stream().filter(e -> e.action().equals("document.read")).findFirst().orElseThrow();
      assertThat(read.entityKey()).isEqualTo(Long.toString(doc));
      // Paging backwards from the oldest entry seen.
      long oldest = entries.get(entries.size() - 1).id();
      assertThat(f.store.audit().all(f.admin, oldest, 1000)).allMatch(e -> e.id() < oldest);
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void theDatabaseRefusesUpdateAndDelete(Db db, TestStores stores, @TempDir Path home) throws SQLException {
    String url;
    try (Fixture f = new Fixture(stores, db, home)) {
      f.store.cases().listFor(f.investigator);
      url = f.store.config().jdbcUrl() == null
          ? "jdbc:h2:file:" + f.store.config().dbDirectory().resolve("threadline") + Backend.H2_SETTINGS
          : f.store.config().jdbcUrl();
      int before = f.store.audit().all(f.admin, 0, 1000).size();
      // The store is closed below for H2 (one process per file); PostgreSQL takes a second client now.
      if (db == Db.POSTGRESQL) {
        assertRefused(url);
        assertThat(f.store.audit().all(f.admin, 0, 1000)).hasSize(before + 1); // + this audit read
        return;
      }
    }
    assertRefused(url);
  }

  private static void assertRefused(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_log SET user_name = 'nobody'"))
          .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_log"))
          .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
      if (url.startsWith("jdbc:postgresql:")) {
        assertThatThrownBy(() -> s.executeUpdate("TRUNCATE audit_log"))
            .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
      }
      try (var r = s.executeQuery("SELECT count(*) FROM audit_log WHERE user_name = 'nobody'")) {
        r.next();
        assertThat(r.getLong(1)).isZero();
      }
    }
  }
}
