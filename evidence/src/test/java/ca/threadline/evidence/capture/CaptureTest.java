package ca.threadline.evidence.capture;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.content.ContentAnalyzer;
import ca.threadline.evidence.ingest.IngestContext;
import ca.threadline.evidence.item.Item;
import ca.threadline.evidence.item.Location;
import ca.threadline.evidence.store.CaseName;
import ca.threadline.evidence.store.Digests;
import ca.threadline.evidence.testing.EvidenceFixture;
import ca.threadline.evidence.testing.LocalSite;
import ca.threadline.testkit.files.SyntheticFiles;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

class CaptureTest {
  static final String UA = "Threadline/test (+https://threadline.example/evidence; evidentiary capture)";
  @TempDir Path dir;

  private List<Item> capture(EvidenceFixture f, URI url, boolean requisites, boolean screenshot, List<Acquisition> out) throws Exception {
    try (EvidenceStore store = f.open()) {
      IngestContext ctx = new IngestContext(store.blobs(), new CaseName("Op Héron"), new ContentAnalyzer(), f.texts, Clock.systemUTC().instant());
      HttpFetcher fetcher = new HttpFetcher(new HttpFetcher.Options(UA, Duration.ofSeconds(20), 64 << 20), (SSLSocketFactory) SSLSocketFactory.getDefault(), Clock.systemUTC());
      Capturer c = new Capturer(ctx, fetcher, new ChromiumScreenshot(ChromiumScreenshot.DEFAULT_BINARY, 90_000),
          new Capturer.Options(UA, "Det. Test", "threadline test", screenshot, requisites, 10, 50), f.messages::add);
      Acquisition a = c.capture(url);
      out.add(a);
      return store.commit(List.of(a), "Det. Test").items();
    }
  }

  private static LocalSite site() throws Exception {
    LocalSite s = new LocalSite();
    s.put("/start", LocalSite.Page.redirect(302, "/mid?x=1"))
        .put("/mid?x=1", LocalSite.Page.redirect(301, "http://127.0.0.1:" + s.url("/").getPort() + "/ad/77"))
        .put("/ad/77", LocalSite.Page.chunked("text/html; charset=utf-8",
            SyntheticFiles.adPage("Massage 24/7", "New staff, call 416-555-0177, Scarborough", "/img/p.png", "/css/site.css").getBytes(StandardCharsets.UTF_8)))
        .put("/img/p.png", LocalSite.Page.ok("image/png", SyntheticFiles.png(9, 50, 40)))
        .put("/css/site.css", LocalSite.Page.ok("text/css", "body{color:#333}".getBytes(StandardCharsets.UTF_8)));
    return s;
  }

  @Test
  void recordsEveryHopOfTheRedirectChainAndTheRequisitesWithSha256Digests() throws Exception {
    try (LocalSite site = site()) {
      EvidenceFixture f = new EvidenceFixture(dir);
      List<String> texts = new ArrayList<>();
      f.texts = (item, text) -> texts.add(text);
      List<Acquisition> acts = new ArrayList<>();
      List<Item> items = capture(f, site.url("/start"), true, false, acts);
      assertThat(acts.get(0).issues()).isEmpty();
      // Honest User-Agent on every request, nothing fetched but the page and its requisites.
      assertThat(site.requests()).extracting(LocalSite.Request::userAgent).containsOnly(UA);
      assertThat(site.requests()).extracting(LocalSite.Request::path).containsExactly("/start", "/mid?x=1", "/ad/77", "/img/p.png", "/css/site.css");
      assertThat(items).extracting(Item::kind).containsExactly("warc", "http-response", "http-response", "http-response", "http-response", "http-response");
      Item warcItem = items.get(0);
      Path warc = f.home.resolve(warcItem.location().file());
      assertThat(warcItem.location().file()).startsWith("warc/Op+H%C3%A9ron/").endsWith(".warc.gz");
      assertThat(Digests.sha256Hex(warc)).isEqualTo(warcItem.sha256());
      Item page = items.get(3);
      assertThat(page.source()).endsWith("/ad/77");
      assertThat(page.meta().path("http_status").asInt()).isEqualTo(200);
      assertThat(items.get(1).meta().path("redirect_to").asText()).isEqualTo("/mid?x=1");
      assertThat(items.get(4).parent()).isEqualTo(page.id());
      assertThat(items.get(4).meta().path("role").asText()).isEqualTo("requisite");
      assertThat(page.sha256()).isEqualTo(Digests.sha256Hex(SyntheticFiles.adPage("Massage 24/7", "New staff, call 416-555-0177, Scarborough", "/img/p.png", "/css/site.css").getBytes(StandardCharsets.UTF_8)));
      assertThat(texts).anyMatch(t -> t.contains("416-555-0177") && !t.contains("SCRIPT-RAN"));

      List<String> types = new ArrayList<>();
      try (WarcReader r = new WarcReader(warc)) {
        r.calculateBlockDigest();
        for (Optional<WarcRecord> o = r.next(); o.isPresent(); o = r.next()) {
          WarcRecord rec = o.get();
          types.add(rec.type());
          assertThat(rec.blockDigest()).as(rec.type() + " has a block digest").isPresent();
          assertThat(rec.blockDigest().get().algorithm()).isEqualTo("sha256");
          if (rec instanceof WarcResponse resp) {
            assertThat(resp.ipAddress()).isPresent();
            WarcDigest declared = resp.payloadDigest().orElseThrow();
            assertThat(declared.algorithm()).isEqualTo("sha256");
            assertThat(declared.hex()).isEqualTo(Digests.sha256Hex(resp.http().body().stream()));
          }
          if (rec instanceof WarcMetadata m) {
            var fields = m.fields();
            assertThat(fields.first("case")).contains("Op Héron");
            assertThat(fields.first("operator")).contains("Det. Test");
            assertThat(fields.first("software")).contains("threadline test");
            assertThat(fields.first("user-agent")).contains(UA);
            assertThat(fields.all("resolved-address")).contains("127.0.0.1 127.0.0.1");
            assertThat(fields.all("fetch")).hasSize(5);
          }
          rec.body().consume();
          assertThat(rec.calculatedBlockDigest().get().hex()).isEqualTo(rec.blockDigest().get().hex());
        }
      }
      assertThat(types).containsExactly("warcinfo", "response", "request", "response", "request", "response", "request", "response", "request", "response", "request", "metadata");
      assertThat(f.verify().problems()).isEmpty();
    }
  }

