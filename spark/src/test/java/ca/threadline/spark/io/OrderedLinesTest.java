package ca.threadline.spark.io;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.spark.JobArgs;
import ca.threadline.spark.Sessions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Line ordinals and numbers belong to the line, not to the task that happens to read it: the same
 * lines come out whether each input split is read by its own task or several splits are read by
 * one task of another stage (a {@code coalesce}, a {@code union}, a cached block recomputed inside
 * such a stage).
 */
class OrderedLinesTest {
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
  void numberingDoesNotDependOnTheTaskThatReadsASplit() throws IOException {
    long seed = 4711;
    System.out.println("lines seed " + seed);
    SplittableRandom r = new SplittableRandom(seed);
    List<OrderedLines.Line> expected = new ArrayList<>();
    List<String> files = new ArrayList<>();
    long ord = 0;
    for (String name : List.of("a.jsonl", "b.jsonl")) {
      List<String> lines = new ArrayList<>();
      for (int i = 0, n = 40 + r.nextInt(40); i < n; i++) {
        lines.add("line " + i + " of " + name + " " + "x".repeat(r.nextInt(60)));
      }
      Path f = tmp.resolve(name);
      Files.write(f, lines, StandardCharsets.UTF_8);
      files.add(f.toString());
      for (int i = 0; i < lines.size(); i++) {
        expected.add(new OrderedLines.Line(ord++, f.toString(), i + 1, lines.get(i), null));
      }
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    String key = "mapreduce.input.fileinputformat.split.maxsize";
    jsc.hadoopConfiguration().set(key, "512"); // several splits per file
    try {
      JavaRDD<OrderedLines.Line> lines = OrderedLines.read(jsc, files);
      assertThat(lines.getNumPartitions()).as("splits").isGreaterThan(4);
      assertThat(lines.collect()).isEqualTo(expected);
      // all splits read by the one task of a coalesced stage
      assertThat(lines.coalesce(1).collect()).isEqualTo(expected);
      // the second copy's splits read by tasks whose partition ids follow the first copy's
      List<OrderedLines.Line> twice = new ArrayList<>(expected);
      twice.addAll(expected);
      assertThat(lines.union(lines).collect()).isEqualTo(twice);
    } finally {
      jsc.hadoopConfiguration().unset(key);
    }
  }
}
