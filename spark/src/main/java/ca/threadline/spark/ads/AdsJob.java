package ca.threadline.spark.ads;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import ca.threadline.link.network.GenericSelectorRule;
import ca.threadline.link.template.TemplateParameters;
import ca.threadline.spark.JobArgs;
import ca.threadline.spark.Sessions;
import ca.threadline.spark.graph.ConnectedComponents;
import ca.threadline.spark.io.JobOutput;
import ca.threadline.spark.io.JsonText;
import ca.threadline.spark.io.OrderedLines;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * The {@code cluster-ads} job: {@code threadline cluster} on Spark. Reads ads (JSON Lines or
 * Parquet), keeps the ads the embedded command keeps (bad records and repeated ids are reported
 * and skipped; the first occurrence of an id wins), numbers them in input order, and writes one
 * line per ad, in input order, {@code {"id","template_cluster","network"}} with the same ids as the
 * embedded command ({@code T<n>}/{@code N<n>}, n the 1-based position of the cluster's first ad).
 */
public final class AdsJob {
  /** Duplicate ids are dropped by a broadcast list of their positions; beyond this, refuse. */
  static final long MAX_DUPLICATES = 20_000_000L;

  static final int REPORTED_PROBLEMS = 100;

  /**
   * Band rounds of template clustering: all 64 bands at once for small inputs (fewest Spark
   * stages), else bands [0,1), [1,8), [8,64) so that later rounds ship shingle sets only for
   * buckets not yet joined (see {@link TemplateClusters}). The partition is the same either way.
   */
  static int[] roundEnds(long ads) {
    return ads <= ROUNDS_FROM ? new int[] {64} : new int[] {1, 8, 64};
  }

  static final long ROUNDS_FROM = 200_000;

  private static final StructType ADS =
      new StructType()
          .add("idx", org.apache.spark.sql.types.DataTypes.LongType, false)
          .add("id", org.apache.spark.sql.types.DataTypes.StringType, false)
          .add("shingles", FeatureRows.SCHEMA.apply("shingles").dataType(), false)
          .add("keys", FeatureRows.SCHEMA.apply("keys").dataType(), false)
          .add("set_hash", org.apache.spark.sql.types.DataTypes.LongType, false)
          .add("strong", FeatureRows.SCHEMA.apply("strong").dataType(), false);

  private AdsJob() {}

  /** Runs the job; returns the exit code (0, or 2 for bad input under {@code --strict}). */
  public static int run(SparkSession spark, JobArgs args, PrintStream err) throws IOException {
    long t0 = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JobOutput.refuseExisting(jsc, args.output());
    List<String> files = OrderedLines.files(jsc, args.input());
    boolean parquet = args.format().equals("parquet") || (args.format().equals("auto") && files.stream().allMatch(f -> f.endsWith(".parquet")));
    JavaRDD<Row> featureRdd = parquet ? ParquetAds.features(spark, files) : FeatureRows.ofLines(OrderedLines.read(jsc, files));
    Dataset<Row> features = spark.createDataFrame(featureRdd, FeatureRows.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> problems = features.where(col("problem").isNotNull());
    long bad = report(problems, err);
    Dataset<Row> good = features.where(col("problem").isNull()).drop("problem");
    long[] duplicates = duplicates(good, err);
    if (args.strict() && bad + duplicates.length > 0) {
      err.printf("cluster-ads: %d bad record(s) (stopped: --strict; nothing written)%n", bad + duplicates.length);
      return 2;
    }
    if (bad + duplicates.length > 0) {
      err.printf("cluster-ads: %d bad record(s) skipped%n", bad + duplicates.length);
    }
    Dataset<Row> ads = number(spark, jsc, parquet ? good.orderBy("ord") : good, duplicates).persist(StorageLevel.MEMORY_AND_DISK());
    long n = ads.count();
    features.unpersist();
    double readSeconds = (System.nanoTime() - t0) / 1e9;
    err.printf("cluster-ads: %,d ads read and extracted in %.1f s; linking%n", n, readSeconds);

    ConnectedComponents cc = Sessions.components(spark, args.checkpointDir());
    // A cost figure only, like the embedded engine's (whose skips depend on timing): Spark applies
    // accumulator updates made in transformations once per task attempt, so a re-run task or stage
    // counts its pairs again. Nothing decided depends on it.
    LongAccumulator verified = spark.sparkContext().longAccumulator("pairs verified");
    TemplateParameters params = TemplateParameters.defaults();
    Dataset<Row> templates = new TemplateClusters(params, cc, roundEnds(n), verified).components(ads).persist(StorageLevel.MEMORY_AND_DISK());
    long inTemplates = templates.count();
    err.printf("cluster-ads: template clusters done at %.1f s (%,d candidate pairs verified)%n", (System.nanoTime() - t0) / 1e9, verified.value());
    AdNetworks networks = new AdNetworks(spark, cc, GenericSelectorRule.defaults());
    Dataset<Row> nets = networks.components(ads.select("idx", "strong"), templates);

    nets.count();
    err.printf("cluster-ads: networks done at %.1f s (%,d generic selectors ignored)%n", (System.nanoTime() - t0) / 1e9, networks.verdicts().genericCount());
    Dataset<Row> labelled =
        ConnectedComponents.label(
            ConnectedComponents.label(ads.select("idx", "id"), "idx", templates, "template"), "idx", nets, "network");
    labelled
        .orderBy("idx")
        .map(
            (MapFunction<Row, String>)
                r -> {
                  StringBuilder b = new StringBuilder(64).append("{\"id\":");
                  JsonText.string(b, r.getString(r.fieldIndex("id")));
                  b.append(",\"template_cluster\":\"T").append(r.getLong(r.fieldIndex("template")) + 1);
                  return b.append("\",\"network\":\"N").append(r.getLong(r.fieldIndex("network")) + 1).append("\"}").toString();
                },
            Encoders.STRING())
        .write()
        .text(args.output());
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("job", "cluster-ads");
    summary.put("input", args.input());
    summary.put("format", parquet ? "parquet" : "jsonl");
    summary.put("ads", n);
    summary.put("bad_records", bad + duplicates.length);
    summary.put("ads_joined_to_an_earlier_ad_by_template", inTemplates);
    summary.put("candidate_pairs_verified", verified.value());
    summary.put("generic_selectors", networks.verdicts().genericCount());
    summary.put("generic_rule_rounds", networks.verdicts().rounds());
    summary.put("seconds", Math.round(seconds * 10) / 10.0);
    summary.put("spark_master", spark.sparkContext().master());
    summary.put("default_parallelism", spark.sparkContext().defaultParallelism());
    JobOutput.writeSummary(jsc, args.output(), summary);
    err.printf(
        "cluster-ads: %,d ads, %,d candidate pairs verified, %,d generic selectors ignored; %.1f s; output in %s%n",
        n, verified.value(), networks.verdicts().genericCount(), seconds, args.output());
    return 0;
  }

  /** Reports the first problems in input order; returns how many there are. */
  private static long report(Dataset<Row> problems, PrintStream err) {
    long bad = problems.count();
    if (bad > 0) {
      for (Row r : problems.orderBy("ord").limit(REPORTED_PROBLEMS).collectAsList()) {
        err.println("cluster-ads: " + r.getString(r.fieldIndex("file")) + ":" + r.getLong(r.fieldIndex("line")) + ": " + r.getString(r.fieldIndex("problem")));
      }
      if (bad > REPORTED_PROBLEMS) {
        err.printf("cluster-ads: ... and %,d more%n", bad - REPORTED_PROBLEMS);
      }
    }
    return bad;
  }

  /** The positions ({@code ord}) of records whose id was seen earlier, reported; sorted. */
  private static long[] duplicates(Dataset<Row> good, PrintStream err) {
    Dataset<Row> firsts = good.groupBy("id").agg(min(col("ord")).as("first"), count(lit(1)).as("n")).where(col("n").gt(1));
    Dataset<Row> later = good.select("ord", "id", "file", "line").join(firsts, "id").where(col("ord").notEqual(col("first")));
    long n = later.count();
    if (n == 0) {
      return new long[0];
    }
    if (n > MAX_DUPLICATES) {
      throw new JobArgs.UsageError(n + " records repeat an earlier id: remove the duplicates before clustering");
    }
    Dataset<Row> firstLines = good.select(col("ord").as("first"), col("line").as("first_line"));
    for (Row r : later.join(firstLines, "first").orderBy("ord").limit(REPORTED_PROBLEMS).collectAsList()) {
      err.println(
          "cluster-ads: " + r.getString(r.fieldIndex("file")) + ":" + r.getLong(r.fieldIndex("line")) + ": duplicate id \"" + r.getString(r.fieldIndex("id"))
              + "\" (first at line " + r.getLong(r.fieldIndex("first_line")) + "); skipped");
    }
    long[] ords = later.select("ord").as(Encoders.LONG()).collectAsList().stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(ords);
    return ords;
  }

  /**
   * Dense ad indexes in input order ({@code good} must be in input order), skipping duplicates.
   *
   * <p>Spark's rule for {@code zipWithIndex}: the index follows the partition index, then the order
   * of the elements within each partition, and "may even change if the RDD is reevaluated" unless
   * that order is fixed. It is fixed here, so a recomputed partition (a lost cached block, a re-run
   * task) gets the same indexes: JSON Lines partitions are input splits read front to back, with
   * ordinals that belong to the split, not to the task reading it ({@link OrderedLines}); Parquet
   * rows are sorted by {@code ord}, which is unique (a total order). Which records are skipped is
   * a function of {@code ord} alone.
   */
  private static Dataset<Row> number(SparkSession spark, JavaSparkContext jsc, Dataset<Row> good, long[] duplicates) {
    Broadcast<long[]> skip = jsc.broadcast(duplicates);
    JavaRDD<Row> kept = good.javaRDD().filter(r -> Arrays.binarySearch(skip.value(), r.getLong(r.fieldIndex("ord"))) < 0);
    JavaRDD<Row> numbered =
        kept.zipWithIndex()
            .map(
                t -> {
                  Row r = t._1();
                  return RowFactory.create(
                      t._2(), r.getString(r.fieldIndex("id")), r.get(r.fieldIndex("shingles")), r.get(r.fieldIndex("keys")), r.getLong(r.fieldIndex("set_hash")), r.get(r.fieldIndex("strong")));
                });
    return spark.createDataFrame(numbered, ADS);
  }
}
