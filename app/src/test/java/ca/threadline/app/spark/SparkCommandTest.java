package ca.threadline.app.spark;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.app.cli.Cli;
import ca.threadline.testkit.corpus.CorpusAd;
import ca.threadline.testkit.corpus.CorpusGenerator;
import ca.threadline.testkit.corpus.CorpusSpec;
import ca.threadline.testkit.corpus.Difficulty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code threadline spark} end to end through the CLI: a local run in a child JVM on the built
 * Spark jobs gives exactly what the embedded commands give ({@code cluster}; {@code chain cluster}
 * through export-parquet and import-clusters), and a cluster master gets its spark-submit line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cli.run(args, new ByteArrayInputStream(new byte[0]), out, err);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @BeforeAll
  void needsTheBuiltJobs() {
    Path dist = Path.of(System.getProperty("threadline.repoRoot", "."), "spark", "target", "lib");
    String why = "the Spark jobs are not built (" + dist + "); run ./build -pl spark -am package first, or the whole ./build verify";
    if (!Files.isDirectory(dist) && "1".equals(System.getenv("THREADLINE_REQUIRE_SERVICES"))) {
      Assertions.fail("THREADLINE_REQUIRE_SERVICES=1 but " + why);
    }
    Assumptions.assumeTrue(Files.isDirectory(dist), why);
  }

  @Test
  void clusterAdsLocallyEqualsThreadlineCluster() throws IOException {
    long seed = 4711;
    System.out.println("corpus seed " + seed);
    Path in = tmp.resolve("ads.jsonl");
    Files.write(in, CorpusGenerator.generate(CorpusSpec.of(seed, 600, Difficulty.HARD)).ads().stream().map(CorpusAd::toJson).toList());
    Run embedded = run("cluster", "--input", in.toString());
    assertThat(embedded.code()).as(embedded.err()).isZero();
    Path out = tmp.resolve("spark-ads");
    // lib/ keeps the shared modules as they were when the Spark module was last packaged; a local
    // job must run this application's own (here: lib/'s copies are unusable)
    Path dist = distributionWithStaleSharedModules();
    Run spark = run("spark", "cluster-ads", "--input", in.toString(), "--output", out.toString(), "--master", "local[2]", "--spark-dist", dist.toString());
    assertThat(spark.code()).as(spark.err()).isZero();
    JsonNode summary = JSON.readTree(spark.out());
    assertThat(summary.get("ads").asLong()).isEqualTo(600);
    assertThat(String.join("\n", parts(out))).isEqualTo(embedded.out().strip());
  }

  @Test
  void chainRoundTripThroughParquetSparkAndImport() throws IOException {
    String home = tmp.resolve("home").toString();
    Path gen = tmp.resolve("gen");
    assertThat(run("chain", "generate", "--out", gen.toString(), "--seed", "21", "--blocks", "80", "--users", "40").code()).isZero();
    assertThat(run("chain", "import", "--blocks", gen.resolve("blocks").toString(), "--home", home).code()).isZero();
    assertThat(run("chain", "tags", "import", gen.resolve("truth/tagpack.yaml").toString(), "--home", home).code()).isZero();
    assertThat(run("chain", "cluster", "--home", home).code()).isZero();
    Path before = tmp.resolve("before.csv");
    assertThat(run("chain", "export-clusters", "--out", before.toString(), "--home", home).code()).isZero();

    Path pq = tmp.resolve("chain-pq");
    Run export = run("chain", "export-parquet", "--out", pq.toString(), "--home", home, "--rows-per-file", "1000");
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(run("chain", "export-parquet", "--out", pq.toString(), "--home", home).code()).as("never overwrites").isEqualTo(2);
    Path clusters = tmp.resolve("chain-clusters");
    Run spark = run("spark", "cluster-addresses", "--input", pq.toString(), "--output", clusters.toString());
    assertThat(spark.code()).as(spark.err()).isZero();
    assertThat(String.join("\n", parts(clusters.resolve("clusters")))).isEqualTo(Files.readString(before).strip());

    // a damaged file is refused and the clustering in place is kept
    Path bad = tmp.resolve("bad.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(before));
    lines.set(lines.size() / 2, "not-an-address,0");
    Files.write(bad, lines);
    Run refused = run("chain", "import-clusters", bad.toString(), "--home", home);
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains(bad + ":" + (lines.size() / 2 + 1) + ": address not-an-address is not on this chain");

    Run imported = run("chain", "import-clusters", clusters.toString(), "--home", home);
    assertThat(imported.code()).as(imported.err()).isZero();
    Path after = tmp.resolve("after.csv");
    assertThat(run("chain", "export-clusters", "--out", after.toString(), "--home", home).code()).isZero();
    assertThat(Files.readAllLines(after)).isEqualTo(Files.readAllLines(before));

    String[] pair = largestClusterEnds(Files.readAllLines(after));
    Run explain = run("chain", "explain", pair[0], pair[1], "--home", home);
    assertThat(explain.code()).as(explain.err()).isZero();
    JsonNode e = JSON.readTree(explain.out());
    assertThat(e.get("same_cluster").asBoolean()).isTrue();
    assertThat(e.get("evidence").asText()).isEqualTo("co-spend search");
    assertThat(e.get("path").size()).isPositive();
  }

  @Test
  void aClusterMasterGetsTheSparkSubmitLine() throws IOException {
    Run r = run("spark", "cluster-ads", "--input", "hdfs:///unit/ads", "--output", "hdfs:///unit/out", "--master", "yarn", "--num-executors", "20", "--executor-memory", "12g");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode n = JSON.readTree(r.out());
    String line = n.get("spark_submit").asText();
    assertThat(line).startsWith("spark-submit --class ca.threadline.spark.Main --name 'threadline cluster-ads' --master yarn --deploy-mode cluster");
    assertThat(line).contains("--executor-memory 12g", "--num-executors 20", "-job.jar cluster-ads --input hdfs:///unit/ads --output hdfs:///unit/out");
    assertThat(Path.of(n.get("jar").asText())).exists();
    assertThat(r.err()).contains(line);
  }

  @Test
  void badUsageIsExitTwo() {
    assertThat(run("spark", "cluster-ads", "--input", tmp.resolve("missing.jsonl").toString(), "--output", tmp.resolve("o").toString()).code()).isEqualTo(2);
    assertThat(run("spark", "cluster-ads", "--input", "x", "--output", "y", "--format", "csv", "--master", "yarn").code()).isEqualTo(2);
  }

  private static String[] largestClusterEnds(List<String> csv) {
    java.util.Map<String, List<String>> byCluster = new java.util.HashMap<>();
    for (String l : csv.subList(1, csv.size())) {
      String[] p = l.split(",");
      byCluster.computeIfAbsent(p[1], k -> new ArrayList<>()).add(p[0]);
    }
    List<String> biggest = byCluster.values().stream().max(java.util.Comparator.comparingInt(List::size)).orElseThrow();
    assertThat(biggest.size()).isGreaterThan(2);
    return new String[] {biggest.get(0), biggest.get(biggest.size() - 1)};
  }

  /**
   * The built distribution, its {@code lib/} linked file by file, except that the jars of the
   * modules the jobs share with the embedded commands are empty: what a stale snapshot comes to at
   * worst. (Before the local runner put the application's own modules first, such a job ran the
   * snapshot's extraction rules and gave other template clusters than {@code threadline cluster}.)
   */
  private Path distributionWithStaleSharedModules() throws IOException {
    Path built = Path.of(System.getProperty("threadline.repoRoot", "."), "spark", "target").toAbsolutePath();
    Path dist = Files.createDirectories(tmp.resolve("stale-dist"));
    Path lib = Files.createDirectories(dist.resolve("lib"));
    try (Stream<Path> s = Files.list(built)) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith("threadline-spark-") && p.toString().endsWith(".jar")).toList()) {
        Files.createSymbolicLink(dist.resolve(p.getFileName()), p);
      }
    }
    int emptied = 0;
    try (Stream<Path> s = Files.list(built.resolve("lib"))) {
      for (Path p : s.toList()) {
        String name = p.getFileName().toString();
        if (name.matches("threadline-(core|extract|link|chain)-.*\\.jar")) {
          try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(lib.resolve(name)))) {
            z.putNextEntry(new java.util.zip.ZipEntry("META-INF/MANIFEST.MF"));
            z.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
          }
          emptied++;
        } else {
          Files.createSymbolicLink(lib.resolve(name), p);
        }
      }
    }
    assertThat(emptied).as("shared module jars in lib/").isEqualTo(4);
    return dist;
  }

  static List<String> parts(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }
}
