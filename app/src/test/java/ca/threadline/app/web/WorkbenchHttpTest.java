package ca.threadline.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.store.audit.AuditEntry;
import ca.threadline.store.selector.SelectorCount;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench over HTTP on loopback (JDK HttpClient, no browser): every route refuses a user
 * outside the case with no data in the answer; CSRF, headers, cookies, sign-in throttling,
 * roles, images and hostile text. One server and one store for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchHttpTest {
  @TempDir static Path home;
  CaseFixture f;
  Workbench server;
  int port;

  @BeforeAll
  void start() throws IOException {
    System.setProperty("java.awt.headless", "true");
    f = new CaseFixture(home);
    server = Workbench.start(Workbench.services(f.store, f.home, Clock.systemUTC(), false), "127.0.0.1", 0);
    port = server.port();
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
    if (f != null) {
      f.close();
    }
  }

  private WebClient as(String user) {
    WebClient c = new WebClient(port);
    HttpResponse<String> r = c.signIn(user, CaseFixture.PASSWORD);
    assertThat(r.statusCode()).as("sign-in of " + user).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).contains("/cases");
    c.get("/cases");
    return c;
  }

  /** Things of the case that no outsider may see in any answer. */
  private List<String> secrets() {
    List<String> s = new ArrayList<>(List.of("Operation Nord", "N1-", f.phoneOfFirstNetwork.substring(6), "514-555-0142",
        f.imageSha256, "Inès", "Rémi"));
    return s;
  }

  /** Each route with its parameters filled in for this fixture; the form a POST sends. */
  private record Call(String method, String path, Map<String, String> form) {}

  private List<Call> calls(String btcAddress) {
    List<Call> calls = new ArrayList<>();
    for (Workbench.Route r : server.routes()) {
      String p = r.path()
          .replace("{case}", Long.toString(f.caseId))
          .replace("{doc}", Long.toString(f.documentWithImage))
          .replace("{sha}", f.imageSha256)
          .replace("{net}", "N1")
          .replace("{user}", Long.toString(f.reviewer.id()))
          .replace("{alert}", "1");
      assertThat(p).as("a route parameter this test does not know: " + r.path()).doesNotContain("{");
      if (p.endsWith("/selector")) {
        p += "?key=" + WebClient.enc(f.phoneOfFirstNetwork);
      } else if (p.endsWith("/wallet") || p.endsWith("/api/wallet/flows")) {
        p += "?address=" + WebClient.enc(btcAddress);
      } else if (p.endsWith("/api/graph/expand")) {
        p += "?node=" + WebClient.enc("sel:" + f.phoneOfFirstNetwork);
      } else if (p.endsWith("/api/graph/path")) {
        p += "?from=" + WebClient.enc("sel:" + f.phoneOfFirstNetwork) + "&to=" + WebClient.enc("network:N1");
      }
      Map<String, String> form = new LinkedHashMap<>();
      if (r.method().equals("POST")) {
        form.put("entityType", "network");
        form.put("entityKey", "N1");
        form.put("body", "a note");
        form.put("tag", "priority");
        form.put("user", "remi");
        form.put("role", "reviewer");
        form.put("name", "Fresh case " + calls.size());
        form.put("lang", "fr");
      }
      calls.add(new Call(r.method(), p, form));
    }
    return calls;
  }

  private String btcAddress() {
    List<SelectorCount> btc = f.store.selectors().top(f.admin, f.caseId, "btc", 1);
    return btc.isEmpty() ? "bc1qnotinthecase" : btc.get(0).value();
  }

  @Test
  void everyRouteGivesAnOutsiderNoDataOfTheCase() {
    String btc = btcAddress();
    List<Call> calls = calls(btc);
    assertThat(calls).hasSizeGreaterThan(25);
    WebClient otto = as("otto");
    int caseRoutes = 0;
    for (Call c : calls) {
      if (c.method().equals("POST") && (c.path().equals("/logout") || c.path().equals("/login"))) {
        continue;
      }
      HttpResponse<String> r = c.method().equals("GET") ? otto.get(c.path()) : otto.post(c.path(), c.form());
      String what = c.method() + " " + c.path();
      for (String secret : secrets()) {
        if (!c.path().contains(secret)) {
          assertThat(r.body()).as(what + " leaks " + secret).doesNotContain(secret);
        }
      }
      String location = r.headers().firstValue("Location").orElse("");
      assertThat(location.equals("/cases/" + f.caseId) || location.startsWith("/cases/" + f.caseId + "/")).as(what).isFalse();
      if (c.path().startsWith("/cases/" + f.caseId)) {
        caseRoutes++;
        assertThat(r.statusCode()).as(what).isEqualTo(404);
      }
    }
    assertThat(caseRoutes).isGreaterThan(20);
    // The same routes work for a member, so the refusals above are about membership, not broken routes.
    WebClient ines = as("ines");
    for (Call c : calls) {
      if (!c.method().equals("GET") || !c.path().startsWith("/cases/" + f.caseId)) {
        continue;
      }
      HttpResponse<String> r = ines.get(c.path());
      String what = "member GET " + c.path();
      if (c.path().endsWith("/original")) {
        assertThat(r.statusCode()).as(what + " (not revealed)").isEqualTo(403);
      } else if (c.path().contains("/audit")) {
        assertThat(r.statusCode()).as(what + " (case admins only)").isEqualTo(403);
      } else if (c.path().contains("wallet") && btc.equals("bc1qnotinthecase")) {
        assertThat(r.statusCode()).as(what).isEqualTo(404);
      } else {
        assertThat(r.statusCode()).as(what).isEqualTo(200);
      }
    }
    // A case that does not exist answers exactly like a case one is not in.
    HttpResponse<String> missing = otto.get("/cases/999999");
    HttpResponse<String> foreign = otto.get("/cases/" + f.caseId);
    assertThat(missing.statusCode()).isEqualTo(foreign.statusCode()).isEqualTo(404);
    // Same page but for the path it echoes (the language switch comes back to it).
    assertThat(missing.body().replace("/cases/999999", "/cases/X")).isEqualTo(foreign.body().replace("/cases/" + f.caseId, "/cases/X"));
    // The outsider's own case list shows only the outsider's case.
    assertThat(otto.get("/cases").body()).contains("Operation Sud").doesNotContain("Operation Nord");
    assertThat(ines.get("/cases/" + f.otherCaseId).statusCode()).isEqualTo(404);
    assertThat(ines.get("/cases/" + f.otherCaseId + "/documents/" + f.otherCaseDocument).body())
        .doesNotContain("SECRET-OTHER-CASE");
    // And the store audited the outsider's refusals.
    List<AuditEntry> denied = f.store.audit().all(f.admin, 0, 1000).stream()
        .filter(e -> "otto".equals(e.userName()) && e.outcome().equals("denied")).toList();
    assertThat(denied).hasSizeGreaterThanOrEqualTo(caseRoutes);
  }

  @Test
  void signedOutRequestsGetNothing() {
    WebClient anon = new WebClient(port);
    for (Call c : calls(btcAddress())) {
      HttpResponse<String> r = c.method().equals("GET") ? anon.get(c.path()) : anon.postRaw(c.path(), c.form(), Map.of());
      String what = c.method() + " " + c.path();
      for (String secret : secrets()) {
        if (!c.path().contains(secret)) {
          assertThat(r.body()).as(what).doesNotContain(secret);
        }
      }
      if (c.path().equals("/login")) {
        continue;
      }
      if (c.method().equals("GET") && !c.path().contains("/api/")) {
        assertThat(r.statusCode()).as(what).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).as(what).contains("/login");
      } else {
        assertThat(r.statusCode()).as(what).isIn(401, 403);
      }
    }
  }

  @Test
  void stateChangingRequestsNeedTheSessionsTokenAndTheSameOrigin() {
    WebClient ines = as("ines");
    String notes = "/cases/" + f.caseId + "/notes";
    Map<String, String> note = Map.of("entityType", "network", "entityKey", "N2", "body", "csrf check", "return", "/cases/" + f.caseId);
    assertThat(ines.postRaw(notes, note, Map.of()).statusCode()).as("no token").isEqualTo(403);
    Map<String, String> wrong = new LinkedHashMap<>(note);
    wrong.put("_csrf", "A".repeat(43));
    assertThat(ines.postRaw(notes, wrong, Map.of()).statusCode()).as("wrong token").isEqualTo(403);
    Map<String, String> right = new LinkedHashMap<>(note);
    right.put("_csrf", ines.csrf);
    assertThat(ines.postRaw(notes, right, Map.of("Origin", "https://evil.example")).statusCode()).as("foreign origin").isEqualTo(403);
    assertThat(ines.postRaw(notes, right, Map.of("Sec-Fetch-Site", "cross-site")).statusCode()).as("cross-site").isEqualTo(403);
    // Another user's token does not work either.
    WebClient remi = as("remi");
    Map<String, String> other = new LinkedHashMap<>(note);
    other.put("_csrf", remi.csrf);
    assertThat(ines.postRaw(notes, other, Map.of()).statusCode()).as("another session's token").isEqualTo(403);
    assertThat(f.store.notes().notes(f.admin, f.caseId, null)).noneMatch(n -> n.body().equals("csrf check"));
    // With the token, from the same origin, it works.
    HttpResponse<String> ok = ines.postRaw(notes, right, Map.of("Origin", ines.base, "Sec-Fetch-Site", "same-origin"));
    assertThat(ok.statusCode()).isEqualTo(303);
    assertThat(f.store.notes().notes(f.admin, f.caseId, null)).anyMatch(n -> n.body().equals("csrf check"));
    // The sign-in form is protected too (login CSRF).
    WebClient fresh = new WebClient(port);
    fresh.get("/login");
    assertThat(fresh.postRaw("/login", Map.of("username", "ines", "password", CaseFixture.PASSWORD), Map.of()).statusCode())
        .isEqualTo(403);
  }

  @Test
  void securityHeadersOnPagesDataAndStaticFiles() {
    WebClient ines = as("ines");
    for (String path : List.of("/cases", "/cases/" + f.caseId + "/api/networks/N1/timeline", "/static/js/app.js",
        "/static/css/app.css", "/login", "/cases/999999", "/no/such/page")) {
      HttpResponse<String> r = ines.get(path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).as(path).contains("script-src 'self'").contains("default-src 'none'").contains("frame-ancestors 'none'")
          .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
      assertThat(r.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
      assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
      assertThat(r.headers().firstValue("Server")).as(path).isEmpty();
    }
    assertThat(ines.get("/cases").headers().firstValue("Cache-Control")).contains("no-store");
    HttpResponse<String> cy = ines.get(ca.threadline.app.web.view.Assets.CYTOSCAPE);
    assertThat(cy.statusCode()).isEqualTo(200);
    assertThat(cy.body()).contains("cytoscape");
    HttpResponse<String> map = ines.get("/static/map/canada-provinces.geojson");
    assertThat(map.statusCode()).isEqualTo(200);
    assertThat(map.body()).contains("\"code\":\"QC\"").contains("\"code\":\"NU\"");
  }

  @Test
  void sessionCookieIsHttpOnlyStrictAndRenewedAtSignIn() throws IOException {
    WebClient c = new WebClient(port);
    HttpResponse<String> form = c.get("/login");
    String before = c.sessionCookie();
    assertThat(form.headers().allValues("Set-Cookie")).anySatisfy(v ->
        assertThat(v).startsWith("tl_session=").contains("HttpOnly").contains("SameSite=Strict").contains("Path=/")
            .doesNotContain("Secure"));
    HttpResponse<String> in = c.post("/login", Map.of("username", "ines", "password", CaseFixture.PASSWORD));
    assertThat(in.statusCode()).isEqualTo(303);
    assertThat(c.sessionCookie()).isNotEqualTo(before);
    // The pre-sign-in id is dead: a fixation attempt gets nothing.
    WebClient attacker = new WebClient(port);
    attacker.cookies.getCookieStore().add(URI.create(attacker.base), cookie(before));
    assertThat(attacker.get("/cases").statusCode()).isEqualTo(303);
    // Behind TLS (or told so), cookies are Secure.
    try (Workbench secure = Workbench.start(Workbench.services(f.store, f.home, Clock.systemUTC(), true), "127.0.0.1", 0)) {
      HttpResponse<String> r = new WebClient(secure.port()).get("/login");
      assertThat(r.headers().allValues("Set-Cookie")).anySatisfy(v -> assertThat(v).contains("Secure").contains("HttpOnly"));
    }
  }

  private static java.net.HttpCookie cookie(String value) {
    java.net.HttpCookie c = new java.net.HttpCookie("tl_session", value);
    c.setPath("/");
    c.setVersion(0);
    return c;
  }

  @Test
  void signInIsThrottledAndEveryAttemptAudited() {
    WebClient c = new WebClient(port);
    c.get("/login");
    HttpResponse<String> unknown = c.post("/login", Map.of("username", "nobody", "password", "whatever-it-is"));
    HttpResponse<String> wrong = c.post("/login", Map.of("username", "admin", "password", "whatever-it-is"));
    assertThat(unknown.statusCode()).isEqualTo(wrong.statusCode()).isEqualTo(401);
    assertThat(unknown.body()).contains("Wrong user name or password.");
    assertThat(wrong.body()).contains("Wrong user name or password.");
    for (int i = 0; i < 4; i++) {
      c.post("/login", Map.of("username", "admin", "password", "guess-" + i));
    }
    HttpResponse<String> locked = c.post("/login", Map.of("username", "admin", "password", CaseFixture.PASSWORD));
    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(locked.headers().firstValue("Retry-After")).isPresent();
    List<AuditEntry> log = f.store.audit().all(f.admin, 0, 1000);
    assertThat(log).anyMatch(e -> e.action().equals("auth.throttled") && "admin".equals(e.entityKey()));
    assertThat(log).anyMatch(e -> e.action().equals("auth.sign_in") && e.outcome().equals("denied") && "nobody".equals(e.entityKey()));
    assertThat(log).filteredOn(e -> e.action().equals("auth.sign_in") && e.outcome().equals("denied") && "admin".equals(e.entityKey()))
        .hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void reviewersReadButCannotWrite() {
    WebClient remi = as("remi");
    String network = "/cases/" + f.caseId + "/networks/N1";
    HttpResponse<String> page = remi.get(network);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"read-only\"").doesNotContain("id=\"note-form\"").doesNotContain("id=\"tag-form\"");
    HttpResponse<String> note = remi.post("/cases/" + f.caseId + "/notes",
        Map.of("entityType", "network", "entityKey", "N1", "body", "reviewer note", "return", network));
    assertThat(note.statusCode()).isEqualTo(403);
    assertThat(remi.post("/cases/" + f.caseId + "/tags", Map.of("entityType", "network", "entityKey", "N1", "tag", "x"))
        .statusCode()).isEqualTo(403);
    assertThat(remi.post("/cases/" + f.caseId + "/members", Map.of("user", "remi", "role", "admin")).statusCode()).isEqualTo(403);
    assertThat(f.store.notes().notes(f.admin, f.caseId, null)).noneMatch(n -> n.body().equals("reviewer note"));
    // An investigator can.
    WebClient ines = as("ines");
    assertThat(ines.get(network).body()).contains("id=\"note-form\"");
    assertThat(ines.post("/cases/" + f.caseId + "/tags", Map.of("entityType", "network", "entityKey", "N1", "tag", "priority",
        "return", network)).statusCode()).isEqualTo(303);
  }

  @Test
  void imagesAreBlurredUntilAnAuditedRevealAndScriptsInImagesNeverRender() throws IOException {
    WebClient ines = as("ines");
    String img = "/cases/" + f.caseId + "/documents/" + f.documentWithImage + "/images/" + f.imageSha256;
    HttpResponse<byte[]> blurred = ines.getBytes(img);
    assertThat(blurred.statusCode()).isEqualTo(200);
    assertThat(blurred.headers().firstValue("Content-Type")).contains("image/png");
    BufferedImage b = ImageIO.read(new ByteArrayInputStream(blurred.body()));
    BufferedImage original = ImageIO.read(new ByteArrayInputStream(CaseFixture.face()));
    assertThat(edgeEnergy(b)).as("the blurred rendition keeps no sharp edge").isLessThan(edgeEnergy(original) / 10);
    assertThat(ines.getBytes(img + "/original").statusCode()).as("no original before the reveal").isEqualTo(403);
    // A GET cannot reveal (no cross-site <img> trick), only the form's POST can.
    assertThat(ines.get(img + "/reveal").body()).contains("id=\"reveal-form\"");
    assertThat(ines.post(img + "/reveal", Map.of()).statusCode()).isEqualTo(303);
    HttpResponse<byte[]> revealed = ines.getBytes(img + "/original");
    assertThat(revealed.statusCode()).isEqualTo(200);
    BufferedImage r = ImageIO.read(new ByteArrayInputStream(revealed.body()));
    assertThat(r.getWidth()).isEqualTo(original.getWidth());
    assertThat(edgeEnergy(r)).isGreaterThan(edgeEnergy(original) / 2);
    assertThat(f.store.audit().ofCase(f.admin, f.caseId, 0, 1000))
        .anyMatch(e -> e.action().equals("image.reveal") && e.userName().equals("ines") && f.imageSha256.equals(e.entityKey()));
    // The reveal is per session: another session of the same user still sees it blurred.
    assertThat(as("ines").getBytes(img + "/original").statusCode()).isEqualTo(403);
    // An SVG "image" is never served (neither blurred nor revealed): its script cannot run.
    String svg = "/cases/" + f.caseId + "/documents/" + f.documentWithImage + "/images/" + f.svgSha256;
    assertThat(ines.getBytes(svg).statusCode()).isEqualTo(404);
    ines.post(svg + "/reveal", Map.of());
    HttpResponse<byte[]> svgOriginal = ines.getBytes(svg + "/original");
    assertThat(svgOriginal.statusCode()).isEqualTo(404);
    assertThat(new String(svgOriginal.body(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("<svg");
  }

  /** Mean absolute difference between horizontal neighbours (per pixel, RGB summed): high for sharp images. */
  static double edgeEnergy(BufferedImage img) {
    double sum = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 1; x < img.getWidth(); x++) {
        int a = img.getRGB(x - 1, y);
        int c = img.getRGB(x, y);
        sum += Math.abs((a >> 16 & 255) - (c >> 16 & 255)) + Math.abs((a >> 8 & 255) - (c >> 8 & 255)) + Math.abs((a & 255) - (c & 255));
      }
    }
    return sum / ((img.getWidth() - 1.0) * img.getHeight());
  }

  @Test
  void hostileTextIsEscapedEverywhere() {
    WebClient ines = as("ines");
    List<String> pages = new ArrayList<>();
    for (long id : f.hostileIds) {
      pages.add("/cases/" + f.caseId + "/documents/" + id);
    }
    pages.add("/cases/" + f.caseId + "/networks/N1");
    pages.add("/cases/" + f.caseId + "/search?q=" + WebClient.enc("script img svg click"));
    pages.add("/cases/" + f.caseId + "/search?q=514");
    pages.add("/cases/" + f.caseId);
    for (String p : pages) {
      HttpResponse<String> r = ines.get(p);
      assertThat(r.statusCode()).as(p).isEqualTo(200);
      Inert.assertInert(r.body(), p);
    }
    String doc = ines.get("/cases/" + f.caseId + "/documents/" + f.hostileIds.get(0)).body();
    assertThat(doc).contains("&lt;script&gt;window.__pwned=&#39;script&#39;");
    String search = ines.get("/cases/" + f.caseId + "/search?q=script").body();
    assertThat(search).contains("<mark class=\"hit\">script</mark>");
  }

  @Test
  void graphExpandAndShortestPath() throws IOException {
    WebClient ines = as("ines");
    var json = Json.mapper();
    var graph = json.readTree(ines.get("/cases/" + f.caseId + "/api/networks/N2/graph").body());
    assertThat(graph.get("nodes").size()).isGreaterThan(CaseFixture.ADS_PER_OPERATOR);
    assertThat(graph.get("edges").size()).isGreaterThan(CaseFixture.ADS_PER_OPERATOR);
    assertThat(graph.toString()).contains("\"kind\":\"phone\"").contains("\"kind\":\"cluster\"");
    long doc = f.documentsByNetwork.get("N2").get(0);
    var expanded = json.readTree(ines.get("/cases/" + f.caseId + "/api/graph/expand?node=doc:" + doc).body());
    assertThat(expanded.toString()).contains("network:N2").contains("cluster:T2");
    long a = f.documentsByNetwork.get("N2").get(0);
    long b = f.documentsByNetwork.get("N2").get(5);
    var path = json.readTree(ines.get("/cases/" + f.caseId + "/api/graph/path?from=doc:" + a + "&to=doc:" + b).body());
    assertThat(path.get("found").asBoolean()).isTrue();
    // Two ads of one operator share its phone (or its template, or its network): two steps.
    assertThat(path.get("nodes").size()).isEqualTo(3);
    assertThat(path.get("nodes").get(0).get("data").get("id").asText()).isEqualTo("doc:" + a);
    var none = json.readTree(ines.get("/cases/" + f.caseId + "/api/graph/path?from=doc:" + a + "&to=doc:" + f.otherCaseDocument).body());
    assertThat(ines.get("/cases/" + f.caseId + "/api/graph/path?from=doc:" + a + "&to=doc:" + f.otherCaseDocument).statusCode())
        .isEqualTo(404);
    assertThat(none.toString()).doesNotContain("SECRET");
    assertThat(ines.get("/cases/" + f.caseId + "/api/graph/expand?node=bogus").statusCode()).isEqualTo(400);
  }

  @Test
  void disabledUsersLoseTheirSessionAtOnce() {
    WebClient c = new WebClient(port);
    f.store.users().create(f.admin, "dana", "Dana", ca.threadline.store.access.Role.INVESTIGATOR,
        new ca.threadline.app.web.auth.PasswordHasher(1024, 1, 1).hash(CaseFixture.PASSWORD));
    assertThat(c.signIn("dana", CaseFixture.PASSWORD).statusCode()).isEqualTo(303);
    assertThat(c.get("/cases").statusCode()).isEqualTo(200);
    long id = f.store.users().find("dana").orElseThrow().id();
    f.store.users().setDisabled(f.admin, id, true);
    assertThat(c.get("/cases").statusCode()).isEqualTo(303);
    assertThat(c.signIn("dana", CaseFixture.PASSWORD).statusCode()).isEqualTo(401);
  }

  @Test
  void alertsShowNewMaterialOnKnownSelectorsAndInvestigatorsAcknowledgeThem() {
    var alerts = f.store.alerts().list(f.admin, f.caseId, true, 10);
    assertThat(alerts).singleElement().satisfies(a -> assertThat(a.selectorKey()).isEqualTo(f.phoneOfFirstNetwork));
    long id = alerts.get(0).id();
    String page = as("remi").get("/cases/" + f.caseId).body();
    assertThat(page).contains("class=\"alert\"").contains(f.phoneOfFirstNetwork.substring(6))
        .doesNotContain("/alerts/" + id + "/ack");
    assertThat(as("remi").post("/cases/" + f.caseId + "/alerts/" + id + "/ack", Map.of()).statusCode()).isEqualTo(403);
    WebClient ines = as("ines");
    assertThat(ines.get("/cases/" + f.caseId).body()).contains("/alerts/" + id + "/ack");
    assertThat(ines.post("/cases/" + f.caseId + "/alerts/" + id + "/ack", Map.of()).statusCode()).isEqualTo(303);
    assertThat(ines.get("/cases/" + f.caseId).body()).doesNotContain("class=\"alert\"");
  }

  @Test
  void adminPageIsForInstallationAdminsOnly() {
    assertThat(as("ines").get("/admin").statusCode()).isEqualTo(403);
    HttpResponse<String> admin = as("admin").get("/admin");
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.body()).contains("id=\"audit-log\"").contains("auth.sign_in").contains("id=\"user-list\"");
  }

  @Test
  void frenchAndEnglish() {
    WebClient c = as("ines");
    assertThat(c.get("/cases/" + f.caseId + "/search").body()).contains(">Search</h1>");
    HttpResponse<String> switched = c.post("/lang", Map.of("lang", "fr", "return", "/cases/" + f.caseId + "/search"));
    assertThat(switched.statusCode()).isEqualTo(303);
    assertThat(switched.headers().firstValue("Location")).contains("/cases/" + f.caseId + "/search");
    assertThat(c.get("/cases/" + f.caseId + "/search").body()).contains(">Recherche</h1>").contains("lang=\"fr\"");
    // An open redirect through the switch is refused.
    assertThat(c.post("/lang", Map.of("lang", "en", "return", "//evil.example/")).headers().firstValue("Location")).contains("/cases");
    HttpRequest accept = HttpRequest.newBuilder(URI.create(c.base + "/login")).header("Accept-Language", "fr-CA,fr;q=0.9").build();
    assertThat(new WebClient(port).send(accept).body()).contains("Connexion");
  }

  private String exportPath(String network, String file) {
    return "/cases/" + f.caseId + "/networks/" + network + "/export/" + file;
  }

  private static String sha256(byte[] b) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
  }

  private List<AuditEntry> audit() {
    return f.store.audit().all(f.admin, 0, 100_000);
  }

  @Test
  void networkExportsDownloadAndAreRecordedInTheAuditAndCustodyLogs() throws Exception {
    WebClient ines = as("ines");
    ines.get("/cases/" + f.caseId + "/networks/N1");
    long t0 = System.nanoTime();
    HttpResponse<byte[]> html = ines.postBytes(exportPath("N1", "dossier.html"), Map.of());
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(html.headers().firstValue("Content-Disposition").orElse("")).isEqualTo("attachment; filename=\"network-N1-dossier.html\"");
    assertThat(html.headers().firstValue("Content-Security-Policy").orElse("")).contains("sandbox").contains("default-src 'none'");
    String sha = html.headers().firstValue("X-Threadline-SHA256").orElseThrow();
    assertThat(sha256(html.body())).isEqualTo(sha);
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(new String(html.body(), java.nio.charset.StandardCharsets.UTF_8));
    System.out.printf("workbench dossier export of N1 (%d documents): %d ms, %d bytes%n", CaseFixture.ADS_PER_OPERATOR
        + CaseFixture.HOSTILE.size(), millis, html.body().length);
    assertThat(doc.select("h1").text()).isEqualTo("Network N1");
    assertThat(doc.text()).contains("Exhibits").contains("Evidence item SHA-256").contains("E-001").contains("Chain of custody");
    // Hostile ad text is text in the dossier, never markup; images are blurred data, nothing is fetched.
    assertThat(doc.select("script, iframe, object, embed, link, form")).isEmpty();
    assertThat(doc.select("[onerror], [onload]")).isEmpty();
    assertThat(doc.text()).contains("window.__pwned='script'");
    assertThat(doc.select("img")).isNotEmpty().allSatisfy(img -> assertThat(img.attr("src")).startsWith("data:image/png;base64,"));

    // Browsers ask for gzip: the download arrives whole, compressed (regression: a fixed Content-Length
    // with compression cut the stream short).
    HttpResponse<byte[]> gz = ines.http.send(HttpRequest.newBuilder(URI.create(ines.base + exportPath("N1", "dossier.html")))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Encoding", "gzip")
        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + WebClient.enc(ines.csrf))).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(gz.statusCode()).isEqualTo(200);
    byte[] unzipped = gz.headers().firstValue("Content-Encoding").orElse("").equals("gzip")
        ? new java.util.zip.GZIPInputStream(new ByteArrayInputStream(gz.body())).readAllBytes() : gz.body();
    assertThat(sha256(unzipped)).isEqualTo(gz.headers().firstValue("X-Threadline-SHA256").orElseThrow());

    HttpResponse<byte[]> csv = ines.postBytes(exportPath("N1", "documents.csv"), Map.of());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    String csvText = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csvText).startsWith("case,document,kind,posted_at,city,url,evidence_sha256");
    // Spreadsheet formulas are neutralised (OWASP CSV injection): no cell starts with = + - @.
    assertThat(csvText).doesNotContain(",=").doesNotContain(",\"=").doesNotContain(",+").doesNotContain(",\"+").doesNotContain(",@");

    HttpResponse<byte[]> ftm = ines.postBytes(exportPath("N1", "entities.ftm.jsonl"), Map.of());
    assertThat(ftm.statusCode()).isEqualTo(200);
    assertThat(ftm.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
    List<String> lines = new String(ftm.body(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).isNotEmpty();
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    List<String> schemas = new ArrayList<>();
    for (String l : lines) {
      com.fasterxml.jackson.databind.JsonNode n = json.readTree(l);
      assertThat(n.path("id").asText()).isNotBlank();
      schemas.add(n.path("schema").asText());
    }
    assertThat(schemas).contains("PlainText", "Person", "Documentation");

    HttpResponse<byte[]> pdf = ines.postBytes(exportPath("N1", "dossier.pdf"), Map.of());
    if (java.nio.file.Files.isExecutable(ca.threadline.app.web.network.ExportRoutes.chromium())) {
      assertThat(pdf.statusCode()).isEqualTo(200);
      assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
      assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    } else {
      assertThat(pdf.statusCode()).isEqualTo(503);
      assertThat(new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Chromium");
    }

    // Each export is in the case's audit log, as ines, on network N1...
    List<AuditEntry> log = audit();
    for (String format : List.of("dossier-html", "csv", "ftm")) {
      assertThat(log).as(format).anyMatch(e -> e.action().equals("export." + format) && "ines".equals(e.userName())
          && "N1".equals(e.entityKey()));
    }
    // ...and two acts in the custody log (export, export-written with the file's SHA-256), which still verifies.
    String custody = java.nio.file.Files.readString(home.resolve("custody/log.jsonl"));
    assertThat(custody).contains("\"act\":\"export\"").contains("\"act\":\"export-written\"").contains(sha)
        .contains("workbench download network-N1-dossier.html to ines").contains("\"via\":\"workbench\"");
    ca.threadline.app.CliRun verify = ca.threadline.app.CliRun.run("", "verify", "--home", home.toString());
    // The log and its checkpoints verify; the only findings are the two image files this fixture put
    // in the blob store directly, without an import (real homes get them through `threadline import`,
    // see DemoServesWorkbenchTest, where verify finds nothing at all).
    assertThat(verify.err()).contains("log entries");
    assertThat(verify.outLines()).as(verify.err()).hasSizeLessThanOrEqualTo(2)
        .allSatisfy(l -> assertThat(l).contains("added").containsAnyOf(f.imageSha256, f.svgSha256));
    // No copy of the export stays on the server.
    try (var tmp = java.nio.file.Files.list(home.resolve("tmp"))) {
      assertThat(tmp.filter(p -> p.getFileName().toString().startsWith("web-export-"))).isEmpty();
    }
  }

  @Test
  void exportsRedactSensitiveFieldsUnlessACaseAdminAsks() {
    String phone = f.phoneOfFirstNetwork.substring("phone:".length());
    f.store.sensitiveFields().mark(f.admin, f.caseId, "selector.phone", "contact details of the people advertised");
    String csv = exportPath("N1", "documents.csv");
    HttpResponse<byte[]> redacted = as("ines").postBytes(csv, Map.of());
    assertThat(redacted.statusCode()).isEqualTo(200);
    assertThat(new String(redacted.body(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(phone).contains("[redacted]");
    // Reviewers may export (a read, recorded like any other), redacted the same way.
    HttpResponse<byte[]> reviewer = as("remi").postBytes(csv, Map.of());
    assertThat(reviewer.statusCode()).isEqualTo(200);
    assertThat(new String(reviewer.body(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(phone);
    // Only a case admin may include them; anyone else asking (a forged form) is refused, and that is audited.
    for (String who : List.of("ines", "remi")) {
      HttpResponse<byte[]> refused = as(who).postBytes(csv, Map.of("includeSensitive", "on"));
      assertThat(refused.statusCode()).as(who).isEqualTo(403);
      assertThat(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8)).as(who).contains("case admin").doesNotContain(phone);
      assertThat(audit()).as(who).anyMatch(e -> e.action().equals("export.refused") && who.equals(e.userName()));
    }
    // The page offers the choice to case admins only.
    assertThat(as("ines").get("/cases/" + f.caseId + "/networks/N1").body()).doesNotContain("id=\"export-sensitive\"");
    assertThat(as("admin").get("/cases/" + f.caseId + "/networks/N1").body()).contains("id=\"export-sensitive\"");
    HttpResponse<byte[]> full = as("admin").postBytes(csv, Map.of("includeSensitive", "on"));
    assertThat(full.statusCode()).isEqualTo(200);
    assertThat(new String(full.body(), java.nio.charset.StandardCharsets.UTF_8)).contains(phone);
    assertThat(audit()).anyMatch(e -> e.action().equals("export.csv") && "admin".equals(e.userName())
        && e.detail() != null && e.detail().contains("include_sensitive=true"));
  }

  @Test
  void outsidersAndForgedFormsGetNoExport() throws Exception {
    WebClient otto = as("otto");
    long custodyBefore = java.nio.file.Files.exists(home.resolve("custody/log.jsonl"))
        ? java.nio.file.Files.readString(home.resolve("custody/log.jsonl")).lines().filter(l -> l.contains("\"user\":\"otto\"")).count() : 0;
    for (String file : List.of("dossier.html", "dossier.pdf", "documents.csv", "entities.ftm.jsonl")) {
      HttpResponse<byte[]> r = otto.postBytes(exportPath("N1", file), Map.of());
      assertThat(r.statusCode()).as(file).isEqualTo(404);
      String body = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
      for (String secret : secrets()) {
        assertThat(body).as(file + " leaks " + secret).doesNotContain(secret);
      }
      assertThat(r.headers().firstValue("Content-Disposition")).as(file).isEmpty();
      // A member's export without the session's token (a link or form on another site) is refused too.
      WebClient ines = as("ines");
      ines.csrf = null;
      assertThat(ines.postBytes(exportPath("N1", file), Map.of()).statusCode()).as(file + " without token").isEqualTo(403);
      // And a GET does not export.
      assertThat(as("ines").get(exportPath("N1", file)).statusCode()).as("GET " + file).isIn(404, 405);
    }
    assertThat(as("ines").postBytes(exportPath("N999", "documents.csv"), Map.of()).statusCode()).isEqualTo(404);
    assertThat(audit()).noneMatch(e -> e.action().startsWith("export.") && "otto".equals(e.userName()) && !e.action().equals("export.refused"));
    if (java.nio.file.Files.exists(home.resolve("custody/log.jsonl"))) {
      assertThat(java.nio.file.Files.readString(home.resolve("custody/log.jsonl")).lines().filter(l -> l.contains("\"user\":\"otto\"")).count())
          .isEqualTo(custodyBefore).isZero();
    }
  }
}
