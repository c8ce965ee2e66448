package ca.threadline.app.chain;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.app.cli.Cli;
import ca.threadline.testkit.chain.ChainGenerator;
import ca.threadline.testkit.chain.GroundTruth;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The chain commands run in-process on a generated chain, checked against its ground truth. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChainCommandsTest {
  @TempDir static Path tmp;
  static final ObjectMapper JSON = new ObjectMapper();
  ChainGenerator.Result gen;
  String home;

  record Run(int code, String out, String err) {
    List<JsonNode> lines() throws Exception {
      List<JsonNode> l = new java.util.ArrayList<>();
      for (String s : out.split("\n")) {
        if (!s.isBlank()) {
          l.add(JSON.readTree(s));
        }
      }
      return l;
    }
  }

  static Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @BeforeAll
  void generateImportCluster() throws Exception {
    Run g = run("", "chain", "generate", "--out", tmp.resolve("gen").toString(), "--seed", "11", "--blocks", "90", "--users", "50", "--xor", "--shuffle", "--stale", "2", "--orphans", "1");
    assertThat(g.code()).as(g.err()).isZero();
    gen = ChainGenerator.generate(new ChainGenerator.Config(11, 90, 25, 50, "mainnet", true, true, 2, 1, false, 134217728L, true), tmp.resolve("gen-mem"));
    home = tmp.resolve("home").toString();
    Run imp = run("", "chain", "import", "--blocks", tmp.resolve("gen/blocks").toString(), "--home", home);
    assertThat(imp.code()).as(imp.err()).isZero();
    assertThat(imp.lines().get(0).get("tip").asText()).isEqualTo(gen.tipHash());
    Run tags = run("", "chain", "tags", "import", tmp.resolve("gen/truth/tagpack.yaml").toString(), "--home", home);
    assertThat(tags.code()).as(tags.err()).isZero();
    Run cl = run("", "chain", "cluster", "--home", home, "--truth", tmp.resolve("gen/truth/owners.csv").toString());
    assertThat(cl.code()).as(cl.err()).isZero();
    assertThat(cl.err()).contains("pair precision 1.0000");
  }

  @Test
  void exportClustersEqualsTheExpectedClustering() throws Exception {
    Path csv = tmp.resolve("clusters.csv");
    Run r = run("", "chain", "export-clusters", "--out", csv.toString(), "--home", home);
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).isEqualTo("address,cluster");
    Map<String, String> expected = gen.truth().expectedClusters(true);
    assertThat(lines).hasSize(expected.size() + 1);
    Map<String, String> mineToExp = new HashMap<>();
    Map<String, String> expToMine = new HashMap<>();
    for (String l : lines.subList(1, lines.size())) {
      String[] p = l.split(",");
      String e = expected.get(p[0]);
      assertThat(e).as(p[0]).isNotNull();
      assertThat(mineToExp.computeIfAbsent(p[1], k -> e)).isEqualTo(e);
      assertThat(expToMine.computeIfAbsent(e, k -> p[1])).isEqualTo(p[1]);
    }
  }

  @Test
  void addressPrintsTheContractFields() throws Exception {
    GroundTruth t = gen.truth();
    String a = t.facts("sweep").get(0).values().get("deposit").toString();
    Run r = run("", "chain", "address", a, "--home", home);
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode n = r.lines().get(0);
    assertThat(n.fieldNames()).toIterable().startsWith("address", "cluster", "cluster_size", "balance_sat", "received_sat", "tx_count", "tags");
    assertThat(n.get("balance_sat").asLong()).isEqualTo(t.balance(a));
    assertThat(n.get("received_sat").asLong()).isEqualTo(t.received(a));
    assertThat(n.get("tx_count").asLong()).isEqualTo(t.txCount(a));
    Run unknown = run("", "chain", "address", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "--home", home);
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("not seen");
  }

  @Test
  void explainAndTraceAndExposureAndLookup() throws Exception {
    GroundTruth t = gen.truth();
    GroundTruth.Fact sweep = t.facts("sweep").stream().filter(f -> !"".equals(f.values().get("hot_input"))).findFirst().orElseThrow();
    List<?> inv = (List<?>) sweep.values().get("invoices");
    Run e = run("", "chain", "explain", inv.get(0).toString(), inv.get(1).toString(), "--home", home);
    assertThat(e.code()).as(e.err()).isZero();
    JsonNode ex = e.lines().get(0);
    assertThat(ex.get("same_cluster").asBoolean()).isTrue();
    assertThat(ex.get("path").get(0).get("txid").asText()).isEqualTo(sweep.values().get("tx"));
    assertThat(ex.get("path").get(0).get("heuristic").asText()).isEqualTo("multi-input");

    Run tr = run("", "chain", "trace", sweep.values().get("tx").toString(), "--direction", "backward", "--hops", "1", "--home", home);
    assertThat(tr.code()).as(tr.err()).isZero();
    JsonNode first = tr.lines().get(0);
    assertThat(first.get("hops").asInt()).isEqualTo(1);
    assertThat(first.has("cluster") && first.has("amount_sat") && first.has("tags")).isTrue();
    assertThat(first.get("categories").toString()).contains("payment_processor");

    Run bad = run("", "chain", "trace", "nonsense", "--home", home);
    assertThat(bad.code()).isEqualTo(2);

    java.util.Set<String> swept = new java.util.HashSet<>();
    for (GroundTruth.Fact f : t.facts("sweep")) {
      if (!"".equals(f.values().get("hot_input"))) {
        ((List<?>) f.values().get("invoices")).forEach(x -> swept.add(x.toString()));
      }
    }
    GroundTruth.Fact pay = t.facts("ad_payment").stream().filter(f -> swept.contains(f.values().get("invoice").toString())).findFirst().orElseThrow();
    Run exp = run("", "chain", "exposure", pay.values().get("payer").toString(), "--home", home);
    assertThat(exp.code()).as(exp.err()).isZero();
    JsonNode ex1 = exp.lines().get(0);
    assertThat(ex1.get("scope").asText()).isEqualTo("cluster");
    assertThat(ex1.at("/outgoing/direct").has("payment_processor")).as(ex1.toString()).isTrue();

    String extract = "{\"id\":\"ad1\",\"language\":\"en\",\"selectors\":[{\"type\":\"btc\",\"value\":\"" + pay.values().get("invoice") + "\",\"start\":0,\"end\":10,\"obfuscation\":[]}],\"indicators\":[]}\nnot json\n";
    Run lk = run(extract, "chain", "lookup", "--home", home);
    assertThat(lk.code()).as(lk.err()).isZero();
    assertThat(lk.err()).contains("-:2:");
    JsonNode l = lk.lines().get(0);
    assertThat(l.get("id").asText()).isEqualTo("ad1");
    assertThat(l.get("found").asBoolean()).isTrue();
    assertThat(l.has("exposure")).isTrue();
  }

  @Test
  void tagsExportRoundTrips() throws Exception {
    Run r = run("", "chain", "tags", "export", "--home", home);
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode exported = ca.threadline.chain.tags.TagPackYaml.tree(r.out());
    JsonNode original = ca.threadline.chain.tags.TagPackYaml.tree(Files.readString(tmp.resolve("gen/truth/tagpack.yaml")));
    assertThat(exported).isEqualTo(original);
  }

  @Test
  void badBlockDirectoryIsExitTwo() {
    Run r = run("", "chain", "import", "--blocks", tmp.resolve("nowhere").toString(), "--home", tmp.resolve("h2").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("not a directory");
    Run h = run("", "chain", "--help");
    assertThat(h.out()).contains("import", "cluster", "explain", "trace");
  }
}
