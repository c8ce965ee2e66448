package ca.threadline.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.app.CliRun;
import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.access.Role;
import ca.threadline.store.access.User;
import ca.threadline.store.document.DocumentView;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code threadline case sensitive} and {@code case reseal} on an imported case: after the mark,
 * the embedded database file and the full-text index hold no byte of the sealed text, members
 * still read it, exports redact it unless the case admin asks, and a rotation keeps it readable.
 */
class CaseSensitiveCommandTest {
  static final long SEED = 8_0808L;
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void markingSealsTheCaseAndExportsRedactIt(@TempDir Path dir) throws Exception {
    System.out.println("seed " + SEED);
    SplittableRandom random = new SplittableRandom(SEED);
    Path home = dir.resolve("home");
    List<String> statements = new ArrayList<>();
    StringBuilder ads = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      byte[] b = new byte[8];
      random.nextBytes(b);
      String secret = "survivor" + HexFormat.of().formatHex(b);
      statements.add(secret);
      ads.append("{\"id\":\"s").append(i).append("\",\"text\":\"Statement ").append(secret)
          .append(" call 416-555-01").append(10 + i % 20).append("\",\"city\":\"Toronto\",\"posted_at\":\"2026-02-01T10:00:00Z\"}\n");
    }
    Path in = dir.resolve("ads.jsonl");
    Files.writeString(in, ads, StandardCharsets.UTF_8);
    CliRun imported = CliRun.run("", "import", in.toString(), "--case", "Seal", "--home", home.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    try (Store s = Store.open(StoreConfig.embedded(home))) {
      User admin = s.users().find("admin").orElseThrow();
      long c = s.cases().idByName(admin, "Seal").orElseThrow();
      User ines = s.users().create(admin, "ines", "Inès", Role.INVESTIGATOR, null);
      s.cases().addMember(admin, c, ines.id(), Role.INVESTIGATOR);
    }
    assertThat(scan(home.resolve("db"), statements)).as("plaintext before the mark").isNotEmpty();

    CliRun noReason = CliRun.run("", "case", "sensitive", "--case", "Seal", "--mark", "document.body", "--home", home.toString());
    assertThat(noReason.exitCode()).isEqualTo(2);
    assertThat(noReason.err()).contains("--reason");
    CliRun refused = CliRun.run("", "case", "sensitive", "--case", "Seal", "--mark", "document.body", "--reason", "x",
        "--as", "ines", "--home", home.toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("not an admin of that case");
    CliRun bad = CliRun.run("", "case", "sensitive", "--case", "Seal", "--mark", "Document Body", "--reason", "x", "--home", home.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("entity.field");

    CliRun marked = CliRun.run("", "case", "sensitive", "--case", "Seal", "--mark", "document.body", "--mark", "note.body",
        "--reason", "survivor statements", "--home", home.toString());
    assertThat(marked.exitCode()).as(marked.err()).isZero();
    JsonNode first = JSON.readTree(marked.outLines().get(0));
    assertThat(first.path("sealed_column").asText()).isEqualTo("documents.body");
    assertThat(first.path("rows_sealed").asInt()).isEqualTo(30);
    assertThat(scan(home.resolve("db"), statements)).as("plaintext in the database file").isEmpty();
    assertThat(scan(home.resolve("index"), statements)).as("plaintext in the index").isEmpty();
    assertThat(scan(home.resolve("keys"), statements)).isEmpty();

    CliRun listed = CliRun.run("", "case", "sensitive", "--case", "Seal", "--list", "--as", "ines", "--home", home.toString());
    assertThat(listed.exitCode()).as(listed.err()).isZero();
    assertThat(listed.outLines()).hasSize(2).allSatisfy(l -> assertThat(JSON.readTree(l).path("sealed").asBoolean()).isTrue());

    // Members read it; exports redact it unless the case admin asks.
    try (Store s = Store.open(StoreConfig.embedded(home))) {
      User ines = s.users().find("ines").orElseThrow();
      long c = s.cases().idByName(ines, "Seal").orElseThrow();
      DocumentView d = s.documents().byExternalId(ines, c, "s7");
      assertThat(d.text()).contains(statements.get(7));
    }
    Path html = dir.resolve("out.html");
    CliRun redacted = CliRun.run("", "export", "dossier", "--case", "Seal", "--out", html.toString(), "--user", "ines", "--home", home.toString());
    assertThat(redacted.exitCode()).as(redacted.err()).isZero();
    String page = Files.readString(html);
    assertThat(statements).noneSatisfy(secret -> assertThat(page).contains(secret));
    assertThat(page).contains("[redacted] (the case marks document text sensitive)");
    CliRun notAllowed = CliRun.run("", "export", "dossier", "--case", "Seal", "--out", html.toString(), "--user", "ines",
        "--include-sensitive", "--home", home.toString());
    assertThat(notAllowed.exitCode()).isEqualTo(2);
    CliRun full = CliRun.run("", "export", "dossier", "--case", "Seal", "--out", html.toString(), "--include-sensitive", "--home", home.toString());
    assertThat(full.exitCode()).as(full.err()).isZero();
    String fullPage = Files.readString(html);
    assertThat(statements).anySatisfy(secret -> assertThat(fullPage).contains(secret));
    assertThat(fullPage).doesNotContain("[redacted]");

    // Rotation: a new primary key, every row moved to it, still readable.
    CliRun rotated = CliRun.run("", "case", "reseal", "--case", "Seal", "--rotate-key", "--home", home.toString());
    assertThat(rotated.exitCode()).as(rotated.err()).isZero();
    JsonNode r = JSON.readTree(rotated.outLines().get(0));
    assertThat(r.path("new_primary_key").asText()).isNotBlank();
    assertThat(r.path("rows_resealed").path("documents.body").asInt()).isEqualTo(30);
    CliRun rotateRefused = CliRun.run("", "case", "reseal", "--case", "Seal", "--rotate-key", "--as", "ines", "--home", home.toString());
    assertThat(rotateRefused.exitCode()).isEqualTo(2);
    try (Store s = Store.open(StoreConfig.embedded(home))) {
      User ines = s.users().find("ines").orElseThrow();
      long c = s.cases().idByName(ines, "Seal").orElseThrow();
      assertThat(s.documents().byExternalId(ines, c, "s29").text()).contains(statements.get(29));
    }
    assertThat(scan(home.resolve("db"), statements)).isEmpty();
  }

  /** The secrets whose bytes occur in a file under {@code dir}. */
  static List<String> scan(Path dir, List<String> secrets) throws IOException {
    List<String> found = new ArrayList<>();
    if (!Files.exists(dir)) {
      return found;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        for (String secret : secrets) {
          if (bytes.contains(secret)) {
            found.add(secret + " in " + p);
          }
        }
      }
    }
    return found;
  }
}
