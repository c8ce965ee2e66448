package ca.threadline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.threadline.store.access.EntityRef;
import ca.threadline.store.access.EntityType;
import ca.threadline.store.access.Role;
import ca.threadline.store.access.User;
import ca.threadline.store.audit.AuditEntry;
import ca.threadline.store.crypto.CryptoLookup;
import ca.threadline.store.evidence.EvidenceRecord;
import ca.threadline.store.ingest.IngestRun;
import ca.threadline.store.link.LinkUpdate;
import ca.threadline.store.search.SearchRequest;
import ca.threadline.store.testing.Db;
import ca.threadline.store.testing.Fixture;
import ca.threadline.store.testing.PostgresServer;
import ca.threadline.store.testing.SyntheticCase;
import ca.threadline.store.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@PostgresServer
class AccessTest {

  /** Every read and write of case data, as a call by {@code u}. */
  private static Map<String, ThrowingCallable> everyCall(Fixture f, User u, long docId, IngestRun run) {
    long c = f.caseId;
    EntityRef doc = EntityRef.document(docId);
    Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
    calls.put("case.read", () -> f.store.cases().get(u, c));
    calls.put("member.list", () -> f.store.cases().members(u, c));
    calls.put("document.read", () -> f.store.documents().get(u, c, docId));
    calls.put("document.byExternalId", () -> f.store.documents().byExternalId(u, c, "ad-0"));
    calls.put("document.list", () -> f.store.documents().list(u, c, 10));
    calls.put("timeline", () -> f.store.documents().timeline(u, c, null, null, "day"));
    calls.put("search", () -> f.store.search().search(u, c, SearchRequest.text("montreal")));
    calls.put("selector.page", () -> f.store.selectors().page(u, c, "phone:+15145550100", 10));
    calls.put("selector.top", () -> f.store.selectors().top(u, c, null, 10));
    calls.put("network.page", () -> f.store.networks().page(u, c, "N0", 10));
    calls.put("network.list", () -> f.store.networks().list(u, c, 10));
    calls.put("note.list", () -> f.store.notes().notes(u, c, doc));
    calls.put("tag.list", () -> f.store.notes().tags(u, c, null));
    calls.put("tag.find", () -> f.store.notes().tagged(u, c, "x"));
    calls.put("alert.list", () -> f.store.alerts().list(u, c, false, 10));
    calls.put("evidence.list", () -> f.store.evidence().list(u, c));
    calls.put("crypto.list", () -> f.store.crypto().list(u, c));
    calls.put("sensitive.list", () -> f.store.sensitiveFields().list(u, c));
    calls.putAll(writes(f, u, doc, run));
    return calls;
  }

