package ca.threadline.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.app.CliRun;
import ca.threadline.testkit.corpus.Corpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline end to end through the real commands: JSON Lines ads from the testkit corpus
 * generator imported as evidence, stored, linked. Batches give what one run gives; a re-run
 * changes nothing; new material hitting a known selector raises an alert.
 */
class PipelineTest {
  @TempDir Path dir;

  @Test
  void batchesGiveWhatOneRunGivesAndReRunsChangeNothing() throws Exception {
    Corpus c = CaseFixture.corpus(4711, 600);
    Path in = dir.resolve("in");
    Path a = CaseFixture.write(c, 0, 250, in.resolve("a.jsonl"));
    Path b = CaseFixture.write(c, 250, 420, in.resolve("b.jsonl"));
    Path d = CaseFixture.write(c, 420, 600, in.resolve("c.jsonl"));

    Path one = dir.resolve("one");
    CliRun all = CliRun.run("", "import", in.toString(), "--case", "Nord", "--home", one.toString());
    assertThat(all.exitCode()).as(all.err()).isZero();
    assertThat(all.err()).contains("opened case \"Nord\"").contains("600 new");

    Path inc = dir.resolve("inc");
    for (Path f : new Path[] {a, b, d}) {
      CliRun r = CliRun.run("", "import", f.toString(), "--case", "Nord", "--home", inc.toString());
      assertThat(r.exitCode()).as(r.err()).isZero();
    }
    Map<String, String> expected = CaseFixture.assignments(one, "Nord");
    assertThat(expected).hasSize(600);
    assertThat(expected.values().stream().filter(v -> !v.endsWith("|null")).count()).as("documents in networks").isGreaterThan(300);
    assertThat(CaseFixture.assignments(inc, "Nord")).isEqualTo(expected);
    Map<String, String> networks = CaseFixture.networks(one, "Nord");
    assertThat(networks).hasSizeGreaterThan(5);
    assertThat(CaseFixture.networks(inc, "Nord")).isEqualTo(networks);

    Path state = inc.resolve("derived/pipeline/Nord/state.json");
    byte[] before = Files.readAllBytes(state);
    CliRun again = CliRun.run("", "import", in.toString(), "--case", "Nord", "--home", inc.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.outLines()).as("no new evidence").isEmpty();
    assertThat(again.err()).contains("0 new, 0 changed").contains("links unchanged");
    CliRun catchUp = CliRun.run("", "pipeline", "--case", "Nord", "--home", inc.toString());
    assertThat(catchUp.exitCode()).as(catchUp.err()).isZero();
    assertThat(catchUp.err()).contains("0 new, 0 changed, 0 unchanged").contains("links unchanged");
    assertThat(Files.readAllBytes(state)).isEqualTo(before);
    assertThat(CaseFixture.assignments(inc, "Nord")).isEqualTo(expected);
  }

