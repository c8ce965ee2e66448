package ca.threadline.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One analyst at the workbench, as a browser would act for them: signs in through the form (its
 * anti-forgery token, the session cookie renewed at sign-in), then until the deadline searches,
 * follows facets, opens documents, selectors and networks, loads the network page's data (graph,
 * timeline, circuit map) and now and then writes a note or a tag with the page's token. Every
 * request is timed and its status recorded (browsing lasts the plan's time from the user's own
 * sign-in, and at least {@code minSteps} steps); a write counts as acknowledged when the server
 * answers it with its 303 redirect.
 *
 * <p>Sessions are carried by hand (the {@code tl_session} cookie) so that all users can share one
 * {@link HttpClient} and its connection pool.
 */
final class VirtualUser implements Callable<VirtualUser.Measured> {
  /** What one user measured: every request, and those sent once all users had signed in. */
  record Measured(Map<String, RouteStats> all, Map<String, RouteStats> steady) {}

  static final String[] QUERIES = {"montreal", "fresh", "\"new in town\"", "l'heure", "recruitment fee", "toute jeune",
      "nouvelle gatineau", "discreet downtown", "toronto -fresh", "service impeccable", "housing provided", "quebec",
      "sherbrooke", "près de l'aéroport", "party friendly", "ottawa OR laval", ""};
  private static final Pattern SESSION = Pattern.compile("(?:^|;\\s*)tl_session=([^;]+)");
  private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern CASE_LINK = Pattern.compile("href=\"/cases/(\\d+)\"");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** Where the run goes and how it behaves, shared by every user. */
  record Plan(HttpClient http, URI base, Long caseId, long browseNanos, int minSteps, int thinkMs, String runId,
      WriteLedger ledger, AtomicLong requests, SteadyState steady) {}

  private final Plan plan;
  private final Account account;
  private final SplittableRandom random;
  private final Map<String, RouteStats> stats = new HashMap<>();
  private final Map<String, RouteStats> steadyStats = new HashMap<>();
  private String session;
  private String csrf;
  private String caseBase;
  private List<String> documents = List.of();
  private List<String> selectors = List.of();
  private List<String> networks = List.of();
  private List<String> searches = List.of();
  private PageLinks.NoteForm noteForm;
  private int written;
  private long deadline;

  VirtualUser(Plan plan, Account account, long seed) {
    this.plan = plan;
    this.account = account;
    this.random = new SplittableRandom(seed);
  }

  @Override
  public Measured call() throws InterruptedException {
    browseAll();
    return new Measured(stats, steadyStats);
  }

  private void browseAll() throws InterruptedException {
    if (!signIn()) {
      return;
    }
    plan.steady().signedIn();
    // Browsing time starts once signed in: a slow sign-in burst does not eat the run.
    deadline = System.nanoTime() + plan.browseNanos();
    if (plan.caseId() != null) {
      caseBase = "/cases/" + plan.caseId();
    } else {
      String cases = get("cases", "/cases");
      Matcher m = cases == null ? null : CASE_LINK.matcher(cases);
      if (m == null || !m.find()) {
        return;
      }
      caseBase = "/cases/" + m.group(1);
    }
    browse(get("case", caseBase));
    for (int steps = 0; steps < plan.minSteps() || System.nanoTime() < deadline; steps++) {
      step(Action.pick(random.nextInt(100)));
      think();
    }
  }

  private void step(Action a) {
    switch (a) {
      case SEARCH -> browse(get(a.route(), caseBase + "/search?q=" + enc(QUERIES[random.nextInt(QUERIES.length)])));
      case SEARCH_FACET -> {
        if (searches.isEmpty()) {
          step(Action.SEARCH);
        } else {
          browse(get(a.route(), pick(searches)));
        }
      }
      case DOCUMENT -> follow(a, documents);
      case SELECTOR -> follow(a, selectors);
      case NETWORK -> follow(a, networks);
      case GRAPH, TIMELINE, CIRCUIT -> {
        if (networks.isEmpty()) {
          step(Action.CASE);
        } else {
          // /cases/{id}/networks/{key} -> /cases/{id}/api/networks/{key}/{graph|timeline|circuit}
          String n = pick(networks);
          get(a.route(), n.replace("/networks/", "/api/networks/") + "/" + a.route());
        }
      }
      case CASE -> browse(get(a.route(), caseBase));
      case NOTE, TAG -> {
        if (noteForm == null || csrf == null) {
          follow(Action.DOCUMENT, documents);
        } else {
          write(a);
        }
      }
    }
  }

  private void follow(Action a, List<String> links) {
    browse(get(a.route(), links.isEmpty() ? caseBase : pick(links)));
  }

