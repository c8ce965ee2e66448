package ca.threadline.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.store.audit.AuditEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in real headless Chromium: sign in, search with facets, a network's graph, map and
 * timeline drawn (asserted on the canvas pixels and SVG elements, not just the page load), expand
 * and shortest path, an image revealed after the content warning, the CSV and dossier downloads, the language
 * switch, a reviewer who cannot edit, and hostile ad text that never runs. Screenshots of the key
 * pages go to {@code app/target/screenshots/}. One server and one browser for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserTest {
  @TempDir static Path home;
  @TempDir static Path profile;
  @TempDir static Path downloads;
  CaseFixture f;
  Workbench server;
  ChromeDriver browser;
  String base;

  @BeforeAll
  void start() throws IOException {
    System.setProperty("java.awt.headless", "true");
    browser = Chromium.start(profile, downloads);
    f = new CaseFixture(home);
    server = Workbench.start(Workbench.services(f.store, f.home, Clock.systemUTC(), false), "127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (f != null) {
      f.close();
    }
  }

  @BeforeEach
  void signedOut() {
    browser.manage().deleteAllCookies();
  }

  private void signIn(String user) {
    browser.get(base + "/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(CaseFixture.PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    try {
      waitFor(() -> browser.getCurrentUrl().endsWith("/cases"));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("sign-in as " + user + " stayed on " + browser.getCurrentUrl() + ":\n" + browser.getPageSource()
          + "\n" + cspViolations(), e);
    }
  }

  private void waitFor(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> condition.getAsBoolean());
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private void screenshot(String name) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private List<String> cspViolations() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
  }

  private String caseUrl() {
    return base + "/cases/" + f.caseId;
  }

  @Test
  @Order(1)
  void signInSearchAndFilterByFacet() throws IOException {
    signIn("ines");
    browser.findElement(By.className("case-link")).click();
    waitFor(() -> browser.getCurrentUrl().equals(caseUrl()));
    assertThat(browser.findElements(By.className("network-link"))).hasSize(CaseFixture.OPERATORS);
    screenshot("case");
    browser.findElement(By.cssSelector(".quick-search input")).sendKeys("montreal\n");
    waitFor(() -> browser.getCurrentUrl().contains("/search"));
    long total = Long.parseLong(browser.findElement(By.id("total")).getText().replaceAll("\\D", ""));
    assertThat(total).isGreaterThan(0);
    assertThat(browser.findElements(By.cssSelector(".snippet mark.hit"))).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector(".snippet mark.hit")).getText().toLowerCase()).contains("montr");
    screenshot("search");
    WebElement facet = browser.findElements(By.cssSelector("#facets .facet-link")).stream()
        .filter(a -> a.getAttribute("href").contains("network=")).findFirst().orElseThrow();
    facet.click();
    waitFor(() -> browser.getCurrentUrl().contains("network="));
    long filtered = Long.parseLong(browser.findElement(By.id("total")).getText().replaceAll("\\D", ""));
    assertThat(filtered).isLessThanOrEqualTo(total).isGreaterThan(0);
    assertThat(browser.findElements(By.cssSelector("#facets li.on"))).hasSize(1);
    assertThat(cspViolations()).isEmpty();
  }

  @Test
  @Order(2)
  void networkGraphMapAndTimelineAreDrawn() throws IOException {
    signIn("ines");
    browser.get(caseUrl() + "/networks/N2");
    waitFor(() -> "1".equals(browser.findElement(By.id("network-graph")).getAttribute("data-ready")));
    WebElement graph = browser.findElement(By.id("network-graph"));
    int nodes = Integer.parseInt(graph.getAttribute("data-nodes"));
    assertThat(nodes).isGreaterThan(CaseFixture.ADS_PER_OPERATOR);
    // The graph is drawn: Cytoscape's canvases hold painted pixels.
    waitFor(() -> ((Number) js(PAINTED, "network-graph")).longValue() > 1000);
    // Map: the 13 provinces and territories and the network's circuit.
    waitFor(() -> "1".equals(browser.findElement(By.id("map")).getAttribute("data-ready")));
    assertThat(browser.findElement(By.id("map")).getAttribute("data-provinces")).isEqualTo("13");
    assertThat(browser.findElements(By.cssSelector("#map path.province")).size()).isGreaterThanOrEqualTo(13);
    assertThat(browser.findElements(By.cssSelector("#map circle.city-dot"))).hasSize(CaseFixture.CIRCUITS[1].length);
    assertThat(browser.findElements(By.cssSelector("#map path.circuit-line"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("#map text.city-label")).get(0).getText()).startsWith("1. Toronto");
    // Timeline: a bar per (day, city).
    waitFor(() -> browser.findElement(By.id("timeline")).getAttribute("data-bars") != null);
    assertThat(browser.findElements(By.cssSelector("#timeline rect.bar")).size()).isGreaterThanOrEqualTo(CaseFixture.ADS_PER_OPERATOR / 2);
    // Template with its slots, indicators with weights and sources.
    assertThat(browser.findElements(By.cssSelector("#templates .slot"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#indicators tbody tr"))).isNotEmpty();
    screenshot("network");
    js("document.getElementById('map-section').scrollIntoView();");
    screenshot("network-map");

    // Expand a document node: its network, cluster and selectors join the graph.
    long doc = f.documentsByNetwork.get("N2").get(3);
    js("window.threadlineGraph.getElementById(arguments[0]).emit('dbltap');", "doc:" + doc);
    waitFor(() -> ("doc:" + doc).equals(graph.getAttribute("data-expanded")));
    assertThat((Boolean) js("return window.threadlineGraph.getElementById('network:N2').nonempty();")).isTrue();
    // Shortest path between two ads of the operator, computed on the server.
    long other = f.documentsByNetwork.get("N2").get(10);
    js("document.getElementById('path-from').value = arguments[0]; document.getElementById('path-to').value = arguments[1];",
        "doc:" + doc, "doc:" + other);
    browser.findElement(By.id("path-go")).click();
    waitFor(() -> graph.getAttribute("data-path-length") != null);
    assertThat(graph.getAttribute("data-path-length")).isEqualTo("2");
    assertThat(((Number) js("return window.threadlineGraph.$('.path').nodes().length;")).intValue()).isEqualTo(3);
    assertThat(browser.findElement(By.id("graph-status")).getText()).contains("2");
    screenshot("network-path");
    assertThat(cspViolations()).isEmpty();
  }

  /** Painted (non-transparent) pixels in the canvases inside an element. */
  static final String PAINTED = """
      let n = 0;
      for (const c of document.getElementById(arguments[0]).querySelectorAll('canvas')) {
        if (!c.width || !c.height) continue;
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
      }
      return n;""";

  @Test
  @Order(3)
  void imagesStayBlurredUntilRevealedAfterAWarning() throws IOException {
    signIn("ines");
    browser.get(caseUrl() + "/documents/" + f.documentWithImage);
    WebElement img = browser.findElements(By.cssSelector("figure.blurred img")).get(0);
    waitFor(() -> ((Number) js("return arguments[0].naturalWidth;", img)).intValue() > 0);
    assertThat(img.getAttribute("src")).doesNotContain("/original");
    screenshot("document-blurred");
    browser.findElements(By.className("reveal-link")).get(0).click();
    waitFor(() -> !browser.findElements(By.id("content-warning")).isEmpty());
    screenshot("content-warning");
    browser.findElement(By.id("reveal-confirm")).click();
    waitFor(() -> !browser.findElements(By.cssSelector("figure.revealed img")).isEmpty());
    WebElement revealed = browser.findElement(By.cssSelector("figure.revealed img"));
    waitFor(() -> ((Number) js("return arguments[0].naturalWidth;", revealed)).intValue() == 400);
    screenshot("document-revealed");
    List<AuditEntry> log = f.store.audit().ofCase(f.admin, f.caseId, 0, 1000);
    assertThat(log).anyMatch(e -> e.action().equals("image.reveal") && e.userName().equals("ines"));
    assertThat(cspViolations()).isEmpty();
  }

  @Test
  @Order(4)
  void hostileAdTextNeverRuns() throws IOException {
    signIn("ines");
    List<String> pages = new java.util.ArrayList<>();
    for (long id : f.hostileIds) {
      pages.add(caseUrl() + "/documents/" + id);
    }
    pages.add(caseUrl() + "/networks/N1");
    pages.add(caseUrl() + "/search?q=script");
    pages.add(caseUrl() + "/search?q=img+onerror");
    pages.add(caseUrl() + "/selector?key=" + WebClient.enc("phone:+15145550142"));
    pages.add(caseUrl());
    for (String p : pages) {
      browser.get(p);
      // Give any planted handler a chance to fire (image errors, SVG load).
      js("return new Promise(r => setTimeout(r, 150));");
      assertThat(js("return typeof window.__pwned;")).as(p).isEqualTo("undefined");
      assertThat(browser.getTitle()).as(p).doesNotContain("PWNED");
      assertThat((Long) js("return document.querySelectorAll('script:not([src])').length;")).as(p).isZero();
      assertThat((Long) js("return document.querySelectorAll('svg [onload], [onerror], [onclick], a[href^=\"javascript\"]').length;"))
          .as(p).isZero();
    }
    browser.get(caseUrl() + "/documents/" + f.hostileIds.get(0));
    assertThat(browser.findElement(By.id("doc-text")).getText()).contains("<script>window.__pwned='script'");
    screenshot("hostile-document");
    // The planted markup made it to the page only as text: the browser tried to run nothing.
    assertThat(cspViolations()).isEmpty();
  }

  @Test
  @Order(5)
  void reviewerCannotEdit() throws IOException {
    signIn("remi");
    browser.get(caseUrl() + "/networks/N1");
    assertThat(browser.findElements(By.id("read-only"))).hasSize(1);
    assertThat(browser.findElements(By.id("note-form"))).isEmpty();
    assertThat(browser.findElements(By.id("tag-form"))).isEmpty();
    screenshot("reviewer-network");
    // Even a hand-made request from the page, with the session's own token, is refused.
    Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        const body = new URLSearchParams({entityType: 'network', entityKey: 'N1', body: 'reviewer wrote this',
          _csrf: document.body.dataset.csrf});
        fetch(arguments[0], {method: 'POST', body: body, credentials: 'same-origin', redirect: 'manual'})
          .then(r => done(r.status)).catch(e => done(String(e)));""", caseUrl() + "/notes");
    assertThat(((Number) status).intValue()).isEqualTo(403);
    assertThat(f.store.notes().notes(f.admin, f.caseId, null)).noneMatch(n -> n.body().equals("reviewer wrote this"));
  }

  @Test
  @Order(6)
  void investigatorAddsANoteAndExportsTheNetwork() throws Exception {
    signIn("ines");
    browser.get(caseUrl() + "/networks/N3");
    browser.findElement(By.id("note-body")).sendKeys("Circuit matches the February tips <b>not bold</b>");
    browser.findElement(By.id("note-submit")).click();
    waitFor(() -> browser.getPageSource().contains("Circuit matches the February tips"));
    assertThat(browser.findElements(By.cssSelector(".note-body b"))).isEmpty();
    assertThat(browser.findElement(By.cssSelector(".note-list")).getText()).contains("ines");
    browser.findElement(By.id("export-csv")).click();
    Path csv = downloads.resolve("network-N3.csv");
    waitForDownload(csv);
    String text = Files.readString(csv);
    assertThat(text).startsWith("case,document,kind,posted_at,city");
    assertThat(text).contains(",N3,");
    // The dossier: a click, a download, recorded; the exhibit list carries each document's SHA-256.
    assertThat(browser.findElements(By.id("export-sensitive"))).as("investigators are not offered sensitive fields").isEmpty();
    browser.findElement(By.id("export-dossier")).click();
    Path dossier = downloads.resolve("network-N3-dossier.html");
    waitForDownload(dossier);
    assertThat(browser.getCurrentUrl()).as("the page stays").endsWith("/networks/N3");
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(Files.readString(dossier));
    assertThat(doc.select("h1").text()).isEqualTo("Network N3");
    assertThat(doc.text()).contains("Exhibits").contains("Evidence item SHA-256").contains("E-001");
    assertThat(doc.select("td.mono").eachText()).anySatisfy(t -> assertThat(t).matches("[0-9a-f]{64}"));
    assertThat(doc.select("script")).isEmpty();
    String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(dossier)));
    assertThat(Files.readString(home.resolve("custody/log.jsonl"))).contains(sha).contains("network-N3-dossier.html to ines");
    assertThat(f.store.audit().all(f.admin, 0, 100_000)).anyMatch(e -> e.action().equals("export.dossier-html") && "ines".equals(e.userName()));
    screenshot("network-exports");
  }

  private void waitForDownload(Path file) {
    waitFor(() -> Files.exists(file));
    waitFor(() -> {
      try (Stream<Path> s = Files.list(downloads)) {
        return s.noneMatch(p -> p.toString().endsWith(".crdownload"));
      } catch (IOException e) {
        return false;
      }
    });
  }

  @Test
  @Order(7)
  void switchesToFrench() throws IOException {
    signIn("ines");
    browser.get(caseUrl() + "/networks/N1");
    browser.findElement(By.cssSelector(".lang-switch button[value=fr]")).click();
    waitFor(() -> "fr".equals(browser.findElement(By.tagName("html")).getAttribute("lang")));
    assertThat(browser.getCurrentUrl()).endsWith("/networks/N1");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Réseau N1");
    assertThat(browser.findElement(By.id("sign-out")).getText()).isEqualTo("Se déconnecter");
    screenshot("network-fr");
    browser.findElement(By.cssSelector(".lang-switch button[value=en]")).click();
    waitFor(() -> "en".equals(browser.findElement(By.tagName("html")).getAttribute("lang")));
  }
}
