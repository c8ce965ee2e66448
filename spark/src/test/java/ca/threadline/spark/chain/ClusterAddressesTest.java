package ca.threadline.spark.chain;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.chain.api.ChainStore;
import ca.threadline.chain.api.ExplainStep;
import ca.threadline.chain.api.Explanation;
import ca.threadline.chain.cluster.ClusterImport;
import ca.threadline.chain.cluster.ClusterRun;
import ca.threadline.chain.cluster.CoinJoinRule;
import ca.threadline.chain.cluster.Heuristic;
import ca.threadline.chain.importer.ChainImporter;
import ca.threadline.chain.parquet.ParquetExport;
import ca.threadline.chain.tags.TagPackYaml;
import ca.threadline.chain.tags.TagStore;
import ca.threadline.spark.JobArgs;
import ca.threadline.spark.Main;
import ca.threadline.spark.Sessions;
import ca.threadline.testkit.chain.ChainGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a generated chain (CoinJoins of every kind the detectors know, exchange tags, XOR-obfuscated
 * shuffled block files), the Spark job's clusters and CoinJoin verdicts equal {@code chain
 * cluster}'s exactly, and importing them gives the store the same clusters, with explanations
 * searched over co-spends.
 */
class ClusterAddressesTest {
  static final long SEED = 77_2024L;
  private static SparkSession spark;
  @TempDir static Path tmp;
  static Path home;
  static Path out;
  static List<String> expectedClusters;
  static List<String> expectedCoinJoins;

  @BeforeAll
  static void build() throws Exception {
    System.out.println("chain seed " + SEED);
    ChainGenerator.Result gen =
        ChainGenerator.generate(ChainGenerator.Config.small(SEED).withBlocks(160).withXor(true).withShuffle(true).withMaxFileSize(256 * 1024), tmp.resolve("gen"));
    home = tmp.resolve("home");
    Path chain = home.resolve("chain");
    new ChainImporter(null, false).importBlocks(gen.blocksDir(), chain);
    try (Reader r = Files.newBufferedReader(gen.truthDir().resolve("tagpack.yaml"))) {
      new TagStore(chain).put(TagPackYaml.read(r, "tagpack.yaml"), "tagpack.yaml");
    }
    ClusterRun.run(chain, EnumSet.of(Heuristic.MULTI_INPUT), EnumSet.copyOf(CoinJoinRule.VETOES), null, 2, null);
    expectedClusters = new ArrayList<>(List.of("address,cluster"));
    expectedCoinJoins = new ArrayList<>(List.of("txid,tx,flags,rules"));
    Path export = tmp.resolve("export");
    try (ChainStore s = ChainStore.open(home)) {
      for (int a = 0; a < s.data().addressCount(); a++) {
        expectedClusters.add(s.addressText(a) + "," + s.clusterOf(a));
      }
      for (long t = 0; t < s.data().txCount(); t++) {
        int f = s.clusters().txFlags(t);
        if (f != 0) {
          expectedCoinJoins.add(s.txid(t) + "," + t + "," + f + "," + CoinJoinRule.describe(f).replace(',', ' '));
        }
      }
      ParquetExport.Summary sum = ParquetExport.export(s, export, 1500, null);
      assertThat(sum.transactionFiles()).as("several files, read in parallel").isGreaterThan(1);
      assertThat(sum.exchangeAddresses()).as("the exchange veto has tags to use").isPositive();
    }
    spark = Sessions.open(new JobArgs("cluster-addresses", "-", "-", "local[2]", "auto", 0, null, false));
    out = tmp.resolve("spark-out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(spark, JobArgs.parse(new String[] {"cluster-addresses", "--input", export.toString(), "--output", out.toString()}), new PrintStream(err, true, StandardCharsets.UTF_8));
    System.out.println(err.toString(StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void clustersEqualTheEmbeddedClustering() throws IOException {
    List<String> actual = parts(out.resolve("clusters"));
    assertThat(actual).hasSameSizeAs(expectedClusters);
    assertThat(actual).isEqualTo(expectedClusters);
    Map<String, Integer> sizes = new HashMap<>();
    for (String l : actual.subList(1, actual.size())) {
      sizes.merge(l.substring(l.indexOf(',') + 1), 1, Integer::sum);
    }
    assertThat(sizes.values().stream().filter(n -> n > 1).count()).as("multi-address clusters").isGreaterThan(10);
  }

  @Test
  void coinJoinVerdictsEqualTheEmbeddedOnes() throws IOException {
    assertThat(expectedCoinJoins.size()).as("the chain has CoinJoins").isGreaterThan(10);
    assertThat(parts(out.resolve("coinjoins"))).isEqualTo(expectedCoinJoins);
  }

  @Test
  void importedClustersServeLookupsAndExplanations() throws IOException {
    Path copy = tmp.resolve("home-copy");
    copyTree(home, copy);
    ClusterImport.Result r = ClusterImport.run(copy.resolve("chain"), out, null);
    assertThat(r.notListed()).isZero();
    try (ChainStore s = ChainStore.open(copy)) {
      assertThat(s.clusters().hasEvidence()).isFalse();
      assertThat(s.clusters().result().path("source").asText()).isEqualTo("spark");
      List<String> lines = new ArrayList<>(List.of("address,cluster"));
      int[] best = {-1, 0};
      for (int a = 0; a < s.data().addressCount(); a++) {
        lines.add(s.addressText(a) + "," + s.clusterOf(a));
        long size = s.clusterSize(s.clusterOf(a));
        if (size > best[1]) {
          best[0] = a;
          best[1] = (int) size;
        }
      }
      assertThat(lines).isEqualTo(expectedClusters);
      // the largest cluster: explain its first and last member by co-spends
      int c = (int) s.clusterOf(best[0]);
      int last = s.clusters().member(c, s.clusters().size(c) - 1);
      Explanation e = s.explain(s.addressText(c), s.addressText(last));
      assertThat(e.sameCluster()).isTrue();
      assertThat(e.evidence()).isEqualTo(Explanation.FROM_SEARCH);
      assertThat(e.path()).isNotEmpty();
      assertThat(e.path().get(0).from()).isEqualTo(s.addressText(c));
      assertThat(e.path().get(e.path().size() - 1).to()).isEqualTo(s.addressText(last));
      for (ExplainStep step : e.path()) {
        long t = s.findTx(step.txid());
        List<String> inputs = new ArrayList<>();
        for (long i = s.data().txFirstInput(t); i < s.data().txInputEnd(t); i++) {
          inputs.add(s.addressText(s.data().inAddress(i)));
        }
        assertThat(inputs).as("both ends are inputs of " + step.txid()).contains(step.from(), step.to());
        assertThat(CoinJoinRule.VETO_MASK & s.clusters().txFlags(t)).as("no CoinJoin on the path").isZero();
      }
    }
  }

  static List<String> parts(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> st = Files.list(dir)) {
      for (Path p : st.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> st = Files.walk(from)) {
      for (Path p : st.toList()) {
        Path q = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
        } else if (!p.getFileName().toString().equals(".lock")) {
          Files.copy(p, q);
        }
      }
    }
  }
}
