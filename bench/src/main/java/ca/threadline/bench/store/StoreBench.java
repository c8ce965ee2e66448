package ca.threadline.bench.store;

import ca.threadline.core.selector.SelectorType;
import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.access.User;
import ca.threadline.store.document.DocumentInput;
import ca.threadline.store.ingest.IngestResult;
import ca.threadline.store.ingest.IngestRun;
import ca.threadline.store.link.Assignment;
import ca.threadline.store.link.LinkUpdate;
import ca.threadline.store.link.NetworkRepository;
import ca.threadline.store.search.SearchRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * End-to-end store benchmark (not a test): {@code ingest} stores generated ads with their
 * extraction and link assignments the way the pipeline will (batches of ingest, then link, then
 * one index catch-up) and reports the rate; {@code query} measures search and network-page
 * latency on the resulting store. Progress on stderr, one JSON line of results on stdout.
 *
 * <pre>
 * StoreBench ingest --home DIR --docs 100000 [--db jdbc:postgresql://...] [--batch 1000] [--seed 42]
 * StoreBench query  --home DIR [--db URL] [--searches 1000] [--pages 300] [--seed 42]
 * </pre>
 */
public final class StoreBench {
  private StoreBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: StoreBench ingest|query --home DIR [options]");
      System.exit(2);
    }
    Map<String, String> o = new HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    Path home = Path.of(o.getOrDefault("home", "bench-store-home"));
    StoreConfig config = StoreConfig.parse(home, o.get("db"));
    long seed = Long.parseLong(o.getOrDefault("seed", "42"));
    switch (args[0]) {
      case "ingest" -> ingest(config, Integer.parseInt(o.getOrDefault("docs", "100000")),
          Integer.parseInt(o.getOrDefault("batch", "1000")), seed);
      case "query" -> query(config, Integer.parseInt(o.getOrDefault("searches", "1000")),
          Integer.parseInt(o.getOrDefault("pages", "300")), seed);
      default -> {
        System.err.println("unknown mode " + args[0]);
        System.exit(2);
      }
    }
  }

  private static User admin(Store store) {
    return store.users().find("bench").orElseGet(() -> store.users().bootstrapAdmin("bench", "Benchmark", null));
  }

  private static long caseId(Store store, User admin) {
    return store.cases().idByName(admin, "bench").orElseGet(() -> store.cases().create(admin, "bench", null).id());
  }

  private static void ingest(StoreConfig config, int docs, int batch, long seed) throws IOException {
    long t0 = System.nanoTime();
    int added = 0;
    int unchanged = 0;
    try (Store store = Store.open(config)) {
      User admin = admin(store);
      long caseId = caseId(store, admin);
      BenchAds gen = new BenchAds(seed, Math.max(10, docs / 50));
      IngestRun run = store.ingest().begin(admin, caseId, "bench seed " + seed);
      long tIngest = 0;
      long tLink = 0;
      for (int done = 0; done < docs; done += batch) {
        int n = Math.min(batch, docs - done);
        List<DocumentInput> inputs = new ArrayList<>(n);
        List<Assignment> assignments = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          BenchAds.Ad ad = gen.next();
          inputs.add(ad.input());
          assignments.add(ad.assignment());
        }
        long a = System.nanoTime();
        IngestResult r = store.ingest().store(admin, run, inputs);
        long b = System.nanoTime();
        store.links().apply(admin, caseId, new LinkUpdate(assignments, null, null, null, null));
        tLink += System.nanoTime() - b;
        tIngest += b - a;
        added += r.added();
        unchanged += r.unchanged();
        if ((done / batch) % 20 == 0) {
          System.err.printf(Locale.ROOT, "ingest: %d/%d documents, %.0f s%n", done + n, docs, (System.nanoTime() - t0) / 1e9);
        }
      }
      store.ingest().finish(admin, run);
      long c = System.nanoTime();
      int indexed = store.flushIndex();
      long tIndex = System.nanoTime() - c;
      double total = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT,
          "{\"bench\":\"store.ingest\",\"backend\":\"%s\",\"documents\":%d,\"added\":%d,\"unchanged\":%d,\"indexed\":%d,"
              + "\"seconds\":%.1f,\"documents_per_s\":%.0f,\"db_s\":%.1f,\"link_s\":%.1f,\"index_s\":%.1f,"
              + "\"db_bytes\":%d,\"index_bytes\":%d}%n",
          store.backend().name().toLowerCase(Locale.ROOT), docs, added, unchanged, indexed, total, docs / total,
          tIngest / 1e9, tLink / 1e9, tIndex / 1e9, size(config.dbDirectory()), size(config.indexDirectory()));
    }
  }

  private static final String[] QUERIES = {"montreal", "fresh", "\"new in town\"", "l'heure", "recruitment fee",
      "toute jeune", "nouvelle gatineau", "discreet downtown", "toronto -fresh", "service impeccable", "housing provided",
      "quebec", "sherbrooke", "près de l'aéroport", "party friendly", ""};

  private static void query(StoreConfig config, int searches, int pages, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    long t0 = System.nanoTime();
    try (Store store = Store.open(config)) {
      double openSeconds = (System.nanoTime() - t0) / 1e9;
      User admin = admin(store);
      long caseId = caseId(store, admin);
      store.flushIndex();
      List<NetworkRepository.NetworkSize> networks = store.networks().list(admin, caseId, 1_000_000);
      Percentiles search = new Percentiles();
      Percentiles faceted = new Percentiles();
      Percentiles network = new Percentiles();
      Percentiles largest = new Percentiles();
      Percentiles selector = new Percentiles();
      long total = 0;
      for (int i = 0; i < searches + 50; i++) {
        SearchRequest r = SearchRequest.text(QUERIES[random.nextInt(QUERIES.length)]);
        boolean filtered = random.nextBoolean();
        if (filtered) {
          r = switch (random.nextInt(4)) {
            case 0 -> r.withCities(List.of(BenchAds.CITIES[random.nextInt(BenchAds.CITIES.length)]));
            case 1 -> r.withDates(Instant.parse("2023-06-01T00:00:00Z"), Instant.parse("2023-09-01T00:00:00Z"));
            case 2 -> r.withSelectorTypes(List.of(SelectorType.BTC));
            default -> r.withNetworks(List.of(networks.get(random.nextInt(Math.min(50, networks.size()))).key()));
          };
        }
        long a = System.nanoTime();
        total += store.search().search(admin, caseId, r).total();
        long d = System.nanoTime() - a;
        if (i >= 50) {
          (filtered ? faceted : search).add(d);
        }
      }
      for (int i = 0; i < pages + 20; i++) {
        boolean big = i % 2 == 0;
        NetworkRepository.NetworkSize n = big
            ? networks.get(random.nextInt(Math.min(20, networks.size())))
            : networks.get(random.nextInt(networks.size()));
        long a = System.nanoTime();
        var page = store.networks().page(admin, caseId, n.key(), 200);
        long d = System.nanoTime() - a;
        long b = System.nanoTime();
        String phone = page.tyingSelectors().isEmpty()
            ? page.selectors().stream().filter(s -> s.type().equals("phone")).findFirst().orElseThrow().key()
            : page.tyingSelectors().get(0);
        store.selectors().page(admin, caseId, phone, 200);
        long e = System.nanoTime() - b;
        if (i >= 20) {
          (big ? largest : network).add(d);
          selector.add(e);
        }
      }
      System.out.printf(Locale.ROOT, "{\"bench\":\"store.query\",\"backend\":\"%s\",\"open_s\":%.1f,\"documents\":%d,\"networks\":%d,"
              + "\"largest_network\":%d,%s,%s,%s,%s,%s,\"hits_seen\":%d}%n",
          store.backend().name().toLowerCase(Locale.ROOT), openSeconds,
          store.search().search(admin, caseId, SearchRequest.text("").page(0, 0)).total(),
          networks.size(), networks.get(0).documents(),
          search.json("search"), faceted.json("search_filtered"), network.json("network_page"),
          largest.json("network_page_top20"), selector.json("selector_page"), total);
    }
  }

  private static long size(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
