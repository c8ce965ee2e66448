package ca.threadline.store;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.core.selector.SelectorType;
import ca.threadline.store.document.DocumentInput;
import ca.threadline.store.ingest.IngestRun;
import ca.threadline.store.search.FacetCount;
import ca.threadline.store.search.SearchHit;
import ca.threadline.store.search.SearchRequest;
import ca.threadline.store.search.SearchResults;
import ca.threadline.store.search.Snippet;
import ca.threadline.store.testing.Db;
import ca.threadline.store.testing.Fixture;
import ca.threadline.store.testing.PostgresServer;
import ca.threadline.store.testing.SyntheticCase;
import ca.threadline.store.testing.TestStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@PostgresServer
class SearchTest {
  static final long SEED = 5_550_199L;
  static final Instant MARCH = Instant.parse("2024-03-01T12:00:00Z");

  private static List<DocumentInput> handWritten() {
    return List.of(
        DocumentInput.ad("fr-1", "Nouvelle à Montréal, disponible à l'heure. Appelle-moi.", MARCH, "Montréal"),
        DocumentInput.ad("fr-2", "Massages relaxants à Québec, 120 $ de l’heure.", MARCH, "Québec"),
        DocumentInput.ad("en-1", "Sweet girls visiting montreal this weekend only, new in town.", MARCH, "Montréal"),
        DocumentInput.ad("en-2", "Cleaning staff wanted in Toronto, no experience needed.", MARCH, "Toronto"));
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(SearchHit::externalId).sorted().toList();
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void accentsElisionAndStemsInBothLanguages(Db db, TestStores stores, @TempDir Path home) {
    try (Fixture f = new Fixture(stores, db, home)) {
      IngestRun run = f.store.ingest().begin(f.investigator, f.caseId, "hand");
      f.store.ingest().store(f.investigator, run, handWritten());
      var s = f.store.search();
      assertThat(ids(s.search(f.reviewer, f.caseId, SearchRequest.text("montreal")))).containsExactly("en-1", "fr-1");
      assertThat(ids(s.search(f.reviewer, f.caseId, SearchRequest.text("Montréal")))).containsExactly("en-1", "fr-1");
      assertThat(ids(s.search(f.reviewer, f.caseId, SearchRequest.text("quebec")))).containsExactly("fr-2");
      assertThat(ids(s.search(f.reviewer, f.caseId, SearchRequest.text("heure")))).containsExactly("fr-1", "fr-2");
      assertThat(ids(s.search(f.reviewer, f.caseId, SearchRequest.text("l'heure")))).containsExactly("fr-1", "fr-2");
      assertThat(ids(s.search(f.reviewer, f.caseId, SearchRequest.text("heures")))).containsExactly("fr-1", "fr-2");
      assertThat(ids(s.search(f.reviewer, f.caseId, SearchRequest.text("girl")))).containsExactly("en-1");
      assertThat(ids(s.search(f.reviewer, f.caseId, SearchRequest.text("massage")))).containsExactly("fr-2");
      assertThat(ids(s.search(f.reviewer, f.caseId, SearchRequest.text("nouvelles")))).containsExactly("fr-1");
      assertThat(ids(s.search(f.reviewer, f.caseId, SearchRequest.text("\"new in town\"")))).containsExactly("en-1");
      assertThat(ids(s.search(f.reviewer, f.caseId, SearchRequest.text("montreal -weekend")))).containsExactly("fr-1");
      // Broken query syntax is searched as words, not an error.
      assertThat(ids(s.search(f.reviewer, f.caseId, SearchRequest.text("staff \"wanted")))).containsExactly("en-2");
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void snippetsMarkTheMatchedWords(Db db, TestStores stores, @TempDir Path home) {
    try (Fixture f = new Fixture(stores, db, home)) {
      IngestRun run = f.store.ingest().begin(f.investigator, f.caseId, "hand");
      f.store.ingest().store(f.investigator, run, handWritten());
      SearchResults r = f.store.search().search(f.reviewer, f.caseId, SearchRequest.text("montreal heure"));
      assertThat(r.hits()).singleElement().satisfies(h -> {
        assertThat(h.externalId()).isEqualTo("fr-1");
        Snippet snip = h.snippets().get(0);
        assertThat(snip.marked("[", "]")).contains("[Montréal]")
            .contains("[l'heure]"); // the token's offsets include the elided article
        assertThat(snip.marks()).allSatisfy(m -> assertThat(m.end()).isLessThanOrEqualTo(snip.text().length()));
      });
      SearchResults all = f.store.search().search(f.reviewer, f.caseId, SearchRequest.text(""));
      assertThat(all.hits()).allSatisfy(h -> assertThat(h.snippets()).singleElement()
          .satisfies(sn -> assertThat(sn.marks()).isEmpty()));
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void facetsCountWhatTheCaseHolds(Db db, TestStores stores, @TempDir Path home) {
    System.out.println("seed " + SEED);
    try (Fixture f = new Fixture(stores, db, home)) {
      SyntheticCase gen = new SyntheticCase(SEED, 9);
      List<DocumentInput> docs = gen.next(400);
      IngestRun run = f.store.ingest().begin(f.investigator, f.caseId, "gen");
      f.store.ingest().store(f.investigator, run, docs);
      f.store.links().apply(f.investigator, f.caseId, new ca.threadline.store.link.LinkUpdate(gen.assignments(docs), null, null, null, null));
      // Another case's documents never show up, nor count.
      long other = f.store.cases().create(f.admin, "Other case", null).id();
      IngestRun otherRun = f.store.ingest().begin(f.admin, other, "gen");
      f.store.ingest().store(f.admin, otherRun, new SyntheticCase(SEED + 1, 3).next(50));

      SearchResults all = f.store.search().search(f.reviewer, f.caseId, SearchRequest.text(""));
      assertThat(all.total()).isEqualTo(400);
      assertThat(counts(all.facet("city"))).isEqualTo(count(docs.stream().map(DocumentInput::city)));
      assertThat(counts(all.facet("network")))
          .isEqualTo(count(docs.stream().map(d -> gen.operatorOf(d.externalId()).network())));
      assertThat(counts(all.facet("indicator"))).isEqualTo(count(docs.stream()
          .flatMap(d -> d.indicators().stream().map(i -> i.code()).distinct())));
      assertThat(counts(all.facet("selector_type"))).isEqualTo(count(docs.stream()
          .flatMap(d -> d.selectors().stream().map(x -> x.type().wireName()).distinct())));
      assertThat(counts(all.facet("month")).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(400);

      // Filters: city and date range and selector type, each against the ground truth.
      Instant from = Instant.parse("2024-04-01T00:00:00Z");
      Instant to = Instant.parse("2024-07-01T00:00:00Z");
      long expected = docs.stream().filter(d -> d.city().equals("Montréal")
          && !d.postedAt().isBefore(from) && d.postedAt().isBefore(to)).count();
      SearchResults filtered = f.store.search().search(f.reviewer, f.caseId,
          SearchRequest.text("").withCities(List.of("Montréal")).withDates(from, to));
      assertThat(filtered.total()).isEqualTo(expected);
      assertThat(filtered.facet("city")).containsExactly(new FacetCount("Montréal", (int) expected));
      long withBtc = docs.stream().filter(d -> d.selectors().stream().anyMatch(x -> x.type() == SelectorType.BTC)).count();
      assertThat(f.store.search().search(f.reviewer, f.caseId,
          SearchRequest.text("").withSelectorTypes(List.of(SelectorType.BTC))).total()).isEqualTo(withBtc);
      SyntheticCase.Operator op = gen.operators().get(0);
      long ofPhone = docs.stream().filter(d -> gen.operatorOf(d.externalId()) == op).count();
      assertThat(f.store.search().search(f.reviewer, f.caseId,
          SearchRequest.text("").withSelector("phone:" + op.phone())).total()).isEqualTo(ofPhone);
      long fees = docs.stream().filter(d -> d.indicators().stream().anyMatch(i -> i.code().equals("recruitment_fee"))).count();
      assertThat(f.store.search().search(f.reviewer, f.caseId,
          SearchRequest.text("").withIndicators(List.of("recruitment_fee"))).total()).isEqualTo(fees);
      // Paging and date order.
      SearchResults newest = f.store.search().search(f.reviewer, f.caseId, SearchRequest.text("").newestFirst().page(10, 30));
      assertThat(newest.hits()).hasSize(30).isSortedAccordingTo(Comparator.comparing(SearchHit::postedAt).reversed());
      Instant tenth = docs.stream().map(DocumentInput::postedAt).sorted(Comparator.reverseOrder()).toList().get(10);
      assertThat(newest.hits().get(0).postedAt()).isEqualTo(tenth);
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void aRebuiltIndexEqualsTheIncrementalOne(Db db, TestStores stores, @TempDir Path home) {
    try (Fixture f = new Fixture(stores, db, home)) {
      SyntheticCase gen = new SyntheticCase(SEED + 7, 6);
      List<DocumentInput> docs = new ArrayList<>(gen.next(250));
      IngestRun run = f.store.ingest().begin(f.investigator, f.caseId, "gen");
      for (int i = 0; i < docs.size(); i += 50) {
        f.store.ingest().store(f.investigator, run, docs.subList(i, i + 50));
      }
      f.store.links().apply(f.investigator, f.caseId, new ca.threadline.store.link.LinkUpdate(gen.assignments(docs), null, null, null, null));
      f.store.ingest().store(f.investigator, run, handWritten());
      List<SearchResults> incremental = probe(f);
      long revision = f.store.index().revision();
      assertThat(f.store.reindex()).isEqualTo(254);
      assertThat(probe(f)).isEqualTo(incremental);
      assertThat(f.store.index().revision()).isEqualTo(revision);
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void theIndexCatchesUpOnOpen(Db db, TestStores stores, @TempDir Path home) throws IOException {
    var config = stores.config(db, home);
    List<SearchResults> before;
    try (var store = ca.threadline.store.Store.open(config)) {
      var admin = store.users().bootstrapAdmin("admin", null, null);
      long caseId = store.cases().create(admin, "c", null).id();
      store.ingest().store(admin, store.ingest().begin(admin, caseId, "x"), new SyntheticCase(SEED, 4).next(120));
      before = List.of(store.search().search(admin, caseId, SearchRequest.text("fresh")),
          store.search().search(admin, caseId, SearchRequest.text("")));
    }
    try (Stream<Path> files = Files.walk(home.resolve("index"))) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    try (var store = ca.threadline.store.Store.open(config)) {
      var admin = store.users().find("admin").orElseThrow();
      long caseId = store.cases().idByName(admin, "c").orElseThrow();
      assertThat(List.of(store.search().search(admin, caseId, SearchRequest.text("fresh")),
          store.search().search(admin, caseId, SearchRequest.text("")))).isEqualTo(before);
      assertThat(store.index().revision()).isPositive();
    }
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void anIndexOfAnotherFormatIsRebuilt(Db db, TestStores stores, @TempDir Path home) throws IOException {
    var config = stores.config(db, home);
    SearchResults before;
    try (var store = ca.threadline.store.Store.open(config)) {
      var admin = store.users().bootstrapAdmin("admin", null, null);
      long caseId = store.cases().create(admin, "c", null).id();
      store.ingest().store(admin, store.ingest().begin(admin, caseId, "x"), new SyntheticCase(SEED, 4).next(60));
      before = store.search().search(admin, caseId, SearchRequest.text("fresh"));
    }
    // As if an older Threadline (other analysis) wrote it, claiming to be far ahead of the database.
    try (var dir = org.apache.lucene.store.FSDirectory.open(home.resolve("index"));
        var w = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
      w.deleteAll();
      w.setLiveCommitData(Map.of("revision", "999999", "format", "0").entrySet());
      w.commit();
    }
    try (var store = ca.threadline.store.Store.open(config)) {
      var admin = store.users().find("admin").orElseThrow();
      long caseId = store.cases().idByName(admin, "c").orElseThrow();
      assertThat(store.search().search(admin, caseId, SearchRequest.text("fresh"))).isEqualTo(before);
    }
  }

  private static List<SearchResults> probe(Fixture f) {
    List<SearchResults> out = new ArrayList<>();
    for (String q : List.of("", "montreal", "fresh girls", "l'heure", "recruitment fee", "\"new in town\"", "nouvelle")) {
      out.add(f.store.search().search(f.reviewer, f.caseId, SearchRequest.text(q).page(0, 50)));
      out.add(f.store.search().search(f.reviewer, f.caseId, SearchRequest.text(q).newestFirst().withNetworks(List.of("N1", "N2"))));
    }
    return out;
  }

  private static Map<String, Integer> counts(List<FacetCount> facet) {
    Map<String, Integer> m = new TreeMap<>();
    facet.forEach(c -> m.put(c.value(), c.count()));
    return m;
  }

  private static Map<String, Integer> count(Stream<String> values) {
    return new TreeMap<>(values.collect(Collectors.groupingBy(v -> v, Collectors.summingInt(v -> 1))));
  }
}
