package ca.threadline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.threadline.store.access.EntityRef;
import ca.threadline.store.document.DocumentInput;
import ca.threadline.store.document.DocumentSummary;
import ca.threadline.store.ingest.IngestRun;
import ca.threadline.store.note.Note;
import ca.threadline.store.search.SearchRequest;
import ca.threadline.store.seal.DataKeyset;
import ca.threadline.store.seal.SealException;
import ca.threadline.store.seal.SealedColumn;
import ca.threadline.store.testing.Db;
import ca.threadline.store.testing.Fixture;
import ca.threadline.store.testing.PostgresServer;
import ca.threadline.store.testing.Tables;
import ca.threadline.store.testing.TestStores;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Fields a case marks sensitive are sealed at rest (issue 8): after the mark, neither the database
 * (raw columns, and on H2 the raw bytes of the file) nor the full-text index holds their plaintext,
 * while members still read them through the repositories; a wrong keyset or changed ciphertext
 * fails loudly.
 */
@PostgresServer
class SealingTest {
  static final long SEED = 8_2026L;

  /** Synthetic secrets: random tokens that occur nowhere else, so that a byte scan is exact. */
  private record Secrets(List<String> bodies, List<String> urls, List<String> notes) {
    Stream<String> all() {
      return Stream.of(bodies, urls, notes).flatMap(List::stream);
    }
  }

  private static String token(SplittableRandom r, String kind) {
    byte[] b = new byte[8];
    r.nextBytes(b);
    return kind + "Q" + HexFormat.of().formatHex(b);
  }