  @Test
  void aDamagedOrLostLinkingStateIsRebuiltFromTheCase() throws Exception {
    Corpus c = CaseFixture.corpus(99, 400);
    Path a = CaseFixture.write(c, 0, 300, dir.resolve("d/a.jsonl"));
    Path b = CaseFixture.write(c, 300, 400, dir.resolve("d/b.jsonl"));
    Path ref = dir.resolve("ref");
    assertThat(CliRun.run("", "import", dir.resolve("d").toString(), "--case", "K", "--home", ref.toString()).exitCode()).isZero();
    Path home = dir.resolve("damaged");
    assertThat(CliRun.run("", "import", a.toString(), "--case", "K", "--home", home.toString()).exitCode()).isZero();
    Path link = home.resolve("derived/pipeline/K/link.state");
    byte[] bytes = Files.readAllBytes(link);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(link, bytes);
    CliRun r = CliRun.run("", "import", b.toString(), "--case", "K", "--home", home.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("cannot be used").contains("100 new, 0 changed, 300 unchanged");
    assertThat(CaseFixture.assignments(home, "K")).isEqualTo(CaseFixture.assignments(ref, "K"));
    assertThat(CaseFixture.networks(home, "K")).isEqualTo(CaseFixture.networks(ref, "K"));
    // the pipeline's own state lost: the next run reads everything again and finds nothing to change
    Files.delete(home.resolve("derived/pipeline/K/state.json"));
    CliRun again = CliRun.run("", "pipeline", "--case", "K", "--home", home.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.err()).contains("0 new, 0 changed, 400 unchanged").contains("0 assignment(s), 0 template(s), 0 network(s) updated");
  }

  @Test
  void newMaterialOnAKnownPhoneRaisesOneAlert() throws Exception {
    Path home = dir.resolve("home");
    Path first = dir.resolve("first.jsonl");
    Files.writeString(first, """
        {"id":"a1","text":"Sweet Nadia new in town, call 416-555-0142 for outcalls. Discreet and friendly.","city":"Toronto","posted_at":"2026-02-01T10:00:00Z"}
        {"id":"a2","text":"Other ad, text me at 647 555 0199 anytime, open minded girl","city":"Toronto","posted_at":"2026-02-02T10:00:00Z"}
        """, StandardCharsets.UTF_8);
    assertThat(CliRun.run("", "import", first.toString(), "--case", "Alerte", "--home", home.toString()).exitCode()).isZero();
    Path second = dir.resolve("second.jsonl");
    Files.writeString(second, """
        {"id":"b1","text":"Back in Ottawa this week only!! 416.555.0142 no text","city":"Ottawa","posted_at":"2026-02-09T10:00:00Z"}
        {"id":"b2","text":"Brand new face, call (819) 555-0177","city":"Gatineau","posted_at":"2026-02-09T11:00:00Z"}
        """, StandardCharsets.UTF_8);
    CliRun r = CliRun.run("", "import", second.toString(), "--case", "Alerte", "--home", home.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("alert: phone +14165550142 was already in the case (first in document a1); 1 new document(s)");
    assertThat(r.err()).doesNotContain("+18195550177 was already");

    CliRun list = CliRun.run("", "alerts", "--case", "Alerte", "--home", home.toString());
    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(list.outLines()).hasSize(1);
    JsonNode alert = new ObjectMapper().readTree(list.outLines().get(0));
    assertThat(alert.path("selector").asText()).isEqualTo("phone:+14165550142");
    assertThat(alert.path("first_document").asText()).isEqualTo("a1");
    assertThat(alert.path("sample_document").asText()).isEqualTo("b1");
    assertThat(alert.path("new_documents").asInt()).isEqualTo(1);
    // The two ads now share a network: the phone ties them.
    Map<String, String> links = CaseFixture.assignments(home, "Alerte");
    assertThat(links.get("a1").split("\\|")[1]).isNotEqualTo("null").isEqualTo(links.get("b1").split("\\|")[1]);
    // Importing the same file again is not new material: no second alert.
    CliRun again = CliRun.run("", "import", second.toString(), "--case", "Alerte", "--home", home.toString());
    assertThat(again.err()).doesNotContain("alert:");
    assertThat(CliRun.run("", "alerts", "--case", "Alerte", "--home", home.toString()).outLines()).hasSize(1);
  }

  @Test
  void aReviewerCannotFeedTheStoreAndUnknownCasesAreRefused() throws Exception {
    Path home = dir.resolve("h");
    CliRun r = CliRun.run("", "alerts", "--case", "Nowhere", "--home", home.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no case \"Nowhere\"");
    Path f = dir.resolve("x.jsonl");
    Files.writeString(f, "{\"id\":\"x1\",\"text\":\"call 416-555-0101\"}\n");
    CliRun bad = CliRun.run("", "import", f.toString(), "--case", "C", "--home", home.toString(), "--user", "nobody");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("the evidence is committed, but the case store was not updated").contains("no user nobody");
    assertThat(bad.outLines()).hasSize(2); // the file and the ad are committed evidence all the same
    CliRun fixed = CliRun.run("", "pipeline", "--case", "C", "--home", home.toString());
    assertThat(fixed.exitCode()).as(fixed.err()).isZero();
    assertThat(fixed.err()).contains("1 new");
  }
}
