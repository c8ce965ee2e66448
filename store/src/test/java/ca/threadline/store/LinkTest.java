package ca.threadline.store;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.store.access.EntityRef;
import ca.threadline.store.access.EntityType;
import ca.threadline.store.crypto.CryptoLookup;
import ca.threadline.store.document.DocumentInput;
import ca.threadline.store.document.TimelinePoint;
import ca.threadline.store.ingest.IngestRun;
import ca.threadline.store.link.Assignment;
import ca.threadline.store.link.CircuitStop;
import ca.threadline.store.link.ClusterRecord;
import ca.threadline.store.link.LinkResult;
import ca.threadline.store.link.LinkUpdate;
import ca.threadline.store.link.NetworkPage;
import ca.threadline.store.link.NetworkRecord;
import ca.threadline.store.note.Note;
import ca.threadline.store.search.FacetCount;
import ca.threadline.store.search.SearchRequest;
import ca.threadline.store.selector.SelectorPage;
import ca.threadline.store.testing.Db;
import ca.threadline.store.testing.Fixture;
import ca.threadline.store.testing.PostgresServer;
import ca.threadline.store.testing.SyntheticCase;
import ca.threadline.store.testing.Tables;
import ca.threadline.store.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@PostgresServer
class LinkTest {
  static final long SEED = 77_001L;

  private record Loaded(SyntheticCase gen, List<DocumentInput> docs, LinkUpdate update) {}

