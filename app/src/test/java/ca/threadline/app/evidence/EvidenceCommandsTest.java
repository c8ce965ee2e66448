package ca.threadline.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.Digests;
import ca.threadline.evidence.testing.LocalSite;
import ca.threadline.evidence.testing.LocalTsa;
import ca.threadline.evidence.testing.SampleCase;
import ca.threadline.testkit.files.SyntheticFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence commands end to end, in-process, on a real data home. */
class EvidenceCommandsTest {
  @TempDir Path dir;

  private static List<JsonNode> json(CliRun r) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : r.out()) {
      out.add(Json.parse(l));
    }
    return out;
  }

  @Test
  void captureImportListVerifyExportAndVerifyBundle() throws Exception {
    String home = dir.resolve("home").toString();
    try (LocalTsa tsa = LocalTsa.start(); LocalSite site = SampleCase.site()) {
      Path ca = dir.resolve("tsa-ca.pem");
      Files.writeString(ca, tsa.caPem());
      CliRun conf = CliRun.of("evidence", "configure", "--home", home, "--operator", "Det. Tremblay", "--tsa-url", tsa.url().toString(), "--tsa-ca", ca.toString());
      assertThat(conf.exit()).as(conf.toString()).isZero();
      assertThat(json(conf).get(0).path("key_fingerprint_sha256").asText()).hasSize(64);

      CliRun cap = CliRun.of("capture", site.url("/start").toString(), "--case", "Op Héron", "--requisites", "--home", home);
      assertThat(cap.exit()).as(cap.toString()).isZero();
      assertThat(site.requests()).extracting(LocalSite.Request::userAgent).allMatch(ua -> ua.startsWith("Threadline/") && ua.contains("evidence capture"));
      List<JsonNode> captured = json(cap);
      assertThat(captured).extracting(n -> n.path("kind").asText()).containsExactly("warc", "http-response", "http-response", "http-response", "http-response");
      for (JsonNode n : captured) {
        assertThat(n.fieldNames()).toIterable().contains("id", "sha256", "kind", "source", "captured_at", "size");
      }

      List<Path> inputs = SampleCase.inputs(dir.resolve("inputs"), 5);
      List<String> args = new ArrayList<>(List.of("import"));
      inputs.forEach(p -> args.add(p.toString()));
      args.addAll(List.of("--case", "Op Héron", "--home", home));
      CliRun imp = CliRun.of(args.toArray(String[]::new));
      assertThat(imp.exit()).as(imp.toString()).isZero();
      List<JsonNode> imported = json(imp);
      assertThat(imported).extracting(n -> n.path("kind").asText()).contains("warc", "har", "jsonl", "ad", "image", "pdf", "html");

      CliRun again = CliRun.of(args.toArray(String[]::new));
      assertThat(again.exit()).isZero();
      assertThat(again.out()).isEmpty();
      assertThat(again.err()).contains("already imported");

      CliRun list = CliRun.of("evidence", "list", "--case", "Op Héron", "--home", home);
      assertThat(list.exit()).isZero();
      List<JsonNode> listed = json(list);
      assertThat(listed).hasSize(captured.size() + imported.size());
      assertThat(listed).extracting(n -> n.path("id").asText()).doesNotHaveDuplicates();
      assertThat(listed.get(0).path("sha256").asText()).isEqualTo(captured.get(0).path("sha256").asText());

      // Texts went through extraction; the rows are kept per item under derived/.
      Path derived = dir.resolve("home/derived/extract/Op+H%C3%A9ron/extractions.jsonl");
      List<String> rows = Files.readAllLines(derived);
      assertThat(rows).isNotEmpty();
      for (String r : rows) {
        JsonNode n = Json.parse(r);
        assertThat(n.path("selectors").isArray()).isTrue();
        assertThat(n.path("indicators").isArray()).isTrue();
        assertThat(listed).anyMatch(i -> i.path("id").asText().equals(n.path("id").asText()) && i.path("sha256").asText().equals(n.path("sha256").asText()));
      }
      assertThat(rows.stream().map(r -> r.substring(0, 30))).doesNotHaveDuplicates();
      assertThat(rows).anyMatch(r -> r.contains("\"kind\":\"ad\"")).anyMatch(r -> r.contains("\"kind\":\"pdf\"")).anyMatch(r -> r.contains("\"kind\":\"http-response\""));

      String adId = listed.stream().filter(n -> n.path("kind").asText().equals("ad")).findFirst().orElseThrow().path("id").asText();
      CliRun del = CliRun.of("evidence", "request-deletion", adId, "--reason", "survivor's request", "--home", home);
      assertThat(del.exit()).as(del.toString()).isZero();
      assertThat(CliRun.of("evidence", "list", "--case", "Op Héron", "--home", home).out()).anyMatch(l -> l.contains(adId) && l.contains("\"deletion_requested\":true"));
      assertThat(CliRun.of("evidence", "request-deletion", "nope", "--reason", "x", "--home", home).exit()).isEqualTo(2);

      CliRun ver = CliRun.of("verify", "--home", home);
      assertThat(ver.exit()).as(ver.toString()).isZero();
      assertThat(ver.out()).isEmpty();
      assertThat(ver.err()).contains("intact");

      Path zip = dir.resolve("out.zip");
      CliRun exp = CliRun.of("export", "bundle", "--case", "Op Héron", "--out", zip.toString(), "--home", home);
      assertThat(exp.exit()).as(exp.toString()).isZero();
      assertThat(json(exp).get(0).path("sha256").asText()).isEqualTo(Digests.sha256Hex(zip));
      CliRun vb = CliRun.of("verify-bundle", zip.toString(), "--help");
      assertThat(vb.exit()).isZero();
      vb = CliRun.of("verify-bundle", zip.toString());
      assertThat(vb.exit()).as(vb.toString()).isZero();
      assertThat(vb.out()).isEmpty();

      // Tamper with one blob: verify reports it, exit 1, and export refuses.
      Path blob = firstBlob(dir.resolve("home"));
      blob.toFile().setWritable(true);
      byte[] b = Files.readAllBytes(blob);
      b[0] ^= 1;
      Files.write(blob, b);
      CliRun bad = CliRun.of("verify", "--home", home);
      assertThat(bad.exit()).isEqualTo(1);
      assertThat(json(bad)).anyMatch(p -> p.path("problem").asText().equals("modified") && p.has("item") && p.has("detail"));
      CliRun refused = CliRun.of("export", "bundle", "--case", "Op Héron", "--out", dir.resolve("no.zip").toString(), "--home", home);
      assertThat(refused.exit()).isEqualTo(1);
      assertThat(dir.resolve("no.zip")).doesNotExist();
    }
  }

  private static Path firstBlob(Path home) throws IOException {
    try (Stream<Path> s = Files.walk(home.resolve("blobs"))) {
      return s.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
    }
  }

  private static Map<String, String> snapshot(Path home) throws IOException {
    Map<String, String> m = new TreeMap<>();
    if (!Files.exists(home)) {
      return m;
    }
    try (Stream<Path> s = Files.walk(home)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = home.relativize(p).toString();
        if (!rel.startsWith("tmp/") && !rel.equals("custody/lock")) {
          m.put(rel, Digests.sha256Hex(p));
        }
      }
    }
    return m;
  }

  @Test
  void badLinesAreSkippedWithTheirNumberOrStopEverythingUnderStrict() throws Exception {
    Path home = dir.resolve("home");
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "a note");
    assertThat(CliRun.of("import", good.toString(), "--case", "C", "--home", home.toString()).exit()).isZero();
    Path ads = dir.resolve("ads.jsonl");
    Files.writeString(ads, "{\"id\":\"1\",\"text\":\"ok\"}\n{broken\n{\"id\":\"3\",\"text\":\"ok too\"}\n", StandardCharsets.UTF_8);
    Map<String, String> before = snapshot(home);
    CliRun strict = CliRun.of("import", ads.toString(), "--case", "C", "--strict", "--home", home.toString());
    assertThat(strict.exit()).as(strict.toString()).isEqualTo(2);
    assertThat(strict.err()).contains(ads + ": line 2: invalid JSON");
    assertThat(strict.out()).isEmpty();
    assertThat(snapshot(home)).as("--strict leaves the store unchanged").isEqualTo(before);
    CliRun lenient = CliRun.of("import", ads.toString(), "--case", "C", "--home", home.toString());
    assertThat(lenient.exit()).isZero();
    assertThat(lenient.err()).contains("line 2");
    assertThat(json(lenient)).extracting(n -> n.path("kind").asText()).containsExactly("jsonl", "ad", "ad");
    assertThat(CliRun.of("verify", "--home", home.toString()).exit()).isZero();
  }

  @Test
  void usageErrorsExitTwoAndUnreachableCapturesExitOne() throws Exception {
    String home = dir.resolve("home").toString();
    assertThat(CliRun.of("import", dir.resolve("missing.warc").toString(), "--case", "C", "--home", home).exit()).isEqualTo(2);
    assertThat(CliRun.of("capture", "ftp://x.test/", "--case", "C", "--home", home).exit()).isEqualTo(2);
    assertThat(CliRun.of("capture", "http://x.test/", "--case", " ", "--home", home).exit()).isEqualTo(2);
    assertThat(CliRun.of("evidence", "configure", "--tsa-url", "http://127.0.0.1:1/none", "--home", home).exit()).isEqualTo(2);
    int port;
    try (var s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    CliRun r = CliRun.of("capture", "http://127.0.0.1:" + port + "/x", "--case", "C", "--home", home);
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("fetch failed");
    assertThat(CliRun.of("verify", "--home", home).exit()).isZero();
    for (String cmd : List.of("capture", "import", "verify", "verify-bundle")) {
      CliRun h = CliRun.of(cmd, "--help");
      assertThat(h.exit()).isZero();
      assertThat(String.join("\n", h.out())).contains("Examples:");
    }
  }

  @Test
  void aWarcWrittenByThreadlineCanBeImportedElsewhere() throws Exception {
    try (LocalSite site = new LocalSite()) {
      site.put("/p", LocalSite.Page.ok("text/html", SyntheticFiles.adPage("x", "416-555-0101", null, null).getBytes(StandardCharsets.UTF_8)));
      String a = dir.resolve("a").toString();
      assertThat(CliRun.of("capture", site.url("/p").toString(), "--case", "C", "--home", a).exit()).isZero();
      Path warc;
      try (Stream<Path> s = Files.walk(dir.resolve("a/warc"))) {
        warc = s.filter(Files::isRegularFile).findFirst().orElseThrow();
      }
      CliRun imp = CliRun.of("import", warc.toString(), "--case", "Copy", "--home", dir.resolve("b").toString());
      assertThat(imp.exit()).as(imp.toString()).isZero();
      assertThat(imp.err()).doesNotContain("does not match");
      assertThat(json(imp)).extracting(n -> n.path("kind").asText()).containsExactly("warc", "http-response");
    }
  }
}
