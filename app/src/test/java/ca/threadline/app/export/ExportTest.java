package ca.threadline.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.app.CliRun;
import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.access.Role;
import ca.threadline.store.access.User;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports of a small case whose ads carry hostile text (script tags, event handlers,
 * {@code javascript:} URLs, formula-looking ids): the dossier renders it inert, the PDF holds the
 * page's text, CSV quotes and neutralises it, FtM entities follow the schema; sensitive fields
 * are redacted unless a case admin asks; every export is in the custody log.
 */
class ExportTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static Path home;

  @BeforeAll
  static void buildCase() throws Exception {
    home = dir.resolve("home");
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("img"));
    BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 64, 48);
    g.setColor(Color.RED);
    g.fillRect(10, 10, 20, 20);
    g.dispose();
    ImageIO.write(img, "png", in.resolve("img/face.png").toFile());
    String hostile = "Hi <script>alert('x')</script> <img src=x onerror=alert(1)> visit javascript:alert(2) \\\"quoted\\\", ok";
    StringBuilder ads = new StringBuilder();
    ads.append("{\"id\":\"=HYPERLINK(\\\"http://evil.example\\\")\",\"text\":\"").append(hostile)
        .append(" Sweet Nadia new in town, call 416-555-0142 or nadia.rose@example.com bitcoin 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2\","
            + "\"url\":\"javascript:alert(3)\",\"city\":\"Toronto\",\"posted_at\":\"2026-02-01T10:00:00Z\",\"images\":[\"img/face.png\"]}\n");
    ads.append("{\"id\":\"a2\",\"text\":\"Nadia back in Ottawa, 416.555.0142, snap nadia_rose22 <b>bold</b>\",\"city\":\"Ottawa\","
        + "\"posted_at\":\"2026-02-05T10:00:00Z\"}\n");
    ads.append("{\"id\":\"a3\",\"text\":\"Nadia à Montréal cette semaine, 416 555 0142, discrète\",\"city\":\"Montreal\","
        + "\"posted_at\":\"2026-02-09T10:00:00Z\"}\n");
    ads.append("{\"id\":\"a4\",\"text\":\"Unrelated: selling a bike, call 613-555-0111\",\"city\":\"Ottawa\",\"posted_at\":\"2026-02-03T10:00:00Z\"}\n");
    Files.writeString(in.resolve("ads.jsonl"), ads, StandardCharsets.UTF_8);
    CliRun r = CliRun.run("", "import", in.resolve("ads.jsonl").toString(), "--case", "Export", "--home", home.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  private static String network() throws Exception {
    try (Store s = Store.open(StoreConfig.embedded(home))) {
      User u = s.users().find("admin").orElseThrow();
      long c = s.cases().idByName(u, "Export").orElseThrow();
      return s.networks().list(u, c, 1).get(0).key();
    }
  }

  @Test
  void dossierRendersHostileTextInert() throws Exception {
    Path out = dir.resolve("d.html");
    CliRun r = CliRun.run("", "export", "dossier", "--case", "Export", "--out", out.toString(), "--home", home.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode printed = JSON.readTree(r.outLines().get(0));
    assertThat(printed.path("network").asText()).isEqualTo(network());
    assertThat(printed.path("documents").asInt()).isEqualTo(3);
    String html = Files.readString(out);
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).as("no script element").isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("event handler on <%s>", e.tagName()).doesNotStartWith("on");
        assertThat(a.getValue().strip().toLowerCase()).as("attribute %s", a.getKey()).doesNotStartWith("javascript:");
      }
      if (e.tagName().equals("img")) {
        assertThat(e.attr("src")).startsWith("data:image/png;base64,");
        assertThat(e.attr("alt")).isEqualTo("blurred image");
      }
      if (e.tagName().equals("a")) {
        assertThat(e.attr("href")).startsWith("#");
      }
    }
    assertThat(doc.select("img")).hasSize(1);
    assertThat(doc.select("link, iframe, object, embed, base, form")).isEmpty();
    assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
    // The hostile words are there, as text.
    assertThat(doc.select("pre.ad").text()).contains("<script>alert('x')</script>").contains("onerror=alert(1)").contains("<b>bold</b>");
    assertThat(doc.text()).contains("javascript:alert(3)");
    assertThat(doc.select("svg.map circle").size()).as("circuit cities plotted").isGreaterThanOrEqualTo(3);
    assertThat(doc.text()).contains("Toronto, ON").contains("Ottawa, ON").contains("Montréal, QC");
    assertThat(doc.text()).contains("phone:+14165550142").contains("Chain of custody").contains("Merkle root");
    String sha = sha256OfEvidence("=HYPERLINK");
    assertThat(doc.text()).contains(sha);
    // the act is on the custody log, with the file's hash, and the custody log still verifies
    assertThat(Files.readString(home.resolve("custody/log.jsonl"))).contains("\"act\":\"export-written\"").contains(printed.path("sha256").asText());
    assertThat(CliRun.run("", "verify", "--home", home.toString()).exitCode()).isZero();
  }

  private static String sha256OfEvidence(String adIdPrefix) throws Exception {
    CliRun list = CliRun.run("", "evidence", "list", "--case", "Export", "--home", home.toString());
    for (String l : list.outLines()) {
      JsonNode n = JSON.readTree(l);
      if (n.path("kind").asText().equals("ad") && n.path("source").asText().endsWith("#L1")) {
        return n.path("sha256").asText();
      }
    }
    throw new AssertionError("no ad item for " + adIdPrefix);
  }

  @Test
  void pdfHoldsTheDossiersText() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "Chromium is not installed at /usr/bin/chromium");
    Path out = dir.resolve("d.pdf");
    CliRun r = CliRun.run("", "export", "dossier", "--case", "Export", "--out", out.toString(), "--home", home.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.size(out)).isGreaterThan(10_000);
    try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("Network " + network()).contains("Chain of custody").contains("Exhibits")
          .contains("Nadia back in Ottawa").contains("<script>alert");
    }
  }

  @Test
  void csvQuotesAndDisarmsFormulas() throws Exception {
    Path out = dir.resolve("c.csv");
    CliRun r = CliRun.run("", "export", "csv", "--case", "Export", "--out", out.toString(), "--home", home.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String csv = Files.readString(out);
    assertThat(csv).contains("\r\n").doesNotContain("\n=").doesNotContain(",=").doesNotContain(",+1").doesNotContain(",@");
    List<List<String>> rows = parse(csv);
    assertThat(rows.get(0)).isEqualTo(CsvExport.HEADER);
    for (List<String> row : rows) {
      assertThat(row).hasSize(CsvExport.HEADER.size());
      for (String cell : row) {
        assertThat(cell).as("cell that a spreadsheet would run").doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
      }
    }
    assertThat(rows).anySatisfy(row -> assertThat(row.get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\")"));
    assertThat(rows).anySatisfy(row -> assertThat(row.subList(9, 11)).containsExactly("phone", "'+14165550142"));
    assertThat(rows).anySatisfy(row -> assertThat(row.subList(9, 11)).containsExactly("btc", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"));
    assertThat(rows.stream().map(row -> row.get(1)).distinct().count()).isEqualTo(4 + 1);
  }

  /** An independent RFC 4180 reader for the test. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    return rows;
  }

  @Test
  void ftmEntitiesFollowTheSchema() throws Exception {
    Path out = dir.resolve("f.jsonl");
    CliRun r = CliRun.run("", "export", "ftm", "--case", "Export", "--out", out.toString(), "--home", home.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    // Required properties as the FtM schema files state them (Thing: name; UserAccount: username;
    // Documentation: document, entity), and links only to entities of the export.
    Map<String, List<String>> required = Map.of("Person", List.of("name"), "UserAccount", List.of("name", "username"),
        "CryptoWallet", List.of("name"), "PlainText", List.of("name"), "Documentation", List.of("document", "entity"),
        "UnknownLink", List.of("subject", "object"));
    Map<String, String> schemaOf = new HashMap<>();
    List<JsonNode> entities = new ArrayList<>();
    for (String l : lines) {
      JsonNode e = JSON.readTree(l);
      entities.add(e);
      assertThat(e.path("id").asText()).matches("[0-9a-f]{40}");
      assertThat(schemaOf.put(e.path("id").asText(), e.path("schema").asText())).as("id once").isNull();
      assertThat(required).containsKey(e.path("schema").asText());
      for (String p : required.get(e.path("schema").asText())) {
        assertThat(e.path("properties").path(p).isArray() && e.path("properties").path(p).size() > 0).as(e + " needs " + p).isTrue();
      }
      e.path("properties").fields().forEachRemaining(f -> {
        assertThat(f.getValue().isArray()).isTrue();
        f.getValue().forEach(v -> assertThat(v.isTextual()).as("values are strings").isTrue());
      });
    }
    Set<String> schemas = new HashSet<>(schemaOf.values());
    assertThat(schemas).contains("Person", "UserAccount", "CryptoWallet", "PlainText", "Documentation", "UnknownLink");
    for (JsonNode e : entities) {
      for (String ref : List.of("document", "entity", "subject", "object")) {
        for (JsonNode v : e.path("properties").path(ref)) {
          assertThat(schemaOf).as("reference %s of %s", ref, e.path("schema").asText()).containsKey(v.asText());
        }
      }
      if (e.path("schema").asText().equals("Person")) {
        assertThat(e.path("properties").path("name").get(0).asText()).startsWith("Person(s) advertised in network");
        assertThat(e.path("properties").path("phone").toString()).contains("+14165550142");
        assertThat(e.path("properties").path("firstName").isMissingNode()).as("no invented identity").isTrue();
      }
    }
    // stable ids: a second export names the same entities alike
    Path again = dir.resolve("f2.jsonl");
    assertThat(CliRun.run("", "export", "ftm", "--case", "Export", "--out", again.toString(), "--home", home.toString()).exitCode()).isZero();
    assertThat(Files.readAllLines(again)).isEqualTo(lines);
  }

  @Test
  void sensitiveFieldsAreRedactedUnlessACaseAdminAsks() throws Exception {
    Path home2 = dir.resolve("home2");
    Path ads = dir.resolve("s.jsonl");
    Files.writeString(ads, """
        {"id":"s1","text":"Call Nadia 416-555-0142 or nadia.rose@example.com","url":"https://ads.example/s1","city":"Toronto","posted_at":"2026-02-01T10:00:00Z"}
        {"id":"s2","text":"Nadia 416-555-0142 in Ottawa","url":"https://ads.example/s2","city":"Ottawa","posted_at":"2026-02-02T10:00:00Z"}
        """);
    assertThat(CliRun.run("", "import", ads.toString(), "--case", "Sens", "--home", home2.toString()).exitCode()).isZero();
    try (Store s = Store.open(StoreConfig.embedded(home2))) {
      User admin = s.users().find("admin").orElseThrow();
      long c = s.cases().idByName(admin, "Sens").orElseThrow();
      s.sensitiveFields().mark(admin, c, "selector.phone", "contact details of a possible victim");
      s.sensitiveFields().mark(admin, c, "document.url", "identifies the poster");
      s.sensitiveFields().mark(admin, c, "victim.name", "names");
      User ines = s.users().create(admin, "ines", "Inès", Role.INVESTIGATOR, null);
      s.cases().addMember(admin, c, ines.id(), Role.INVESTIGATOR);
    }
    Path csv = dir.resolve("s.csv");
    assertThat(CliRun.run("", "export", "csv", "--case", "Sens", "--out", csv.toString(), "--home", home2.toString()).exitCode()).isZero();
    String text = Files.readString(csv);
    assertThat(text).doesNotContain("4165550142").doesNotContain("ads.example").contains("[redacted]").contains("nadia.rose@example.com");
    Path html = dir.resolve("s.html");
    CliRun d = CliRun.run("", "export", "dossier", "--case", "Sens", "--out", html.toString(), "--home", home2.toString(), "--user", "ines");
    assertThat(d.exitCode()).as(d.err()).isZero();
    String page = Files.readString(html);
    assertThat(page).doesNotContain("416-555-0142").doesNotContain("4165550142").doesNotContain("ads.example/s").contains("victim.name");
    assertThat(Jsoup.parse(page).select("pre.ad").text()).contains("Call Nadia [redacted] or nadia.rose@example.com");
    Path ftm = dir.resolve("s.ftm");
    assertThat(CliRun.run("", "export", "ftm", "--case", "Sens", "--out", ftm.toString(), "--home", home2.toString()).exitCode()).isZero();
    assertThat(Files.readString(ftm)).doesNotContain("4165550142").doesNotContain("ads.example");
    // An investigator may not lift the redaction; the case admin may, and it is recorded.
    CliRun refused = CliRun.run("", "export", "csv", "--case", "Sens", "--out", csv.toString(), "--home", home2.toString(),
        "--user", "ines", "--include-sensitive");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("--include-sensitive needs the case admin role");
    CliRun full = CliRun.run("", "export", "csv", "--case", "Sens", "--out", csv.toString(), "--home", home2.toString(), "--include-sensitive");
    assertThat(full.exitCode()).as(full.err()).isZero();
    assertThat(Files.readString(csv)).contains("'+14165550142").contains("https://ads.example/s1");
    assertThat(Files.readString(home2.resolve("custody/log.jsonl"))).contains("\"include_sensitive\":true");
    try (Store s = Store.open(StoreConfig.embedded(home2))) {
      User admin = s.users().find("admin").orElseThrow();
      long c = s.cases().idByName(admin, "Sens").orElseThrow();
      assertThat(s.audit().ofCase(admin, c, Long.MAX_VALUE, 1000)).anySatisfy(a -> {
        assertThat(a.action()).isEqualTo("export.csv");
        assertThat(a.detail()).contains("include_sensitive=true");
      });
    }
  }
}
