package ca.threadline.evidence.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.item.Item;
import ca.threadline.evidence.item.Location;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.Digests;
import ca.threadline.evidence.testing.EvidenceFixture;
import ca.threadline.testkit.files.SyntheticFiles;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarImportTest {
  @TempDir Path dir;

  /** A HAR 1.2 export shaped like Chromium's "Save all as HAR with content". */
  static ObjectNode har(byte[] jpeg) {
    ObjectNode root = Json.object();
    ObjectNode log = root.putObject("log");
    log.put("version", "1.2");
    log.putObject("creator").put("name", "WebInspector").put("version", "537.36");
    log.putArray("pages").addObject().put("startedDateTime", "2026-03-14T21:07:09.120Z").put("id", "page_1").put("title", "https://ads.example.test/escorts/toronto/123");
    ArrayNode entries = log.putArray("entries");
    entries.add(entry("https://ads.example.test/escorts/toronto/123", 200, "text/html; charset=utf-8",
        "<html><body><h1>Sweet new girl</h1><p>Text 416 555 0199 anytime, incall downtown</p><script>alert(1)</script></body></html>", null, "2026-03-14T21:07:09.125Z"));
    entries.add(entry("https://img.example.test/p/123.jpg", 200, "image/jpeg", Base64.getEncoder().encodeToString(jpeg), "base64", "2026-03-14T21:07:09.480-04:00"));
    entries.add(entry("https://ads.example.test/old", 301, "text/html", null, null, "2026-03-14T21:07:08.900Z"));
    entries.add(entry("https://ads.example.test/api/ad/123", 200, "application/json", "{\"phone\":\"+14165550199\",\"city\":\"Toronto\"}", null, "2026-03-14T21:07:10.002Z"));
    return root;
  }

  static ObjectNode entry(String url, int status, String mime, String text, String encoding, String started) {
    ObjectNode e = Json.object();
    e.put("pageref", "page_1");
    e.put("startedDateTime", started);
    e.put("time", 123.4);
    ObjectNode req = e.putObject("request");
    req.put("method", "GET").put("url", url).put("httpVersion", "HTTP/2.0");
    req.putArray("headers").addObject().put("name", "user-agent").put("value", "Mozilla/5.0");
    req.putArray("queryString");
    req.putArray("cookies");
    req.put("headersSize", -1).put("bodySize", 0);
    ObjectNode res = e.putObject("response");
    res.put("status", status).put("statusText", "").put("httpVersion", "HTTP/2.0");
    res.putArray("headers").addObject().put("name", "content-type").put("value", mime);
    res.putArray("cookies");
    ObjectNode c = res.putObject("content");
    c.put("size", text == null ? 0 : text.length()).put("mimeType", mime);
    if (text != null) {
      c.put("text", text);
    }
    if (encoding != null) {
      c.put("encoding", encoding);
    }
    res.put("redirectURL", status == 301 ? "https://ads.example.test/escorts/toronto/123" : "");
    res.put("headersSize", -1).put("bodySize", -1);
    e.putObject("cache");
    e.putObject("timings").put("send", 0.1).put("wait", 50.2).put("receive", 1.3);
    e.put("serverIPAddress", "192.0.2.10");
    return e;
  }

  @Test
  void bodiesBecomeItemsStoredAsBlobsWithTheirDecodedBytes() throws Exception {
    byte[] jpeg = SyntheticFiles.jpeg(3, 32, 24);
    Path har = dir.resolve("session.har");
    Files.writeString(har, Json.write(har(jpeg)), StandardCharsets.UTF_8);
    EvidenceFixture f = new EvidenceFixture(dir.resolve("home"));
    List<String> texts = new ArrayList<>();
    f.texts = (item, text) -> texts.add(text);
    List<Item> items;
    try (EvidenceStore s = f.open()) {
      Acquisition a = f.prepare(s, "C", har, Importer.Format.AUTO);
      assertThat(a.issues()).isEmpty();
      assertThat(a.details().path("input").path("creator").path("name").asText()).isEqualTo("WebInspector");
      items = s.commit(List.of(a), "analyst").items();
    }
    assertThat(items).extracting(Item::kind).containsExactly("har", "http-response", "http-response", "http-response");
    Item page = items.get(1);
    assertThat(page.source()).isEqualTo("https://ads.example.test/escorts/toronto/123");
    assertThat(page.mediaType()).isEqualTo("text/html");
    assertThat(page.capturedAt()).isEqualTo("2026-03-14T21:07:09.125Z");
    assertThat(page.meta().path("ip").asText()).isEqualTo("192.0.2.10");
    Item image = items.get(2);
    assertThat(image.sha256()).isEqualTo(Digests.sha256Hex(jpeg));
    assertThat(image.mediaType()).isEqualTo("image/jpeg");
    assertThat(image.capturedAt()).isEqualTo("2026-03-15T01:07:09.480Z");
    assertThat(image.location()).isInstanceOf(Location.WholeFile.class);
    assertThat(Files.readAllBytes(f.home.resolve(image.location().file()))).isEqualTo(jpeg);
    assertThat(items.get(3).sha256()).isEqualTo(Digests.sha256Hex("{\"phone\":\"+14165550199\",\"city\":\"Toronto\"}".getBytes(StandardCharsets.UTF_8)));
    assertThat(texts).anyMatch(t -> t.contains("416 555 0199") && !t.contains("alert"));
    assertThat(f.verify().problems()).isEmpty();
  }

  @Test
  void badEntriesAreReportedWithTheirPlaceAndSkipped() throws Exception {
    ObjectNode root = har(SyntheticFiles.jpeg(4, 8, 8));
    ArrayNode entries = (ArrayNode) root.path("log").path("entries");
    ((ObjectNode) entries.get(1).path("response").path("content")).put("text", "not base64 !!!");
    entries.add(Json.object().put("nothing", "here"));
    Path har = dir.resolve("bad.har");
    Files.writeString(har, root.toPrettyString());
    EvidenceFixture f = new EvidenceFixture(dir.resolve("home"));
    try (EvidenceStore s = f.open()) {
      Acquisition a = f.prepare(s, "C", har, Importer.Format.AUTO);
      assertThat(a.issues()).extracting(Acquisition.InputIssue::where).anyMatch(w -> w.startsWith("entry 1 (line "));
      assertThat(a.issues()).anyMatch(i -> i.reason().contains("base64"));
      assertThat(a.issues()).anyMatch(i -> i.where().startsWith("entry 4") && i.reason().contains("request.url"));
      assertThat(a.items()).extracting(i -> i.kind()).containsExactly("har", "http-response", "http-response");
    }
  }
}
