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
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's partition does not depend on which task attempt computed what: with the input cut
 * into several splits (so ads are numbered across input partitions, and a repeated id must lose to
 * its first occurrence by position) and the first attempt of every third task killed while it
 * runs (Spark re-runs it: cached blocks, shuffle map outputs and results are computed again), the
 * output still equals the embedded engine's, line for line. The corpus is the one
 * {@code SparkCommandTest} runs through the launcher (600 HARD ads, seed 4711).
 */
class ClusterAdsRecomputationTest {
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
  void killedAndRerunTasksChangeNothing() throws IOException {
    long seed = 4711;
    System.out.println("corpus seed " + seed);
    Corpus corpus = CorpusGenerator.generate(CorpusSpec.of(seed, 600, Difficulty.HARD));
    List<String> lines = new ArrayList<>(corpus.ads().stream().map(CorpusAd::toJson).toList());
    CorpusAd repeated = corpus.ads().get(17);
    lines.add(400, "{\"id\":\"" + repeated.id() + "\",\"text\":\"a later record with an id seen before\"}");
    Path in = tmp.resolve("ads.jsonl");
    Files.write(in, lines);
    List<String> expected = EmbeddedLinking.run(corpus.ads().stream().map(a -> new EmbeddedLinking.Ad(a.id(), a.text(), List.of())).toList()).lines();

    SparkContext sc = spark.sparkContext();
    String splitSize = "mapreduce.input.fileinputformat.split.maxsize";
    sc.hadoopConfiguration().set(splitSize, String.valueOf(Files.size(in) / 5)); // six input splits
    Chaos chaos = new Chaos(sc, 3);
    sc.addSparkListener(chaos);
    try {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Path out = tmp.resolve("out");
      String[] args = {"cluster-ads", "--input", in.toString(), "--output", out.toString(), "--partitions", "3"};
      int code = Main.run(spark, JobArgs.parse(args), new PrintStream(err, true, StandardCharsets.UTF_8));
      System.out.println(err.toString(StandardCharsets.UTF_8));
      assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
      assertThat(err.toString(StandardCharsets.UTF_8)).contains(":401: duplicate id \"" + repeated.id() + "\" (first at line 18); skipped");
      List<String> got = ClusterAdsTest.readParts(out);
      assertThat(chaos.killed).as("task attempts killed and re-run").hasSizeGreaterThan(5);
      assertThat(got).isEqualTo(expected);
    } finally {
      sc.removeSparkListener(chaos);
      sc.hadoopConfiguration().unset(splitSize);
    }
  }

  /** Kills the first attempt of every {@code every}-th task shortly after it starts; Spark re-runs it. */
  static final class Chaos extends SparkListener {
    final Set<Long> killed = ConcurrentHashMap.newKeySet();
    private final SparkContext sc;
    private final int every;
    private final AtomicLong started = new AtomicLong();

    Chaos(SparkContext sc, int every) {
      this.sc = sc;
      this.every = every;
    }

    @Override
    public void onTaskStart(SparkListenerTaskStart start) {
      if (start.taskInfo().attemptNumber() == 0 && started.incrementAndGet() % every == 0) {
        long task = start.taskInfo().taskId();
        Thread.ofVirtual().start(() -> {
          try {
            Thread.sleep(2);
          } catch (InterruptedException e) {
            return;
          }
          if (sc.killTaskAttempt(task, true, "ClusterAdsRecomputationTest: re-run")) {
            killed.add(task);
          }
        });
      }
    }
  }
}
