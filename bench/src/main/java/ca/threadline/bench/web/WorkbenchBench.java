package ca.threadline.bench.web;

import ca.threadline.app.web.Workbench;
import ca.threadline.app.web.auth.PasswordHasher;
import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.access.User;
import ca.threadline.store.link.NetworkRepository;
import ca.threadline.store.search.FacetCount;
import ca.threadline.store.search.SearchRequest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP-level latency of the workbench on a store built by {@code StoreBench ingest} (user and case
 * "bench"): the whole request as a browser makes it over loopback — session and CSRF filter,
 * membership check and audit in the store, the query, the jte page rendered and sent.
 *
 * <pre>
 *   java -cp 'bench/target/classes:bench/target/lib/*' ca.threadline.bench.web.WorkbenchBench \
 *     --home /tmp/sb1m --searches 500 --pages 300
 * </pre>
 *
 * Measures: the search page (a query from StoreBench's sixteen, half of them with a facet filter:
 * a city, a month, a selector type or one of the 50 largest networks), the network page (half from
 * the 20 largest networks, half from all) and the network graph's data (its strong selectors'
 * neighbourhoods). One request at a time; prints one JSON line with nearest-rank percentiles.
 */
public final class WorkbenchBench {
  private static final String[] QUERIES = {"montreal", "fresh", "\"new in town\"", "l'heure", "recruitment fee",
      "toute jeune", "nouvelle gatineau", "discreet downtown", "toronto -fresh", "service impeccable", "housing provided",
      "quebec", "sherbrooke", "près de l'aéroport", "party friendly", ""};
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private WorkbenchBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    Path home = Path.of(o.getOrDefault("home", "/tmp/sb100k"));
    int searches = Integer.parseInt(o.getOrDefault("searches", "500"));
    int pages = Integer.parseInt(o.getOrDefault("pages", "300"));
    System.setProperty("java.awt.headless", "true");
    try (Store store = Store.open(StoreConfig.embedded(home))) {
      User bench = store.users().find("bench").orElseThrow(() -> new IllegalStateException("run StoreBench ingest first"));
      String password = "workbench-bench-password";
      store.users().setPasswordHash(bench, bench.id(), PasswordHasher.standard().hash(password));
      long caseId = store.cases().idByName(bench, "bench").orElseThrow();
      store.flushIndex();
      List<NetworkRepository.NetworkSize> networks = store.networks().list(bench, caseId, 1_000_000);
      SearchRequest all = SearchRequest.text("").page(0, 0);
      List<FacetCount> cities = store.search().search(bench, caseId, all).facet("city");
      List<FacetCount> months = store.search().search(bench, caseId, all).facet("month");
      try (Workbench w = Workbench.start(Workbench.services(store, home, Clock.systemUTC(), false), "127.0.0.1", 0)) {
        Client c = new Client("http://127.0.0.1:" + w.port());
        c.signIn("bench", password);
        SplittableRandom random = new SplittableRandom(7);
        String base = "/cases/" + caseId;
        long[] search = new long[searches];
        long[] faceted = new long[searches];
        int ns = 0;
        int nf = 0;
        for (int i = 0; i < searches * 2 + 40; i++) {
          String q = "?q=" + enc(QUERIES[random.nextInt(QUERIES.length)]);
          boolean filtered = random.nextBoolean();
          if (filtered) {
            q += switch (random.nextInt(4)) {
              case 0 -> "&city=" + enc(cities.get(random.nextInt(cities.size())).value());
              case 1 -> "&month=" + enc(months.get(random.nextInt(months.size())).value());
              case 2 -> "&type=btc";
              default -> "&network=" + enc(networks.get(random.nextInt(Math.min(50, networks.size()))).key());
            };
          }
          long t = c.time(base + "/search" + q);
          if (i < 40) {
            continue;
          }
          if (filtered && nf < searches) {
            faceted[nf++] = t;
          } else if (!filtered && ns < searches) {
            search[ns++] = t;
          }
        }
        long[] any = new long[pages / 2];
        long[] top = new long[pages - pages / 2];
        long[] graph = new long[Math.max(1, pages / 5)];
        int na = 0;
        int nt = 0;
        int ng = 0;
        for (int i = 0; i < pages + 20; i++) {
          boolean big = i % 2 == 0;
          String key = (big ? networks.get(random.nextInt(Math.min(20, networks.size())))
              : networks.get(random.nextInt(networks.size()))).key();
          long t = c.time(base + "/networks/" + enc(key));
          if (i < 20) {
            continue;
          }
          if (big && nt < top.length) {
            top[nt++] = t;
          } else if (!big && na < any.length) {
            any[na++] = t;
          }
          if (i % 5 == 0 && ng < graph.length) {
            graph[ng++] = c.time(base + "/api/networks/" + enc(key) + "/graph");
          }
        }
        System.out.printf(Locale.ROOT, "{\"bench\":\"workbench.http\",\"documents\":%d,\"networks\":%d,%s,%s,%s,%s,%s}%n",
            store.search().search(bench, caseId, all).total(), networks.size(),
            json("search_page", Arrays.copyOf(search, ns)), json("search_page_filtered", Arrays.copyOf(faceted, nf)),
            json("network_page", Arrays.copyOf(any, na)), json("network_page_top20", Arrays.copyOf(top, nt)),
            json("network_graph_json", Arrays.copyOf(graph, ng)));
      }
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String json(String name, long[] samples) {
    long[] s = samples.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "\"%s\":{\"n\":%d,\"p50_ms\":%.1f,\"p95_ms\":%.1f,\"p99_ms\":%.1f,\"max_ms\":%.1f}",
        name, s.length, rank(s, 0.50), rank(s, 0.95), rank(s, 0.99), s.length == 0 ? 0 : s[s.length - 1] / 1e6);
  }

  private static double rank(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  /** A browser-like client: cookies, the sign-in form with its CSRF token. */
  private static final class Client {
    final String base;
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();

    Client(String base) {
      this.base = base;
    }

    void signIn(String user, String password) throws IOException, InterruptedException {
      String form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
      Matcher m = CSRF.matcher(form);
      if (!m.find()) {
        throw new IllegalStateException("no sign-in form");
      }
      String body = "_csrf=" + enc(m.group(1)) + "&username=" + enc(user) + "&password=" + enc(password);
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
          .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 303) {
        throw new IllegalStateException("sign-in failed: " + r.statusCode());
      }
    }

    /** Nanoseconds for the whole response (status 200 required). */
    long time(String path) throws IOException, InterruptedException {
      long t = System.nanoTime();
      HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
      long d = System.nanoTime() - t;
      if (r.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + r.statusCode());
      }
      return d;
    }
  }
}
