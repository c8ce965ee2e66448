package ca.threadline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.threadline.store.audit.AuditEntry;
import ca.threadline.store.document.DocumentView;
import ca.threadline.store.document.ImageRef;
import ca.threadline.store.ingest.IngestRun;
import ca.threadline.store.testing.Db;
import ca.threadline.store.testing.Fixture;
import ca.threadline.store.testing.PostgresServer;
import ca.threadline.store.testing.SyntheticCase;
import ca.threadline.store.testing.TestStores;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the web workbench records through the store: image views and reveals, sign-in attempts. */
@PostgresServer
class WebAuditTest {

  @ParameterizedTest
  @EnumSource(Db.class)
  void imageViewsAreCheckedAgainstTheDocumentAndAudited(Db db, TestStores stores, @TempDir Path home) {
    try (Fixture f = new Fixture(stores, db, home)) {
      IngestRun run = f.store.ingest().begin(f.investigator, f.caseId, "test");
      List<Long> ids = f.store.ingest().store(f.investigator, run, new SyntheticCase(5, 2).next(2)).documents().stream()
          .map(d -> d.documentId()).toList();
      DocumentView first = f.store.documents().get(f.reviewer, f.caseId, ids.get(0));
      String sha = first.images().get(0).sha256();

      ImageRef blurred = f.store.documents().image(f.reviewer, f.caseId, ids.get(0), sha, false);
      ImageRef revealed = f.store.documents().image(f.reviewer, f.caseId, ids.get(0), sha, true);
      assertThat(blurred.sensitive()).isTrue();
      assertThat(revealed.sha256()).isEqualTo(sha);
      // The image of one document cannot be fetched through another, nor by a non-member.
      assertThatThrownBy(() -> f.store.documents().image(f.reviewer, f.caseId, ids.get(1), sha, true))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> f.store.documents().image(f.outsider, f.caseId, ids.get(0), sha, true))
          .isInstanceOf(AccessDeniedException.class);

      List<AuditEntry> log = f.store.audit().ofCase(f.admin, f.caseId, 0, 100);
      assertThat(log).filteredOn(e -> e.action().equals("image.reveal") && e.outcome().equals("ok"))
          .singleElement()
          .satisfies(e -> {
            assertThat(e.userName()).isEqualTo("remi");
            assertThat(e.entityKey()).isEqualTo(sha);
            assertThat(e.detail()).isEqualTo("document " + ids.get(0));
          });
      assertThat(log).filteredOn(e -> e.action().equals("image.blurred")).hasSize(1);
      assertThat(log).filteredOn(e -> e.action().equals("image.reveal") && e.outcome().equals("denied")).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void signInAttemptsAreAuditedWithTheTypedName(Db db, TestStores stores, @TempDir Path home) {
    try (Fixture f = new Fixture(stores, db, home)) {
      f.store.users().recordAuthentication("auth.sign_in", "ines", true, "127.0.0.1");
      f.store.users().recordAuthentication("auth.sign_in", "nobody-" + "x".repeat(200), false, "unknown user");
      f.store.users().recordAuthentication("auth.throttled", "ines", false, "5 failures");
      assertThatThrownBy(() -> f.store.users().recordAuthentication("case.read", "ines", true, null))
          .isInstanceOf(IllegalArgumentException.class);

      List<AuditEntry> log = f.store.audit().all(f.admin, 0, 100).stream()
          .filter(e -> e.action().startsWith("auth.")).toList();
      assertThat(log).extracting(AuditEntry::action).containsExactly("auth.throttled", "auth.sign_in", "auth.sign_in");
      assertThat(log.get(2).userId()).isEqualTo(f.investigator.id());
      assertThat(log.get(2).outcome()).isEqualTo("ok");
      assertThat(log.get(1).userId()).isNull();
      assertThat(log.get(1).outcome()).isEqualTo("denied");
      assertThat(log.get(1).entityKey()).startsWith("nobody-").hasSize(100);
    }
  }
}