  private static Loaded load(Fixture f, int operators, int documents) {
    System.out.println("seed " + SEED);
    SyntheticCase gen = new SyntheticCase(SEED, operators);
    List<DocumentInput> docs = gen.next(documents);
    IngestRun run = f.store.ingest().begin(f.investigator, f.caseId, "feed");
    f.store.ingest().store(f.investigator, run, docs);
    List<ClusterRecord> clusters = new ArrayList<>();
    List<NetworkRecord> networks = new ArrayList<>();
    Map<String, List<CircuitStop>> circuits = new HashMap<>();
    for (SyntheticCase.Operator op : gen.operators()) {
      clusters.add(new ClusterRecord(op.cluster(), "{\"template\":\"New in {city}\",\"slots\":[\"city\"]}"));
      networks.add(new NetworkRecord(op.network(), List.of("phone:" + op.phone()), List.of("location:Montréal, QC")));
      circuits.put(op.network(), List.of(
          new CircuitStop(0, "Montréal, QC", Instant.parse("2024-01-03T00:00:00Z"), Instant.parse("2024-02-01T00:00:00Z"), 4, List.of("514")),
          new CircuitStop(1, "Ottawa, ON", Instant.parse("2024-02-02T00:00:00Z"), null, 2, List.of("514", "613"))));
    }
    return new Loaded(gen, docs, new LinkUpdate(gen.assignments(docs), clusters, networks, circuits, null));
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void applyingTheSameLinksTwiceWritesNothing(Db db, TestStores stores, @TempDir Path home) throws Exception {
    try (Fixture f = new Fixture(stores, db, home)) {
      Loaded l = load(f, 5, 120);
      LinkResult first = f.store.links().apply(f.investigator, f.caseId, l.update());
      assertThat(first.assignmentsChanged()).isEqualTo(120);
      assertThat(first.clustersChanged()).isEqualTo(5);
      assertThat(first.networksChanged()).isEqualTo(5);
      assertThat(first.circuitsChanged()).isEqualTo(5);
      var before = Tables.snapshot(f.store.config());
      f.store.flushIndex();
      long revision = f.store.index().revision();
      LinkResult again = f.store.links().apply(f.investigator, f.caseId, l.update());
      assertThat(again.nothingChanged()).isTrue();
      assertThat(Tables.snapshot(f.store.config())).isEqualTo(before);
      assertThat(f.store.flushIndex()).isZero();
      assertThat(f.store.index().revision()).isEqualTo(revision);
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void incrementalUpdatesTouchOnlyWhatChanged(Db db, TestStores stores, @TempDir Path home) throws Exception {
    try (Fixture f = new Fixture(stores, db, home)) {
      Loaded l = load(f, 5, 120);
      f.store.links().apply(f.investigator, f.caseId, l.update());
      assertThat(f.store.flushIndex()).as("ingest then link: each document indexed once").isEqualTo(120);
      // The linker merges network N1 into N0: N1's documents move, N1 goes, N0's circuit grows.
      List<Assignment> moved = l.update().assignments().stream()
          .filter(a -> a.networkKey().equals("N1")).map(a -> new Assignment(a.externalId(), a.clusterKey(), "N0")).toList();
      int n0 = (int) l.update().assignments().stream().filter(a -> a.networkKey().equals("N0")).count();
      List<CircuitStop> longer = new ArrayList<>(l.update().circuits().get("N0"));
      longer.add(new CircuitStop(2, "Toronto, ON", Instant.parse("2024-03-01T00:00:00Z"), null, 1, List.of("613")));
      var assignmentsBefore = Tables.count(f.store.config(), "SELECT count(*) FROM document_links");
      LinkResult r = f.store.links().apply(f.investigator, f.caseId,
          new LinkUpdate(moved, null, List.of(new NetworkRecord("N0", List.of("phone:a", "phone:b"), List.of())),
              Map.of("N0", longer), List.of("N1")));
      assertThat(r.assignmentsChanged()).isEqualTo(moved.size()).isPositive();
      assertThat(r.networksChanged()).isEqualTo(1);
      assertThat(r.circuitsChanged()).isEqualTo(1);
      assertThat(r.networksRemoved()).isEqualTo(1);
      assertThat(Tables.count(f.store.config(), "SELECT count(*) FROM document_links")).isEqualTo(assignmentsBefore);
      assertThat(f.store.flushIndex()).as("only the moved documents are re-indexed").isEqualTo(moved.size());
      assertThat(Tables.count(f.store.config(), "SELECT count(*) FROM documents WHERE revision = "
          + f.store.index().revision())).isEqualTo(moved.size());
      NetworkPage page = f.store.networks().page(f.reviewer, f.caseId, "N0", 1000);
      assertThat(page.documentCount()).isEqualTo(n0 + moved.size());
      assertThat(page.circuit()).isEqualTo(longer);
      assertThat(page.tyingSelectors()).containsExactly("phone:a", "phone:b");
      // The index follows: the network facet counts the moved documents under N0.
      var facets = f.store.search().search(f.reviewer, f.caseId, SearchRequest.text("")).facet("network");
      assertThat(facets).contains(new FacetCount("N0", n0 + moved.size())).noneMatch(c -> c.value().equals("N1"));
      assertThat(f.store.search().search(f.reviewer, f.caseId, SearchRequest.text("").withNetworks(List.of("N0"))).total())
          .isEqualTo(n0 + moved.size());
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void networkAndSelectorPagesMatchTheGroundTruth(Db db, TestStores stores, @TempDir Path home) {
    try (Fixture f = new Fixture(stores, db, home)) {
      Loaded l = load(f, 5, 150);
      f.store.links().apply(f.investigator, f.caseId, l.update());
      SyntheticCase.Operator op = l.gen().operators().get(2);
      List<DocumentInput> mine = l.docs().stream().filter(d -> l.gen().operatorOf(d.externalId()) == op).toList();
      String btc = "bc1q" + op.id() + "testaddress";
      boolean hasBtc = mine.stream().anyMatch(d -> d.text().contains(btc));
      f.store.crypto().put(f.investigator, f.caseId, new CryptoLookup(btc, "C42", 150_000L, 900_000L, "{}", Instant.EPOCH));

      NetworkPage page = f.store.networks().page(f.reviewer, f.caseId, op.network(), 20);
      assertThat(page.documentCount()).isEqualTo(mine.size());
      assertThat(page.documents()).hasSize(Math.min(20, mine.size()));
      assertThat(page.documents()).isSortedAccordingTo((a, b) -> b.postedAt().compareTo(a.postedAt()));
      assertThat(page.selectors()).anySatisfy(s -> {
        assertThat(s.key()).isEqualTo("phone:" + op.phone());
        assertThat(s.documents()).isEqualTo(mine.size());
      });
      assertThat(page.clusters()).singleElement().satisfies(c -> {
        assertThat(c.key()).isEqualTo(op.cluster());
        assertThat(c.templateJson()).contains("slots");
        assertThat(c.documents()).isEqualTo(mine.size());
      });
      assertThat(page.ignoredSelectors()).containsExactly("location:Montréal, QC");
      assertThat(page.circuit()).extracting(CircuitStop::city).containsExactly("Montréal, QC", "Ottawa, ON");
      String expectedTop = op.jobs() ? "recruitment_fee" : "youth_language";
      assertThat(page.indicators().get(0).code()).isEqualTo(expectedTop);
      assertThat(page.indicators().get(0).source()).isNotBlank();
      assertThat(page.indicators().get(0).documents()).isEqualTo(mine.size());
      assertThat(page.timeline().stream().mapToInt(TimelinePoint::documents).sum()).isEqualTo(mine.size());
      assertThat(page.crypto()).hasSize(hasBtc ? 1 : 0);

      SelectorPage sp = f.store.selectors().page(f.reviewer, f.caseId, "phone:" + op.phone(), 5);
      assertThat(sp.documentCount()).isEqualTo(mine.size());
      assertThat(sp.documents()).hasSize(Math.min(5, mine.size()));
      assertThat(sp.networks()).containsExactly(new SelectorPage.NetworkCount(op.network(), mine.size()));
      Map<String, Long> byCity = mine.stream().collect(Collectors.groupingBy(DocumentInput::city, Collectors.counting()));
      Map<String, Integer> pageCities = sp.citiesByMonth().stream()
          .collect(Collectors.groupingBy(TimelinePoint::city, Collectors.summingInt(TimelinePoint::documents)));
      assertThat(pageCities).isEqualTo(byCity.entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().intValue())));
      if (hasBtc) {
        assertThat(f.store.selectors().page(f.reviewer, f.caseId, "btc:" + btc, 5).crypto().chainCluster()).isEqualTo("C42");
      }
      assertThat(f.store.networks().list(f.reviewer, f.caseId, 100)).hasSize(5);
      Map<String, Long> phones = l.docs().stream().flatMap(d -> d.selectors().stream())
          .filter(x -> x.type() == ca.threadline.core.selector.SelectorType.PHONE)
          .collect(Collectors.groupingBy(x -> x.key(), Collectors.counting()));
      var topPhones = f.store.selectors().top(f.reviewer, f.caseId, "phone", 3);
      assertThat(topPhones).hasSize(3).allMatch(x -> x.type().equals("phone"));
      assertThat(topPhones.get(0).documents()).isEqualTo(phones.values().stream().mapToLong(Long::longValue).max().orElseThrow());
      assertThat(topPhones).allSatisfy(x -> assertThat((long) x.documents()).isEqualTo(phones.get(x.key())));
      assertThat(f.store.selectors().top(f.reviewer, f.caseId, null, 1).get(0).documents()).isGreaterThanOrEqualTo(topPhones.get(0).documents());
      assertThat(f.store.documents().timeline(f.reviewer, f.caseId, op.network(), null, "month").stream()
          .mapToInt(TimelinePoint::documents).sum()).isEqualTo(mine.size());
      assertThat(f.store.documents().timeline(f.reviewer, f.caseId, null, null, "week").stream()
          .mapToInt(TimelinePoint::documents).sum()).isEqualTo(150);
      assertThat(f.store.documents().timeline(f.reviewer, f.caseId, op.network(), "phone:" + op.phone(), "day"))
          .isEqualTo(page.timeline());
      assertThat(f.store.documents().timeline(f.reviewer, f.caseId, null, null, "day"))
          .allSatisfy(p -> assertThat(p.period().toString()).endsWith("T00:00:00Z"));
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void notesAndTagsOnAnyEntityKeepAuthorAndTime(Db db, TestStores stores, @TempDir Path home) {
    try (Fixture f = new Fixture(stores, db, home)) {
      EntityRef network = EntityRef.of(EntityType.NETWORK, "N3");
      EntityRef phone = EntityRef.of(EntityType.SELECTOR, "phone:+15145550100");
      Note n = f.store.notes().addNote(f.investigator, f.caseId, network, "Same operator as file 2023-17.");
      f.store.notes().addNote(f.admin, f.caseId, phone, "Subscriber request sent.");
      assertThat(n.createdAt()).isNotNull();
      assertThat(f.store.notes().notes(f.reviewer, f.caseId, network)).singleElement().satisfies(x -> {
        assertThat(x.authorName()).isEqualTo("ines");
        assertThat(x.body()).isEqualTo("Same operator as file 2023-17.");
      });
      assertThat(f.store.notes().notes(f.reviewer, f.caseId, null)).hasSize(2);
      f.store.notes().tag(f.investigator, f.caseId, network, "priority");
      f.store.notes().tag(f.investigator, f.caseId, network, "priority");
      f.store.notes().tag(f.admin, f.caseId, phone, "priority");
      assertThat(f.store.notes().tagged(f.reviewer, f.caseId, "priority")).containsExactly(network, phone);
      f.store.notes().untag(f.investigator, f.caseId, network, "priority");
      assertThat(f.store.notes().tags(f.reviewer, f.caseId, null)).singleElement()
          .satisfies(t -> assertThat(t.authorName()).isEqualTo("admin"));
    }
  }
}