  /** Takes the links, token and note form of a page the user just read. */
  private void browse(String html) {
    if (html == null) {
      return;
    }
    PageLinks p = PageLinks.of(html);
    documents = p.documents().isEmpty() ? documents : p.documents();
    selectors = p.selectors().isEmpty() ? selectors : p.selectors();
    networks = p.networks().isEmpty() ? networks : p.networks();
    searches = p.searches().isEmpty() ? searches : p.searches();
    csrf = p.csrf() == null ? csrf : p.csrf();
    noteForm = p.noteForm() == null ? noteForm : p.noteForm();
  }

  private void write(Action a) {
    PageLinks.NoteForm f = noteForm;
    int n = ++written;
    String text = a == Action.NOTE
        ? "Load run " + plan.runId() + ", " + account.name() + ", note " + n + ": seen again, to check with the team."
        : "load-" + account.name() + "-" + (n % 4);
    String field = a == Action.NOTE ? "body" : "tag";
    String form = "_csrf=" + enc(csrf) + "&entityType=" + enc(f.entityType()) + "&entityKey=" + enc(f.entityKey())
        + "&" + field + "=" + enc(text) + (f.returnPath() == null ? "" : "&return=" + enc(f.returnPath()));
    HttpRequest req = request(caseBase + (a == Action.NOTE ? "/notes" : "/tags"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Origin", origin())
        .header("Sec-Fetch-Site", "same-origin")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    if (send(a.route(), req, 303) != null) {
      plan.ledger().acknowledged(new AckedWrite(account.name(), a == Action.NOTE ? "note" : "tag", f.entityType(), f.entityKey(), text));
    }
  }

  private boolean signIn() {
    HttpResponse<String> form = exchange("login_form", request("/login").GET().build(), 200);
    if (form == null) {
      return false;
    }
    takeSession(form);
    Matcher m = LOGIN_CSRF.matcher(form.body());
    if (!m.find()) {
      record("login_form", System.nanoTime(), 0, "no_form", false);
      return false;
    }
    String body = "_csrf=" + enc(PageLinks.unescape(m.group(1))) + "&username=" + enc(account.name()) + "&password=" + enc(account.password());
    HttpResponse<String> r = exchange("sign_in", request("/login")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Origin", origin())
        .header("Sec-Fetch-Site", "same-origin")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), 303);
    if (r == null) {
      return false;
    }
    takeSession(r);
    return true;
  }

  private void takeSession(HttpResponse<?> r) {
    for (String c : r.headers().allValues("set-cookie")) {
      Matcher m = SESSION.matcher(c);
      if (m.find() && !m.group(1).isEmpty()) {
        session = m.group(1);
      }
    }
  }

  private String get(String route, String path) {
    HttpResponse<String> r = exchange(route, request(path).GET().build(), 200);
    return r == null ? null : r.body();
  }

  private String send(String route, HttpRequest req, int expected) {
    HttpResponse<String> r = exchange(route, req, expected);
    return r == null ? null : r.body();
  }

  /** Sends, times and records one request; {@code null} unless it got the expected status. */
  private HttpResponse<String> exchange(String route, HttpRequest req, int expected) {
    long t = System.nanoTime();
    try {
      HttpResponse<String> r = plan.http().send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      boolean ok = r.statusCode() == expected;
      record(route, t, System.nanoTime() - t, Integer.toString(r.statusCode()), ok);
      return ok ? r : null;
    } catch (HttpTimeoutException e) {
      record(route, t, System.nanoTime() - t, "timeout", false);
    } catch (IOException e) {
      record(route, t, System.nanoTime() - t, "io_error", false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      record(route, t, System.nanoTime() - t, "interrupted", false);
    }
    return null;
  }

  private void record(String route, long start, long nanos, String outcome, boolean ok) {
    stats.computeIfAbsent(route, k -> new RouteStats()).add(nanos, outcome, ok);
    if (plan.steady().covers(start)) {
      steadyStats.computeIfAbsent(route, k -> new RouteStats()).add(nanos, outcome, ok);
    }
    plan.requests().incrementAndGet();
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(plan.base().resolve(path)).timeout(TIMEOUT);
    if (session != null) {
      b.header("Cookie", "tl_session=" + session);
    }
    return b;
  }

  private String origin() {
    URI b = plan.base();
    return b.getScheme() + "://" + b.getHost() + (b.getPort() < 0 ? "" : ":" + b.getPort());
  }

  private void think() throws InterruptedException {
    if (plan.thinkMs() <= 0) {
      return;
    }
    long ms = random.nextLong(2L * plan.thinkMs() + 1);
    long left = (deadline - System.nanoTime()) / 1_000_000;
    if (left > 0) {
      Thread.sleep(Math.min(ms, left));
    }
  }

  private String pick(List<String> links) {
    return links.get(random.nextInt(links.size()));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
