package ca.threadline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import ca.threadline.store.alert.Alert;
import ca.threadline.store.document.DocumentInput;
import ca.threadline.store.document.DocumentView;
import ca.threadline.store.ingest.DocumentOutcome;
import ca.threadline.store.ingest.IngestResult;
import ca.threadline.store.ingest.IngestRun;
import ca.threadline.store.ingest.SelectorHit;
import ca.threadline.store.testing.Db;
import ca.threadline.store.testing.Fixture;
import ca.threadline.store.testing.PostgresServer;
import ca.threadline.store.testing.SyntheticCase;
import ca.threadline.store.testing.Tables;
import ca.threadline.store.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@PostgresServer
class IngestTest {
  static final long SEED = 20240501L;

  @ParameterizedTest
  @EnumSource(Db.class)
  void reRunningTheSameMaterialChangesNothing(Db db, TestStores stores, @TempDir Path home) throws Exception {
    System.out.println("seed " + SEED);
    try (Fixture f = new Fixture(stores, db, home)) {
      SyntheticCase gen = new SyntheticCase(SEED, 8);
      List<DocumentInput> docs = gen.next(300);
      IngestRun run = f.store.ingest().begin(f.investigator, f.caseId, "first");
      IngestResult first = new IngestResult(0, 0, 0, List.of(), List.of(), List.of());
      for (int i = 0; i < docs.size(); i += 100) {
        IngestResult r = f.store.ingest().store(f.investigator, run, docs.subList(i, i + 100));
        assertThat(r.added()).isEqualTo(100);
        first = r;
      }
      assertThat(first.existingSelectors()).as("selectors first seen in this run are not hits").isEmpty();
      Map<String, List<String>> before = Tables.snapshot(f.store.config());
      assertThat(f.store.flushIndex()).isEqualTo(300);
      long revision = f.store.index().revision();

      IngestRun again = f.store.ingest().begin(f.investigator, f.caseId, "again");
      IngestResult r = f.store.ingest().store(f.investigator, again, docs);
      assertThat(r.nothingChanged()).isTrue();
      assertThat(r.unchanged()).isEqualTo(300);
      assertThat(r.documents()).allMatch(d -> d.outcome() == DocumentOutcome.UNCHANGED);
      assertThat(r.newSelectors()).isEmpty();
      assertThat(r.existingSelectors()).isEmpty();
      assertThat(Tables.snapshot(f.store.config())).isEqualTo(before);
      assertThat(f.store.flushIndex()).isZero();
      assertThat(f.store.index().revision()).isEqualTo(revision);
      assertThat(f.store.alerts().list(f.investigator, f.caseId, false, 10)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void changedMaterialReplacesTheStoredVersion(Db db, TestStores stores, @TempDir Path home) {
    try (Fixture f = new Fixture(stores, db, home)) {
      IngestRun run = f.store.ingest().begin(f.investigator, f.caseId, "x");
      DocumentInput original = DocumentInput.ad("ad-1", "Call 514-555-0101 now", Instant.parse("2024-03-01T10:00:00Z"), "Laval");
      String text2 = "Call 514-555-0101 or 438-555-0102 now";
      DocumentInput better = new DocumentInput("ad-1", original.kind(), text2, "en", original.postedAt(), "Laval",
          null, null, null,
          List.of(new Selector(SelectorType.PHONE, "+15145550101", new Span(5, 17)),
              new Selector(SelectorType.PHONE, "+14385550102", new Span(21, 33))),
          null, Map.of("sex_trafficking", 0.7));
      long id = f.store.ingest().store(f.investigator, run, List.of(original)).documents().get(0).documentId();
      IngestResult r = f.store.ingest().store(f.investigator, run, List.of(better));
      assertThat(r.changed()).isEqualTo(1);
      assertThat(r.documents().get(0).documentId()).isEqualTo(id);
      assertThat(r.newSelectors()).containsExactlyInAnyOrder("phone:+15145550101", "phone:+14385550102");
      DocumentView v = f.store.documents().get(f.investigator, f.caseId, id);
      assertThat(v.version()).isEqualTo(2);
      assertThat(v.text()).isEqualTo(text2);
      assertThat(v.selectors()).extracting(s -> s.span().of(v.text())).containsExactly("514-555-0101", "438-555-0102");
      assertThat(v.scores()).containsEntry("sex_trafficking", 0.7);
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void newMaterialOnAKnownSelectorRaisesOneAlertPerRun(Db db, TestStores stores, @TempDir Path home) {
    try (Fixture f = new Fixture(stores, db, home)) {
      SyntheticCase gen = new SyntheticCase(SEED, 4);
      SyntheticCase.Operator op = gen.operators().get(0);
      IngestRun first = f.store.ingest().begin(f.investigator, f.caseId, "first");
      List<DocumentInput> old = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        old.add(gen.next(op));
      }
      IngestResult r1 = f.store.ingest().store(f.investigator, first, old);
      assertThat(r1.newSelectors()).contains("phone:" + op.phone());
      long firstDoc = r1.documents().get(0).documentId();

      IngestRun second = f.store.ingest().begin(f.investigator, f.caseId, "second");
      IngestResult r2 = f.store.ingest().store(f.investigator, second, List.of(gen.next(op), gen.next(op)));
      IngestResult r3 = f.store.ingest().store(f.investigator, second, List.of(gen.next(op)));
      SelectorHit hit = r2.existingSelectors().stream().filter(h -> h.selectorKey().equals("phone:" + op.phone()))
          .findFirst().orElseThrow();
      assertThat(hit.alerted()).isTrue();
      assertThat(hit.newDocuments()).isEqualTo(2);
      assertThat(hit.firstDocumentId()).isEqualTo(firstDoc);
      assertThat(r3.existingSelectors()).extracting(SelectorHit::selectorKey).contains("phone:" + op.phone());
      // Weak selectors (city, age, price) are hits but never alerts.
      assertThat(r2.existingSelectors()).filteredOn(h -> h.selectorKey().startsWith("location:"))
          .allMatch(h -> !h.alerted());

      List<Alert> alerts = f.store.alerts().list(f.reviewer, f.caseId, true, 10);
      Alert phone = alerts.stream().filter(a -> a.selectorKey().equals("phone:" + op.phone())).findFirst().orElseThrow();
      assertThat(phone.newDocuments()).isEqualTo(3);
      assertThat(phone.runId()).isEqualTo(second.id());
      assertThat(phone.firstDocumentId()).isEqualTo(firstDoc);
      assertThat(alerts).allMatch(a -> SelectorType.fromWire(a.selectorType()).strong());

      f.store.alerts().acknowledge(f.investigator, f.caseId, phone.id());
      assertThat(f.store.alerts().list(f.reviewer, f.caseId, true, 10)).extracting(Alert::id).doesNotContain(phone.id());
      assertThatThrownBy(() -> f.store.alerts().acknowledge(f.investigator, f.caseId, phone.id()))
          .isInstanceOf(NotFoundException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void aFailingBatchStoresNothingOfIt(Db db, TestStores stores, @TempDir Path home) throws Exception {
    try (Fixture f = new Fixture(stores, db, home)) {
      IngestRun run = f.store.ingest().begin(f.investigator, f.caseId, "x");
      f.store.ingest().store(f.investigator, run, new SyntheticCase(SEED, 2).next(10));
      Map<String, List<String>> before = Tables.snapshot(f.store.config());
      List<DocumentInput> twice = new ArrayList<>(new SyntheticCase(SEED + 1, 2).next(5));
      twice.add(twice.get(0));
      assertThatThrownBy(() -> f.store.ingest().store(f.investigator, run, twice))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
      // A run of another case cannot be used to write into this one.
      long other = f.store.cases().create(f.admin, "Other", null).id();
      IngestRun foreign = f.store.ingest().begin(f.admin, other, "y");
      assertThatThrownBy(() -> f.store.ingest().store(f.investigator, new IngestRun(foreign.id(), f.caseId),
          new SyntheticCase(SEED + 2, 2).next(3))).isInstanceOf(StoreException.class);
      assertThat(Tables.snapshot(f.store.config())).isEqualTo(before);
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void concurrentWritersLeaveNothingOutOfTheIndex(Db db, TestStores stores, @TempDir Path home) throws Exception {
    try (Fixture f = new Fixture(stores, db, home)) {
      SyntheticCase gen = new SyntheticCase(SEED + 3, 6);
      List<DocumentInput> docs = gen.next(400);
      IngestRun run = f.store.ingest().begin(f.investigator, f.caseId, "parallel");
      List<Thread> threads = new ArrayList<>();
      List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
      for (int t = 0; t < 4; t++) {
        List<DocumentInput> mine = docs.subList(t * 100, t * 100 + 100);
        threads.add(Thread.ofVirtual().start(() -> {
          try {
            for (int i = 0; i < mine.size(); i += 20) {
              f.store.ingest().store(f.investigator, run, mine.subList(i, i + 20));
              f.store.search().search(f.reviewer, f.caseId, ca.threadline.store.search.SearchRequest.text("fresh"));
            }
            f.store.links().apply(f.investigator, f.caseId,
                new ca.threadline.store.link.LinkUpdate(gen.assignments(mine), null, null, null, null));
          } catch (Throwable e) {
            failures.add(e);
          }
        }));
      }
      for (Thread t : threads) {
        t.join();
      }
      assertThat(failures).isEmpty();
      var all = f.store.search().search(f.reviewer, f.caseId, ca.threadline.store.search.SearchRequest.text(""));
      assertThat(all.total()).isEqualTo(400);
      assertThat(all.facet("network").stream().mapToInt(c -> c.count()).sum()).isEqualTo(400);
      assertThat(Tables.count(f.store.config(), "SELECT count(*) FROM documents")).isEqualTo(400);
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void spansMustLieInsideTheText(Db db, TestStores stores, @TempDir Path home) {
    assertThatThrownBy(() -> new DocumentInput("x", ca.threadline.store.document.DocumentKind.AD, "short", null, null,
        null, null, null, null, List.of(new Selector(SelectorType.PHONE, "+15145550101", new Span(0, 50))), null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("past the text");
  }
}
