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
