package ca.threadline.spark.ads;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.spark.JobArgs;
import ca.threadline.spark.Main;
import ca.threadline.spark.Sessions;
import ca.threadline.testkit.corpus.Corpus;
import ca.threadline.testkit.corpus.CorpusAd;
import ca.threadline.testkit.corpus.CorpusGenerator;
import ca.threadline.testkit.corpus.CorpusSpec;
import ca.threadline.testkit.corpus.Difficulty;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * The Spark job equals the embedded engine, ad for ad, on generated corpora: same template
 * clusters, same networks, same ids (the output is compared byte for byte, which implies the same
 * partitions).
 */
class ClusterAdsTest {
  private static SparkSession spark;

  @TempDir static Path tmp;

  @BeforeAll
  static void start() {
    spark = Sessions.open(new JobArgs("cluster-ads", "-", "-", "local[2]", "auto", 0, null, false));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void hardCorpusEqualsTheEmbeddedEngine() throws IOException {
    long seed = 90210;
    Corpus corpus = CorpusGenerator.generate(CorpusSpec.of(seed, 6000, Difficulty.HARD));
    System.out.println("corpus seed " + seed);
    Path in = tmp.resolve("hard.jsonl");
    Files.write(in, corpus.ads().stream().map(CorpusAd::toJson).toList());
    EmbeddedLinking.Result embedded = EmbeddedLinking.run(ads(corpus));
    List<String> sparkLines = runJob(in, tmp.resolve("hard.out"));
    assertThat(embedded.genericSelectors()).as("the corpus exercises the generic-selector rule").isPositive();
    assertThat(partitions(sparkLines, "template_cluster")).hasSizeLessThan(corpus.size() / 2);
    assertThat(sparkLines).isEqualTo(embedded.lines());
  }

  /**
   * Every kind of bad line the embedded command skips is skipped here too, reported as
   * FILE:LINE: reason; the ads that remain are linked exactly as the embedded engine links them.
   */
  @Test
  void badLinesAreReportedAndSkippedLikeTheEmbeddedCommand() throws IOException {
    Corpus corpus = CorpusGenerator.generate(CorpusSpec.of(77, 800, Difficulty.HARD));
    List<EmbeddedLinking.Ad> kept = new ArrayList<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<String> expectedProblems = new ArrayList<>();
    int[] line = {0};
    java.util.function.Consumer<byte[]> put = b -> {
      bytes.writeBytes(b);
      line[0]++;
    };
    put.accept(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // BOM, then the first ad on line 1
    line[0]--;
    for (int i = 0; i < corpus.size(); i++) {
      CorpusAd a = corpus.ads().get(i);
      put.accept((a.toJson() + (i % 7 == 0 ? "\r\n" : "\n")).getBytes(StandardCharsets.UTF_8));
      kept.add(new EmbeddedLinking.Ad(a.id(), a.text(), List.of()));
      switch (i) {
        case 100 -> put.accept("\n".getBytes(StandardCharsets.UTF_8));
        case 200 -> {
          put.accept("not json\n".getBytes(StandardCharsets.UTF_8));
          expectedProblems.add(":" + line[0] + ": invalid JSON");
        }
        case 300 -> {
          put.accept("{\"id\":\"x1\"}\n".getBytes(StandardCharsets.UTF_8));
          expectedProblems.add(":" + line[0] + ": missing \"text\"");
        }
        case 400 -> {
          put.accept("{\"id\":\"x2\",\"text\":\"hello there\",\"posted_at\":\"yesterday\"}\n".getBytes(StandardCharsets.UTF_8));
          expectedProblems.add(":" + line[0] + ": posted_at is not an ISO-8601 time");
        }
        case 500 -> {
          put.accept(("{\"id\":\"" + corpus.ads().get(5).id() + "\",\"text\":\"a repost\"}\n").getBytes(StandardCharsets.UTF_8));
          expectedProblems.add(":" + line[0] + ": duplicate id \"" + corpus.ads().get(5).id() + "\" (first at line 6)");
        }
        case 600 -> {
          put.accept(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'});
          expectedProblems.add(":" + line[0] + ": not valid UTF-8");
        }
        case 700 -> {
          put.accept("{\"id\":[1],\"text\":\"t\"}\n".getBytes(StandardCharsets.UTF_8));
          expectedProblems.add(":" + line[0] + ": id must be a string, found array");
        }
        default -> {}
      }
    }
    // a numeric id, and two short unrelated ads tied only by one image (hashes compared stripped, lower-cased)
    put.accept("{\"id\":900001,\"text\":\"Call me tonight downtown, new here\"}\n".getBytes(StandardCharsets.UTF_8));
    kept.add(new EmbeddedLinking.Ad("900001", "Call me tonight downtown, new here", List.of()));
    put.accept("{\"id\":\"img-a\",\"text\":\"Sweet and discreet\",\"image_hashes\":[\"ABC123\"]}\n".getBytes(StandardCharsets.UTF_8));
    kept.add(new EmbeddedLinking.Ad("img-a", "Sweet and discreet", List.of("ABC123")));
    put.accept("{\"id\":\"img-b\",\"text\":\"Totally other words\",\"image_hashes\":[\" abc123 \"]}".getBytes(StandardCharsets.UTF_8));
    kept.add(new EmbeddedLinking.Ad("img-b", "Totally other words", List.of(" abc123 ")));
    Path in = tmp.resolve("messy.jsonl");
    Files.write(in, bytes.toByteArray());

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int strict = Main.run(spark, JobArgs.parse(new String[] {"cluster-ads", "--input", in.toString(), "--output", tmp.resolve("strict.out").toString(), "--strict"}), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(strict).isEqualTo(2);
    assertThat(tmp.resolve("strict.out")).doesNotExist();

    List<String> lines = runJob(in, tmp.resolve("messy.out"));
    assertThat(lines).isEqualTo(EmbeddedLinking.run(kept).lines());
    String messages = err.toString(StandardCharsets.UTF_8);
    for (String p : expectedProblems) {
      assertThat(messages).contains(in + p);
    }
    String a = lines.get(lines.size() - 2);
    String b = lines.get(lines.size() - 1);
    assertThat(a.substring(a.indexOf("network"))).as("tied by the image").isEqualTo(b.substring(b.indexOf("network")));
  }

  /** Parquet input (two files, read in name order and row order) gives the same result as JSON Lines. */
  @Test
  void parquetInputEqualsTheEmbeddedEngine() throws IOException {
    Corpus corpus = CorpusGenerator.generate(CorpusSpec.of(5150, 1500, Difficulty.EASY));
    List<org.apache.spark.sql.Row> rows = new ArrayList<>();
    for (CorpusAd a : corpus.ads()) {
      rows.add(org.apache.spark.sql.RowFactory.create(a.id(), a.text(), a.city()));
    }
    org.apache.spark.sql.types.StructType schema =
        new org.apache.spark.sql.types.StructType().add("id", "string").add("text", "string").add("city", "string");
    Path pq = tmp.resolve("ads-parquet");
    var jsc = org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext());
    spark.createDataFrame(jsc.parallelize(rows, 2), schema).write().parquet(pq.toString());
    List<String> lines = runJob(pq, tmp.resolve("parquet.out"));
    assertThat(lines).isEqualTo(EmbeddedLinking.run(ads(corpus)).lines());
  }

  private static List<EmbeddedLinking.Ad> ads(Corpus corpus) {
    return corpus.ads().stream().map(a -> new EmbeddedLinking.Ad(a.id(), a.text(), List.of())).toList();
  }

  static List<String> runJob(Path in, Path out, String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of("cluster-ads", "--input", in.toString(), "--output", out.toString()));
    args.addAll(List.of(extra));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(spark, JobArgs.parse(args.toArray(String[]::new)), new PrintStream(err, true, StandardCharsets.UTF_8));
    System.out.println(err.toString(StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return readParts(out);
  }

  static List<String> readParts(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  /** Cluster id → number of ads, for one field of the output. */
  static Map<String, Integer> partitions(List<String> lines, String field) {
    Map<String, Integer> sizes = new HashMap<>();
    for (String l : lines) {
      int i = l.indexOf("\"" + field + "\":\"") + field.length() + 4;
      sizes.merge(l.substring(i, l.indexOf('"', i)), 1, Integer::sum);
    }
    return sizes;
  }
}