  @Test
  void anUnreachableTargetIsReportedAndRecorded() throws Exception {
    int port;
    try (var s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    EvidenceFixture f = new EvidenceFixture(dir);
    List<Acquisition> acts = new ArrayList<>();
    List<Item> items = capture(f, URI.create("http://127.0.0.1:" + port + "/gone"), false, false, acts);
    assertThat(acts.get(0).hasBadInput()).isTrue();
    assertThat(acts.get(0).issues().get(0).reason()).contains("fetch failed");
    assertThat(items).extracting(Item::kind).containsExactly("warc");
    assertThat(f.verify().problems()).isEmpty();
  }

  @Test
  void screenshotIsRenderedByHeadlessChromiumAndKeptAsALinkedItem() throws Exception {
    boolean available = Files.isExecutable(ChromiumScreenshot.DEFAULT_BINARY);
    if (!available && "1".equals(System.getenv("THREADLINE_REQUIRE_SERVICES"))) {
      throw new AssertionError("Chromium is required (THREADLINE_REQUIRE_SERVICES=1) but /usr/bin/chromium is absent");
    }
    Assumptions.assumeTrue(available, "Chromium is not installed (/usr/bin/chromium): screenshots are not tested");
    try (LocalSite site = site()) {
      EvidenceFixture f = new EvidenceFixture(dir);
      List<Acquisition> acts = new ArrayList<>();
      List<Item> items = capture(f, site.url("/ad/77"), false, true, acts);
      assertThat(acts.get(0).issues()).isEmpty();
      Item shot = items.stream().filter(i -> i.kind().equals("screenshot")).findFirst().orElseThrow();
      Item page = items.stream().filter(i -> i.kind().equals("http-response")).findFirst().orElseThrow();
      assertThat(shot.parent()).isEqualTo(page.id());
      assertThat(shot.location()).isInstanceOf(Location.WholeFile.class);
      byte[] png = Files.readAllBytes(f.home.resolve(shot.location().file()));
      assertThat(png).startsWith(0x89, 'P', 'N', 'G');
      assertThat(shot.meta().path("renderer").asText()).startsWith("Chromium");
      // Chromium itself fetched the page with the same honest User-Agent.
      assertThat(site.requests()).extracting(LocalSite.Request::userAgent).containsOnly(UA);
      WarcResource res = null;
      try (WarcReader r = new WarcReader(f.home.resolve(items.get(0).location().file()))) {
        for (WarcRecord rec : r) {
          if (rec instanceof WarcResource x) {
            res = x;
            assertThat(x.target()).isEqualTo("urn:screenshot:" + site.url("/ad/77"));
            assertThat(x.contentType()).isEqualTo(MediaType.parse("image/png"));
            assertThat(x.body().stream().readAllBytes()).isEqualTo(png);
          }
        }
      }
      assertThat(res).isNotNull();
      assertThat(f.verify().problems()).isEmpty();
    }
  }
}
