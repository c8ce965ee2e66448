package ca.threadline.app.link;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.app.cli.Cli;
import ca.threadline.testkit.corpus.Corpus;
import ca.threadline.testkit.corpus.CorpusGenerator;
import ca.threadline.testkit.corpus.CorpusSpec;
import ca.threadline.testkit.corpus.Difficulty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static String corpusJsonl;
  private static List<String> corpusLines;

  record Run(int exit, String out, String err) {
    List<String> lines() {
      return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
    }
  }

  @BeforeAll
  static void corpus() throws Exception {
    Corpus c = CorpusGenerator.generate(CorpusSpec.of(606L, 1_500, Difficulty.HARD));
    StringWriter w = new StringWriter();
    c.writeJsonl(w);
    corpusJsonl = w.toString();
    corpusLines = Arrays.asList(corpusJsonl.split("\n"));
  }

  static Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] all = new String[args.length + 1];
    all[0] = "cluster";
    System.arraycopy(args, 0, all, 1, args.length);
    int exit = Cli.run(all, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  private static final String A1 = "{\"id\":\"a1\",\"text\":\"Hi gentlemen I'm Lily, new in town, sweet and discreet, real pics only, call me tonight, kisses\",\"posted_at\":\"2026-03-01T10:00:00Z\",\"city\":\"Toronto\"}";
  private static final String A2 = "{\"id\":\"a2\",\"text\":\"Hi gentlemen I'm Rose, new in town, sweet and discreet, real pics only, call me tonight, kisses\",\"posted_at\":\"2026-03-02T10:00:00-05:00\"}";
  private static final String B1 = "{\"id\":7,\"text\":\"Warehouse job in Mississauga, forklift licence required, day shifts, apply with resume at the front desk\"}";

  @Test
  void onePerAdInInputOrderWithSharedTemplateIds() {
    Run r = run(A1 + "\n" + B1 + "\n\n" + A2 + "\n");
    assertThat(r.exit()).isZero();
    List<String> lines = r.lines();
    assertThat(lines).hasSize(3);
    JsonNode a1 = parse(lines.get(0));
    JsonNode b1 = parse(lines.get(1));
    JsonNode a2 = parse(lines.get(2));
    assertThat(a1.get("id").asText()).isEqualTo("a1");
    assertThat(b1.get("id").asText()).isEqualTo("7");
    assertThat(a2.get("id").asText()).isEqualTo("a2");
    assertThat(a1.get("template_cluster")).isEqualTo(a2.get("template_cluster"));
    assertThat(a1.get("network")).isEqualTo(a2.get("network"));
    assertThat(b1.get("template_cluster")).isNotEqualTo(a1.get("template_cluster"));
    assertThat(a1.size()).isEqualTo(3); // exactly id, template_cluster, network
    assertThat(r.err()).contains("3 ads");
  }

  @Test
  void sameOutputForOneAndFourThreads() {
    Run one = run(corpusJsonl, "--threads", "1");
    Run four = run(corpusJsonl, "--threads", "4");
    assertThat(one.exit()).isZero();
    assertThat(one.lines()).hasSize(corpusLines.size());
    assertThat(four.out()).isEqualTo(one.out());
  }

  @Test
  void explainAppendsTemplateAndNetworkRecordsAfterUnchangedAdLines(@TempDir Path dir) throws Exception {
    Run plain = run(corpusJsonl);
    Run explained = run(corpusJsonl, "--explain");
    assertThat(explained.exit()).isZero();
    List<String> lines = explained.lines();
    int n = corpusLines.size();
    assertThat(String.join("\n", lines.subList(0, n)) + "\n").isEqualTo(plain.out());
    List<JsonNode> extra = lines.subList(n, lines.size()).stream().map(ClusterCommandTest::parse).toList();
    assertThat(extra).isNotEmpty().allSatisfy(x -> assertThat(x.get("kind").asText()).isIn("template", "network"));
    JsonNode t = extra.stream().filter(x -> x.get("kind").asText().equals("template")).findFirst().orElseThrow();
    assertThat(t.get("template").asText()).isNotBlank();
    assertThat(t.get("ads").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(t.get("slots").isArray()).isTrue();
    JsonNode net = extra.stream().filter(x -> x.get("kind").asText().equals("network")).findFirst().orElseThrow();
    for (String field : List.of("network", "ads", "template_clusters", "tied_by", "ignored_generic", "circuit", "phone_origins")) {
      assertThat(net.has(field)).as(field).isTrue();
    }
    // template records come first, then networks
    int lastTemplate = -1;
    int firstNetwork = Integer.MAX_VALUE;
    for (int i = 0; i < extra.size(); i++) {
      if (extra.get(i).get("kind").asText().equals("template")) {
        lastTemplate = i;
      } else {
        firstNetwork = Math.min(firstNetwork, i);
      }
    }
    assertThat(lastTemplate).isLessThan(firstNetwork);

    Path why = dir.resolve("why.jsonl");
    Run separate = run(corpusJsonl, "--explain-out", why.toString());
    assertThat(separate.out()).isEqualTo(plain.out());
    assertThat(Files.readAllLines(why)).isEqualTo(lines.subList(n, lines.size()));
  }

  /** City fields go through the gazetteer, phones through the area-code table. */
  @Test
  void networkRecordsShowCanonicalCircuitAndPhoneOrigins() {
    String in =
        "{\"id\":\"m1\",\"text\":\"Sweet Lea, 24, call 514-555-0142 for a good time, incall only\",\"posted_at\":\"2026-02-01T10:00:00Z\",\"city\":\"MTL\"}\n"
            + "{\"id\":\"m2\",\"text\":\"Warehouse shifts available, apply in person, bring your resume. Text 514.555.0142\",\"posted_at\":\"2026-02-03T10:00:00Z\",\"city\":\"toronto\"}\n"
            + "{\"id\":\"m3\",\"text\":\"Back again, text five one four five five five zero one four two\",\"posted_at\":\"2026-02-05T10:00:00Z\"}\n";
    Run r = run(in, "--explain");
    assertThat(r.exit()).isZero();
    JsonNode net = r.lines().stream().map(ClusterCommandTest::parse).filter(n -> n.path("kind").asText().equals("network")).findFirst().orElseThrow();
    assertThat(net.get("ads").asInt()).isEqualTo(3);
    assertThat(net.get("tied_by").get(0).get("value").asText()).isEqualTo("+15145550142");
    assertThat(net.get("circuit").get(0).get("city").asText()).isEqualTo("Montréal, QC");
    assertThat(net.get("circuit").get(1).get("city").asText()).isEqualTo("Toronto, ON");
    assertThat(net.get("unplaced_ads").asInt()).isEqualTo(1);
    JsonNode origin = net.get("phone_origins").get(0);
    assertThat(origin.get("area_code").asText()).isEqualTo("514");
    assertThat(origin.get("country").asText()).isEqualTo("CA");
    assertThat(origin.get("region").asText()).isEqualTo("QC");
  }

  /** Image hashes given with the ads are strong selectors: equal hashes tie otherwise unrelated ads. */
  @Test
  void sharedImageHashTiesAdsIntoOneNetwork() {
    String in =
        "{\"id\":\"i1\",\"text\":\"Petite brunette, sweet and playful, outcall only tonight\",\"image_hashes\":[\"AB12CD\"]}\n"
            + "{\"id\":\"i2\",\"text\":\"Massage relaxation downtown, professional and discreet service\",\"image_hashes\":[\"ab12cd\",\"ff00\"]}\n"
            + "{\"id\":\"i3\",\"text\":\"Garage sale on Saturday, furniture and books\",\"image_hashes\":[\"ff01\"]}\n";
    Run r = run(in, "--explain");
    List<JsonNode> lines = r.lines().stream().map(ClusterCommandTest::parse).toList();
    assertThat(lines.get(0).get("network")).isEqualTo(lines.get(1).get("network"));
    assertThat(lines.get(0).get("template_cluster")).isNotEqualTo(lines.get(1).get("template_cluster"));
    assertThat(lines.get(2).get("network")).isNotEqualTo(lines.get(0).get("network"));
    JsonNode net = lines.stream().filter(n -> n.path("kind").asText().equals("network")).findFirst().orElseThrow();
    assertThat(net.get("tied_by").get(0).get("type").asText()).isEqualTo("image");
    assertThat(net.get("tied_by").get(0).get("value").asText()).isEqualTo("ab12cd");
    Run bad = run("{\"id\":\"i4\",\"text\":\"x\",\"image_hashes\":\"ab\"}\n");
    assertThat(bad.err()).contains("-:1: image_hashes must be an array of strings");
  }

  @Test
  void badLinesAreReportedWithTheirNumberAndSkipped() {
    String input = A1 + "\n{not json\n{\"id\":\"x\"}\n{\"id\":\"y\",\"text\":\"t\",\"posted_at\":\"yesterday\"}\n" + A1 + "\n[1,2]\n" + A2 + "\n";
    Run r = run(input);
    assertThat(r.exit()).isZero();
    assertThat(r.lines()).hasSize(2);
    assertThat(r.err())
        .contains("-:2: invalid JSON")
        .contains("-:3: missing \"text\"")
        .contains("-:4: posted_at is not an ISO-8601 time")
        .contains("-:5: duplicate id \"a1\" (first at line 1)")
        .contains("-:6: expected a JSON object")
        .contains("5 bad line(s) skipped");
    Run strict = run(input, "--strict");
    assertThat(strict.exit()).isEqualTo(2);
    assertThat(strict.out()).isEmpty();
    assertThat(strict.err()).contains("-:2: invalid JSON").doesNotContain("-:3:");
  }

  @Test
  void missingInputFileIsAUsageError(@TempDir Path dir) {
    Run r = run("", "--input", dir.resolve("nope.jsonl").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no such file");
  }

  @Test
  void stateRunsPrintWhatOneRunOverAllInputsPrints(@TempDir Path dir) throws Exception {
    Path state = dir.resolve("case.link");
    int cut1 = corpusLines.size() / 3;
    int cut2 = 2 * corpusLines.size() / 3;
    String part1 = String.join("\n", corpusLines.subList(0, cut1)) + "\n";
    String part2 = String.join("\n", corpusLines.subList(cut1, cut2)) + "\n";
    String part3 = String.join("\n", corpusLines.subList(cut2, corpusLines.size())) + "\n";
    Run first = run(part1, "--state", state.toString());
    assertThat(first.exit()).isZero();
    assertThat(first.lines()).hasSize(cut1);
    Run second = run(part2, "--state", state.toString(), "--threads", "1");
    assertThat(second.lines()).hasSize(cut2);
    Run third = run(part3, "--state", state.toString(), "--explain");
    Run once = run(corpusJsonl, "--explain");
    assertThat(third.exit()).isZero();
    assertThat(third.out()).isEqualTo(once.out());
    assertThat(third.err()).contains("restored from");

    // an id already in the state is a bad line, the rest is added
    Run again = run(corpusLines.get(0) + "\n", "--state", state.toString());
    assertThat(again.err()).contains("-:1: duplicate id").contains("already in state");
    assertThat(again.lines()).hasSize(corpusLines.size());
  }

  @Test
  void damagedStateIsRefusedAndLeftAsItWas(@TempDir Path dir) throws Exception {
    Path state = dir.resolve("case.link");
    run(A1 + "\n", "--state", state.toString());
    byte[] bytes = Files.readAllBytes(state);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(state, bytes);
    Run r = run(A2 + "\n", "--state", state.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(state.toString()).contains("state file");
    assertThat(r.out()).isEmpty();
    assertThat(Files.readAllBytes(state)).isEqualTo(bytes);
  }

  /** Seeded random damage to a valid input never crashes the command nor loses the good lines. */
  @Test
  void fuzzedInputNeverCrashes() {
    long seed = 1789L;
    System.out.println("ClusterCommandTest fuzz seed " + seed);
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
    List<String> sample = corpusLines.subList(0, 120);
    for (int round = 0; round < 25; round++) {
      List<String> lines = new ArrayList<>();
      int intact = 0;
      java.util.Set<String> ids = new java.util.HashSet<>();
      for (String l : sample) {
        switch (rnd.nextInt(6)) {
          case 0 -> lines.add(l.substring(0, rnd.nextInt(l.length())));
          case 1 -> {
            char[] c = l.toCharArray();
            c[rnd.nextInt(c.length)] = (char) rnd.nextInt(0x20, 0x3000);
            lines.add(new String(c));
          }
          default -> {
            lines.add(l);
            intact++;
            ids.add(parse(l).get("id").asText());
          }
        }
      }
      Run r = run(String.join("\n", lines) + "\n");
      assertThat(r.exit()).as(r.err()).isZero();
      List<String> ids2 = r.lines().stream().map(x -> parse(x).get("id").asText()).toList();
      assertThat(ids2).containsAll(ids);
      assertThat(ids2.size()).isBetween(intact, sample.size());
    }
  }
}