  private static Map<String, ThrowingCallable> writes(Fixture f, User u, EntityRef doc, IngestRun run) {
    long c = f.caseId;
    Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
    calls.put("note.add", () -> f.store.notes().addNote(u, c, doc, "seen"));
    calls.put("tag.add", () -> f.store.notes().tag(u, c, doc, "priority"));
    calls.put("ingest.begin", () -> f.store.ingest().begin(u, c, "x"));
    calls.put("ingest.store", () -> f.store.ingest().store(u, run, new SyntheticCase(1, 1).next(1)));
    calls.put("link.apply", () -> f.store.links().apply(u, c, new LinkUpdate(null, null, null, null, null)));
    calls.put("evidence.record", () -> f.store.evidence().record(u, c, new EvidenceRecord("a".repeat(64), "file", "x", null, 1)));
    calls.put("crypto.put", () -> f.store.crypto().put(u, c, new CryptoLookup("bc1qx", null, 1L, 1L, null, Instant.EPOCH)));
    calls.put("alert.acknowledge", () -> f.store.alerts().acknowledge(u, c, 1));
    calls.put("sensitive.mark", () -> f.store.sensitiveFields().mark(u, c, "note.body", "x"));
    calls.put("member.put", () -> f.store.cases().addMember(u, c, u.id(), Role.ADMIN));
    calls.put("audit.case", () -> f.store.audit().ofCase(u, c, 0, 10));
    return calls;
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void nonMembersGetNothingFromAnyCallAndAreAudited(Db db, TestStores stores, @TempDir Path home) {
    try (Fixture f = new Fixture(stores, db, home)) {
      IngestRun run = f.store.ingest().begin(f.investigator, f.caseId, "test");
      long docId = f.store.ingest().store(f.investigator, run, new SyntheticCase(7, 3).next(5)).documents().get(0).documentId();
      Map<String, ThrowingCallable> calls = everyCall(f, f.outsider, docId, run);
      for (Map.Entry<String, ThrowingCallable> call : calls.entrySet()) {
        assertThatThrownBy(call.getValue()).as(call.getKey()).isInstanceOf(AccessDeniedException.class);
      }
      List<AuditEntry> denied = f.store.audit().all(f.admin, 0, 1000).stream()
          .filter(e -> e.outcome().equals("denied") && e.userName().equals("otto")).toList();
      assertThat(denied).hasSize(calls.size());
      // A case that does not exist is refused exactly like one the user is not in.
      assertThatThrownBy(() -> f.store.cases().get(f.outsider, 9_999)).isInstanceOf(AccessDeniedException.class);
      assertThat(f.store.cases().listFor(f.outsider)).isEmpty();
      assertThat(f.store.cases().idByName(f.outsider, "Operation Nord")).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void reviewersReadButCannotWrite(Db db, TestStores stores, @TempDir Path home) {
    try (Fixture f = new Fixture(stores, db, home)) {
      IngestRun run = f.store.ingest().begin(f.investigator, f.caseId, "test");
      long docId = f.store.ingest().store(f.investigator, run, new SyntheticCase(7, 3).next(5)).documents().get(0).documentId();
      assertThat(f.store.documents().get(f.reviewer, f.caseId, docId).id()).isEqualTo(docId);
      assertThat(f.store.search().search(f.reviewer, f.caseId, SearchRequest.text("")).total()).isEqualTo(5);
      for (Map.Entry<String, ThrowingCallable> call : writes(f, f.reviewer, EntityRef.document(docId), run).entrySet()) {
        assertThatThrownBy(call.getValue()).as(call.getKey()).isInstanceOf(AccessDeniedException.class);
      }
      assertThatThrownBy(() -> f.store.cases().create(f.reviewer, "mine", null)).isInstanceOf(AccessDeniedException.class);
      assertThat(f.store.notes().notes(f.reviewer, f.caseId, null)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void removedAndDisabledUsersLoseAccessAtOnce(Db db, TestStores stores, @TempDir Path home) {
    try (Fixture f = new Fixture(stores, db, home)) {
      assertThat(f.store.cases().get(f.investigator, f.caseId).myRole()).isEqualTo(Role.INVESTIGATOR);
      f.store.users().setDisabled(f.admin, f.investigator.id(), true);
      assertThatThrownBy(() -> f.store.cases().get(f.investigator, f.caseId)).isInstanceOf(AccessDeniedException.class);
      assertThat(f.store.users().passwordHash("ines")).isEmpty();
      f.store.users().setDisabled(f.admin, f.investigator.id(), false);
      f.store.cases().removeMember(f.admin, f.caseId, f.investigator.id());
      assertThatThrownBy(() -> f.store.notes().addNote(f.investigator, f.caseId, EntityRef.of(EntityType.CASE, "1"), "x"))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> f.store.users().list(f.investigator)).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> f.store.audit().all(f.investigator, 0, 10)).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> f.store.users().bootstrapAdmin("second", null, null)).isInstanceOf(AccessDeniedException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void usersAndPasswordHashes(Db db, TestStores stores, @TempDir Path home) {
    try (Fixture f = new Fixture(stores, db, home)) {
      String phc = "$argon2id$v=19$m=65536,t=3,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";
      f.store.users().setPasswordHash(f.investigator, f.investigator.id(), phc);
      assertThat(f.store.users().passwordHash("ines")).contains(phc);
      assertThatThrownBy(() -> f.store.users().setPasswordHash(f.reviewer, f.investigator.id(), "x"))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(f.store.users().list(f.admin)).extracting(User::name).containsExactly("admin", "ines", "otto", "remi");
      assertThatThrownBy(() -> f.store.users().create(f.admin, "ines", null, Role.REVIEWER, null))
          .isInstanceOf(StoreException.class);
      assertThatThrownBy(() -> f.store.users().create(f.admin, "bad name;", null, Role.REVIEWER, null))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
