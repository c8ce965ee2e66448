package ca.threadline.evidence.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.item.Item;
import ca.threadline.evidence.item.Location;
import ca.threadline.evidence.store.Digests;
import ca.threadline.evidence.testing.EvidenceFixture;
import ca.threadline.evidence.testing.LocalSite;
import ca.threadline.testkit.files.SyntheticFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports WARC.gz files written by a real wget against a local site. */
class WarcImportTest {
  static final Path WGET = Path.of("/usr/bin/wget");
  @TempDir static Path shared;
  static Path warc;
  static Map<String, byte[]> served = new ConcurrentHashMap<>();

  @BeforeAll
  static void crawlWithWget() throws Exception {
    boolean require = "1".equals(System.getenv("THREADLINE_REQUIRE_SERVICES"));
    if (!Files.isExecutable(WGET)) {
      if (require) {
        throw new AssertionError("wget is required (THREADLINE_REQUIRE_SERVICES=1) but /usr/bin/wget is absent");
      }
      Assumptions.assumeTrue(false, "wget is not installed: WARC import from real wget files is not tested");
    }
    try (LocalSite site = new LocalSite()) {
      byte[] page = SyntheticFiles.adPage("Nouvelle en ville", "Appelez le 416-555-0199, Toronto. Disponible 24/7.", "/photo.png", null).getBytes(StandardCharsets.UTF_8);
      byte[] png = SyntheticFiles.png(7, 40, 30);
      byte[] chunked = "<html><body><p>Chunked page: text me at 647-555-0142</p></body></html>".getBytes(StandardCharsets.UTF_8);
      site.put("/ad/1", LocalSite.Page.ok("text/html; charset=utf-8", page))
          .put("/photo.png", LocalSite.Page.ok("image/png", png))
          .put("/chunked", LocalSite.Page.chunked("text/html", chunked))
          .put("/old", LocalSite.Page.redirect(302, "/ad/1"));
      served.put("/ad/1", page);
      served.put("/photo.png", png);
      served.put("/chunked", chunked);
      Process p =
          new ProcessBuilder(WGET.toString(), "--no-verbose", "-e", "robots=off", "--tries=1", "--timeout=10",
                  "--warc-file=" + shared.resolve("crawl"), "-P", shared.resolve("mirror").toString(),
                  site.url("/old").toString(), site.url("/photo.png").toString(), site.url("/chunked").toString())
              .redirectErrorStream(true)
              .redirectOutput(shared.resolve("wget.log").toFile())
              .start();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    warc = shared.resolve("crawl.warc.gz");
    assertThat(warc).exists();
  }

  @Test
  void everyResponseBecomesAnItemHashedOverItsHttpPayload(@TempDir Path dir) throws Exception {
    EvidenceFixture f = new EvidenceFixture(dir);
    List<String> texts = new ArrayList<>();
    f.texts = (item, text) -> texts.add(item.source() + " " + text);
    List<Item> items;
    List<Acquisition.InputIssue> issues;
    try (EvidenceStore store = f.open()) {
      Acquisition a = f.prepare(store, "Op Rossignol", warc, Importer.Format.AUTO);
      issues = a.issues();
      items = store.commit(List.of(a), "analyst").items();
    }
    assertThat(issues).as("wget's own digests must check out").isEmpty();
    Item container = items.get(0);
    assertThat(container.kind()).isEqualTo("warc");
    assertThat(container.sha256()).isEqualTo(Digests.sha256Hex(warc));
    Map<String, Item> bySource = items.stream().filter(i -> i.kind().equals("http-response")).collect(Collectors.toMap(i -> i.source().replaceAll("^http://[^/]+", ""), i -> i, (a, b) -> a));
    assertThat(bySource).containsKeys("/old", "/ad/1", "/photo.png", "/chunked");
    for (String path : List.of("/ad/1", "/photo.png", "/chunked")) {
      Item i = bySource.get(path);
      assertThat(i.sha256()).as(path).isEqualTo(Digests.sha256Hex(served.get(path)));
      assertThat(i.size()).isEqualTo(served.get(path).length);
      assertThat(i.location()).isInstanceOf(Location.WarcRecord.class);
      assertThat(i.parent()).isEqualTo(container.id());
      assertThat(i.meta().path("declared_payload_digest").path("value").asText()).startsWith("sha1:");
      assertThat(i.meta().path("declared_payload_digest").path("matches").asBoolean()).isTrue();
    }
    assertThat(bySource.get("/old").meta().path("http_status").asInt()).isEqualTo(302);
    assertThat(bySource.get("/photo.png").kind()).isEqualTo("http-response");
    assertThat(bySource.get("/photo.png").mediaType()).isEqualTo("image/png");
    assertThat(texts).anyMatch(t -> t.contains("416-555-0199") && !t.contains("SCRIPT-RAN"));
    assertThat(texts).anyMatch(t -> t.contains("647-555-0142"));
    assertThat(f.verify().problems()).isEmpty();
  }

  @Test
  void analysingOnAPoolGivesTheSameItemsAsAnalysingInline(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("in/crawl.warc.gz");
    Files.createDirectories(copy.getParent());
    Files.copy(warc, copy);
    EvidenceFixture inline = new EvidenceFixture(dir.resolve("a"));
    EvidenceFixture pooled = new EvidenceFixture(dir.resolve("b"));
    Map<String, String> t1 = new ConcurrentHashMap<>();
    Map<String, String> t2 = new ConcurrentHashMap<>();
    inline.texts = byCommittedId(t1);
    pooled.texts = byCommittedId(t2);
    try (var pool = new ca.threadline.evidence.content.AnalysisPool(3, 1 << 16)) {
      pooled.pool = pool;
      List<Item> a = inline.importFiles("C", copy);
      List<Item> b = pooled.importFiles("C", copy);
      assertThat(b).extracting(Item::id, Item::sha256, Item::kind, Item::mediaType, Item::location)
          .containsExactlyElementsOf(a.stream().map(i -> org.assertj.core.groups.Tuple.tuple(i.id(), i.sha256(), i.kind(), i.mediaType(), i.location())).toList());
      assertThat(b).extracting(i -> i.meta() == null ? "" : i.meta().toString()).containsExactlyElementsOf(a.stream().map(i -> i.meta() == null ? "" : i.meta().toString()).toList());
      assertThat(a.stream().map(Item::id).toList()).as("texts arrive under the committed ids").containsAll(t1.keySet());
    }
    assertThat(t2).isNotEmpty().isEqualTo(t1);
    assertThat(pooled.verify().problems()).isEmpty();
  }

  /** Texts under the ids their items are committed with (following {@link ItemTexts#rebind}). */
  static ItemTexts byCommittedId(Map<String, String> out) {
    return new ItemTexts() {
      @Override
      public void accept(ca.threadline.evidence.item.NewItem item, String text) {
        out.put(item.id(), text);
      }

      @Override
      public void rebind(String provisionalId, ca.threadline.evidence.item.NewItem item) {
        out.put(item.id(), out.remove(provisionalId));
      }
    };
  }

  @Test
  void aPayloadThatNoLongerMatchesItsDeclaredDigestIsReported(@TempDir Path dir) throws Exception {
    // Alter one byte of the page body inside the WARC (same length), keeping wget's digests.
    byte[] raw;
    try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(warc))) {
      raw = in.readAllBytes();
    }
    String s = new String(raw, StandardCharsets.ISO_8859_1);
    int at = s.indexOf("416-555-0199");
    assertThat(at).isPositive();
    raw[at + 2] = '7';
    Path altered = dir.resolve("altered.warc.gz");
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(altered))) {
      out.write(raw);
    }
    EvidenceFixture f = new EvidenceFixture(dir.resolve("home"));
    try (EvidenceStore store = f.open()) {
      Acquisition a = f.prepare(store, "C", altered, Importer.Format.AUTO);
      assertThat(a.issues()).anyMatch(i -> i.finding() && i.reason().contains("WARC-Payload-Digest") && i.reason().contains("does not match"));
      assertThat(a.issues()).anyMatch(i -> i.reason().contains("WARC-Block-Digest"));
      assertThat(a.hasBadInput()).isFalse();
      store.commit(List.of(a), "analyst");
    }
    assertThat(f.verify().problems()).isEmpty();
  }

  @Test
  void theSameFileImportedTwiceIsStoredOnceWithBothProvenances(@TempDir Path dir) throws IOException {
    Path other = dir.resolve("elsewhere/copy.warc.gz");
    Files.createDirectories(other.getParent());
    Files.copy(warc, other);
    EvidenceFixture f = new EvidenceFixture(dir.resolve("home"));
    List<Item> first = f.importFiles("C", warc);
    List<Item> second = f.importFiles("C", other);
    List<Item> again = f.importFiles("C", warc);
    assertThat(second).hasSameSizeAs(first);
    assertThat(again).isEmpty();
    assertThat(second.get(0).sha256()).isEqualTo(first.get(0).sha256());
    assertThat(second.get(0).id()).isNotEqualTo(first.get(0).id());
    try (var s = Files.walk(f.home.blobs())) {
      assertThat(s.filter(Files::isRegularFile).count()).isEqualTo(1);
    }
    assertThat(f.verify().problems()).isEmpty();
  }
}