  private static DocumentInput ad(String id, String secret, String url) {
    // "probe<n>": a word to search for. The audit log keeps search queries in plaintext (who looked
    // for what, SECURITY.md), so the test searches for these and not for the secrets themselves.
    DocumentInput base = DocumentInput.ad(id, "Survivor statement " + secret + " new in town Laval probe" + id.replace("-", ""),
        Instant.parse("2024-03-01T10:00:00Z"), "Laval");
    return new DocumentInput(base.externalId(), base.kind(), base.text(), "en", base.postedAt(), base.city(), url,
        null, List.of(), List.of(), List.of(), Map.of());
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void markedFieldsAreSealedAtRestAndOpenForMembers(Db db, TestStores stores, @TempDir Path home) throws Exception {
    System.out.println("seed " + SEED);
    SplittableRandom random = new SplittableRandom(SEED);
    Secrets s = new Secrets(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    long firstId;
    var config = stores.config(db, home);
    try (Fixture f = new Fixture(stores, db, home, config)) {
      IngestRun run = f.store.ingest().begin(f.investigator, f.caseId, "before the mark");
      List<DocumentInput> before = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        s.bodies.add(token(random, "body"));
        s.urls.add("https://ads.example.org/" + token(random, "url"));
        before.add(ad("ad-" + i, s.bodies.get(i), s.urls.get(i)));
      }
      firstId = f.store.ingest().store(f.investigator, run, before).documents().get(0).documentId();
      s.notes.add(token(random, "note"));
      f.store.notes().addNote(f.investigator, f.caseId, EntityRef.document(firstId), "Victim name " + s.notes.get(0));
      f.store.flushIndex();
      assertThat(Files.exists(home.resolve("keys").resolve(DataKeyset.FILE))).as("no keyset before anything is sealed").isFalse();
      assertThat(f.store.search().search(f.reviewer, f.caseId, SearchRequest.text("probead3")).total())
          .as("plaintext is searchable before the mark").isEqualTo(1);

      assertThat(f.store.sensitiveFields().mark(f.admin, f.caseId, "document.body", "survivor statements")).isEqualTo(40);
      assertThat(f.store.sensitiveFields().mark(f.admin, f.caseId, "document.url", "identifies the poster")).isEqualTo(40);
      assertThat(f.store.sensitiveFields().mark(f.admin, f.caseId, "note.body", "victim names")).isEqualTo(1);
      assertThat(f.store.sensitiveFields().sealedColumns(f.reviewer, f.caseId))
          .containsExactlyInAnyOrder(SealedColumn.DOCUMENT_BODY, SealedColumn.DOCUMENT_URL, SealedColumn.NOTE_BODY);
      assertThatThrownBy(() -> f.store.sensitiveFields().mark(f.investigator, f.caseId, "document.body", "x"))
          .isInstanceOf(AccessDeniedException.class);

      // Written after the mark: sealed as they are written.
      IngestRun after = f.store.ingest().begin(f.investigator, f.caseId, "after the mark");
      List<DocumentInput> more = new ArrayList<>();
      for (int i = 40; i < 60; i++) {
        s.bodies.add(token(random, "body"));
        s.urls.add("https://ads.example.org/" + token(random, "url"));
        more.add(ad("ad-" + i, s.bodies.get(i), s.urls.get(i)));
      }
      f.store.ingest().store(f.investigator, after, more);
      // A changed document is rewritten sealed too.
      s.bodies.add(token(random, "body"));
      f.store.ingest().store(f.investigator, after, List.of(ad("ad-0", s.bodies.get(60), s.urls.get(0))));
      s.notes.add(token(random, "note"));
      Note added = f.store.notes().addNote(f.investigator, f.caseId, EntityRef.document(firstId), "Contact " + s.notes.get(1));
      assertThat(added.body()).isEqualTo("Contact " + s.notes.get(1));
      f.store.flushIndex();

      // Members read plaintext through the repositories.
      assertThat(f.store.documents().get(f.reviewer, f.caseId, firstId).text()).contains(s.bodies.get(60));
      assertThat(f.store.documents().get(f.reviewer, f.caseId, firstId).url()).isEqualTo(s.urls.get(0));
      assertThat(f.store.documents().byExternalId(f.investigator, f.caseId, "ad-45").text()).contains(s.bodies.get(45));
      assertThat(f.store.documents().list(f.reviewer, f.caseId, 100)).extracting(DocumentSummary::excerpt)
          .allMatch(e -> e != null && e.startsWith("Survivor statement body"));
      assertThat(f.store.notes().notes(f.reviewer, f.caseId, EntityRef.document(firstId))).extracting(Note::body)
          .containsExactly("Victim name " + s.notes.get(0), "Contact " + s.notes.get(1));
      assertThatThrownBy(() -> f.store.documents().get(f.outsider, f.caseId, firstId)).isInstanceOf(AccessDeniedException.class);
      // Sealed text is not in the full-text index: not found by its words.
      assertThat(f.store.search().search(f.reviewer, f.caseId, SearchRequest.text("probead3")).total()).isZero();
      // Still found by their other fields (city), with no snippet of the sealed text.
      var byCity = f.store.search().search(f.reviewer, f.caseId, SearchRequest.text("").withCities(List.of("Laval")));
      assertThat(byCity.total()).isEqualTo(60);
      assertThat(byCity.hits()).allSatisfy(h -> assertThat(h.toString()).doesNotContain("Survivor statement"));

      // The raw columns hold ciphertext only.
      try (Connection c = DriverManager.getConnection(Tables.url(config));
          Statement st = c.createStatement()) {
        StringBuilder raw = new StringBuilder();
        try (ResultSet r = st.executeQuery("SELECT body, body_key, url, url_key FROM documents")) {
          while (r.next()) {
            assertThat(r.getString("body_key")).isNotNull();
            assertThat(r.getString("url_key")).isNotNull();
            raw.append(r.getString("body")).append(r.getString("url"));
          }
        }
        try (ResultSet r = st.executeQuery("SELECT body, body_key FROM notes")) {
          while (r.next()) {
            assertThat(r.getString("body_key")).isNotNull();
            raw.append(r.getString("body"));
          }
        }
        String all = raw.toString();
        assertThat(s.all()).allSatisfy(secret -> assertThat(all).doesNotContain(secret));
      }
    }
    // Closed: nothing on disk under the home (H2 file, index, keys) holds a secret in its bytes.
    if (db == Db.H2) {
      Store.compactEmbedded(config);
    } else {
      assertThat(postgresTableFiles(config, stores.postgresDataDirectory(), s.all().toList()))
          .as("plaintext in PostgreSQL's table files after VACUUM FULL").isEmpty();
    }
    List<String> found = scan(home, s.all().toList());
    assertThat(found).as("plaintext found in files of the home").isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void aWrongKeysetOrChangedCiphertextFailsLoudly(Db db, TestStores stores, @TempDir Path home) throws Exception {
    var config = stores.config(db, home);
    long a;
    long b;
    try (Fixture f = new Fixture(stores, db, home, config)) {
      IngestRun run = f.store.ingest().begin(f.investigator, f.caseId, "x");
      var refs = f.store.ingest().store(f.investigator, run, List.of(ad("ad-a", "alpha", null), ad("ad-b", "bravo", null))).documents();
      a = refs.get(0).documentId();
      b = refs.get(1).documentId();
      f.store.sensitiveFields().mark(f.admin, f.caseId, "document.body", "statements");
      assertThat(Files.getPosixFilePermissions(home.resolve("keys").resolve(DataKeyset.FILE)))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
      assertThat(Files.getPosixFilePermissions(home.resolve("keys"))).isEqualTo(PosixFilePermissions.fromString("rwx------"));

      // A ciphertext moved to another row does not open there (associated data names the row).
      try (Connection c = DriverManager.getConnection(Tables.url(config)); Statement st = c.createStatement()) {
        st.executeUpdate("UPDATE documents SET body = (SELECT body FROM documents WHERE id = " + a + ") WHERE id = " + b);
      }
      assertThat(f.store.documents().get(f.investigator, f.caseId, a).text()).contains("alpha");
      assertThatThrownBy(() -> f.store.documents().get(f.investigator, f.caseId, b))
          .isInstanceOf(SealException.class).hasMessageContaining("row " + b).hasMessageContaining("was changed");
      // A flipped bit fails too.
      try (Connection c = DriverManager.getConnection(Tables.url(config)); Statement st = c.createStatement()) {
        String ct;
        try (ResultSet r = st.executeQuery("SELECT body FROM documents WHERE id = " + a)) {
          r.next();
          ct = r.getString(1);
        }
        char last = ct.charAt(ct.length() - 3);
        String changed = ct.substring(0, ct.length() - 3) + (last == 'A' ? 'B' : 'A') + ct.substring(ct.length() - 2);
        st.executeUpdate("UPDATE documents SET body = '" + changed + "' WHERE id = " + a);
      }
      assertThatThrownBy(() -> f.store.documents().get(f.investigator, f.caseId, a)).isInstanceOf(SealException.class);
      assertThatThrownBy(() -> f.store.documents().list(f.investigator, f.caseId, 10)).isInstanceOf(SealException.class);
      // A forged plaintext with its key cleared is refused too: the case seals that column.
      try (Connection c = DriverManager.getConnection(Tables.url(config)); Statement st = c.createStatement()) {
        st.executeUpdate("UPDATE documents SET body = 'forged statement', body_key = NULL WHERE id = " + b);
      }
      assertThatThrownBy(() -> f.store.documents().get(f.investigator, f.caseId, b))
          .isInstanceOf(SealException.class).hasMessageContaining("holds plaintext");
      // Restore a sealed value for the keyset checks below.
      f.store.sensitiveFields().reseal(f.admin, f.caseId);
      assertThat(f.store.documents().get(f.investigator, f.caseId, b).text()).isEqualTo("forged statement");
    }
    // Another installation's keyset: nothing opens, and the message says why.
    AeadConfig.register();
    Files.writeString(home.resolve("keys").resolve(DataKeyset.FILE), TinkJsonProtoKeysetFormat.serializeKeyset(
        KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get()));
    try (Store store = Store.open(config)) {
      var admin = store.users().find("admin").orElseThrow();
      long caseId = store.cases().idByName(admin, "Operation Nord").orElseThrow();
      assertThatThrownBy(() -> store.documents().get(admin, caseId, b))
          .isInstanceOf(SealException.class).hasMessageContaining("does not hold key");
    }
    // No keyset at all: refused, never a fresh keyset that opens nothing.
    Files.delete(home.resolve("keys").resolve(DataKeyset.FILE));
    try (Store store = Store.open(config)) {
      var admin = store.users().find("admin").orElseThrow();
      long caseId = store.cases().idByName(admin, "Operation Nord").orElseThrow();
      assertThatThrownBy(() -> store.documents().get(admin, caseId, b))
          .isInstanceOf(SealException.class).hasMessageContaining("no keyset");
      assertThat(Files.exists(home.resolve("keys").resolve(DataKeyset.FILE))).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void rotationKeepsOldKeysAndResealMovesRowsToTheNewPrimary(Db db, TestStores stores, @TempDir Path home) throws Exception {
    var config = stores.config(db, home);
    try (Fixture f = new Fixture(stores, db, home, config)) {
      IngestRun run = f.store.ingest().begin(f.investigator, f.caseId, "x");
      List<DocumentInput> docs = new ArrayList<>();
      for (int i = 0; i < 1200; i++) { // more than one page of the resealer
        docs.add(ad("ad-" + i, "secret" + i, "https://ads.example.org/" + i));
      }
      f.store.ingest().store(f.investigator, run, docs);
      f.store.sensitiveFields().mark(f.admin, f.caseId, "document.body", "statements");
      String oldKey = keys(config).get(0);
      assertThatThrownBy(() -> f.store.sensitiveFields().rotateKey(f.investigator)).isInstanceOf(AccessDeniedException.class);
      String newKey = f.store.sensitiveFields().rotateKey(f.admin);
      assertThat(newKey).isNotEqualTo(oldKey);
      // Old rows still open under the old key; new rows are sealed under the new primary.
      assertThat(f.store.documents().byExternalId(f.reviewer, f.caseId, "ad-7").text()).contains("secret7");
      assertThat(f.store.sensitiveFields().reseal(f.admin, f.caseId)).containsEntry("documents.body", 1200);
      assertThat(keys(config)).containsOnly(newKey);
      assertThat(f.store.documents().byExternalId(f.reviewer, f.caseId, "ad-1199").text()).contains("secret1199");
      assertThat(f.store.sensitiveFields().reseal(f.admin, f.caseId)).containsEntry("documents.body", 0);
    }
    String json = Files.readString(home.resolve("keys").resolve(DataKeyset.FILE));
    assertThat(TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get()).size()).isEqualTo(2);
  }

  /**
   * Runs what docs/store.md prescribes after marking on PostgreSQL ({@code VACUUM FULL}), forces the
   * pages to disk ({@code CHECKPOINT}), and scans the files of the tables and their TOAST tables.
   * The scan must see the data: each file set must contain a ciphertext read back from the table.
   */
  private static List<String> postgresTableFiles(ca.threadline.store.StoreConfig config, Path data, List<String> secrets)
      throws SQLException, IOException {
    List<String> found = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(Tables.url(config)); Statement st = c.createStatement()) {
      st.execute("VACUUM FULL documents, notes");
      st.execute("CHECKPOINT");
      for (String table : List.of("documents", "notes")) {
        String sample;
        try (ResultSet r = st.executeQuery("SELECT body FROM " + table + " ORDER BY id LIMIT 1")) {
          r.next();
          sample = r.getString(1);
        }
        StringBuilder bytes = new StringBuilder();
        try (ResultSet r = st.executeQuery("SELECT pg_relation_filepath(oid) FROM pg_class WHERE oid = '" + table
            + "'::regclass OR oid = (SELECT reltoastrelid FROM pg_class WHERE oid = '" + table + "'::regclass)")) {
          while (r.next()) {
            Path file = data.resolve(r.getString(1));
            bytes.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
          }
        }
        assertThat(bytes.toString()).as("the scan reads " + table + "'s data").contains(sample.substring(0, 40));
        for (String secret : secrets) {
          if (bytes.toString().contains(secret)) {
            found.add(secret + " in " + table);
          }
        }
      }
    }
    return found;
  }

  private static List<String> keys(ca.threadline.store.StoreConfig config) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(Tables.url(config)); Statement st = c.createStatement();
        ResultSet r = st.executeQuery("SELECT DISTINCT body_key FROM documents")) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  /** The secrets whose UTF-8 bytes occur in any file under {@code dir}, with the file. */
  static List<String> scan(Path dir, List<String> secrets) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        for (String secret : secrets) {
          if (bytes.contains(secret)) {
            int at = bytes.indexOf(secret);
            found.add(secret + " in " + dir.relativize(p) + ": …"
                + bytes.substring(Math.max(0, at - 200), Math.min(bytes.length(), at + 60)).replaceAll("[^ -~]", ".") + "…");
          }
        }
      }
    }
    return found;
  }
}
