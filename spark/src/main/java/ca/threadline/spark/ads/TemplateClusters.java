package ca.threadline.spark.ads;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.shiftleft;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;

import ca.threadline.link.template.TemplateParameters;
import ca.threadline.spark.graph.ConnectedComponents;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * Template clusters in DataFrames: the connected components of (a) ads with identical shingle
 * sets, joined to the first of them, and (b) LSH candidate pairs whose exact Jaccard similarity
 * reaches the threshold — the graph the embedded {@code TemplateIndex} builds, with the same
 * eligibility (at least {@code minShingles} shingles), the same representatives (only the first ad
 * of each shingle set enters the buckets) and the same bucket cap (a pair is a candidate only if
 * the earlier ad is among its bucket's first {@code bucketCap} in ad order).
 *
 * <p>Bands are processed in rounds ({@code roundEnds}, e.g. 1, 8, 64): after each round the
 * components so far are computed (large-star/small-star), and the next round ships shingle sets
 * only for buckets whose members are not all in one component yet, and verifies only pairs not
 * already connected ({@link BucketScan}). Most near-duplicates meet in the first band, so later
 * rounds touch few buckets. The rounds change the work, never the partition.
 */
final class TemplateClusters {
  static final StructType EDGE = new StructType().add("src", DataTypes.LongType, false).add("dst", DataTypes.LongType, false);

  private final TemplateParameters params;
  private final ConnectedComponents cc;
  private final int[] roundEnds;
  private final LongAccumulator verified;

  TemplateClusters(TemplateParameters params, ConnectedComponents cc, int[] roundEnds, LongAccumulator verified) {
    this.params = params;
    this.cc = cc;
    this.roundEnds = roundEnds;
    this.verified = verified;
  }

  /**
   * @param ads columns idx, shingles, keys, set_hash
   * @return (node, root) for every ad in a template cluster of two or more that is not its
   *     smallest ad; root = the cluster's smallest ad index
   */
  Dataset<Row> components(Dataset<Row> ads) {
    Dataset<Row> eligible = ads.where(size(col("shingles")).geq(params.minShingles())).select("idx", "shingles", "keys", "set_hash");
    Dataset<Row> dupEdges = duplicates(eligible);
    Dataset<Row> reps = eligible.join(dupEdges.select(col("src")), eligible.col("idx").equalTo(col("src")), "left_anti");
    // a star forest already: every later copy points to the first ad of its set, which is no copy
    Dataset<Row> comps = dupEdges.select(col("src").as(ConnectedComponents.NODE), col("dst").as(ConnectedComponents.ROOT));
    int from = 0;
    for (int end : roundEnds) {
      Dataset<Row> links = linkBands(reps, comps, from, end);
      comps = cc.components(comps.select(col(ConnectedComponents.NODE).as("src"), col(ConnectedComponents.ROOT).as("dst")).union(links));
      from = end;
    }
    return comps;
  }

  /** Edges from every later ad with the same shingle set as an earlier one to the first of them. */
  private static Dataset<Row> duplicates(Dataset<Row> eligible) {
    Dataset<Row> shared = eligible.groupBy("set_hash").agg(count(lit(1)).as("n")).where(col("n").gt(1)).select("set_hash");
    // first() over a window is deterministic only under a total order: idx is unique
    var w = Window.partitionBy("set_hash").orderBy("idx");
    return eligible.join(shared, "set_hash")
        .withColumn("first_idx", first(col("idx")).over(w))
        .withColumn("first_shingles", first(col("shingles")).over(w))
        // the same set, not only the same hash: as the embedded index compares the arrays
        .where(col("idx").notEqual(col("first_idx")).and(col("shingles").equalTo(col("first_shingles"))))
        .select(col("idx").as("src"), col("first_idx").as("dst"));
  }

  /** Verified links among representatives sharing a bucket of bands [from, to). */
  private Dataset<Row> linkBands(Dataset<Row> reps, Dataset<Row> comps, int from, int to) {
    Dataset<Row> labelled = ConnectedComponents.label(reps.select("idx", "keys"), "idx", comps, "label");
    Dataset<Row> rows =
        labelled
            .select(col("idx"), col("label"), posexplode(slice(col("keys"), from + 1, to - from)))
            .select(
                col("idx"),
                col("label"),
                shiftleft(col("pos").plus(from).cast("long"), 32).bitwiseOR(col("col").cast("long").bitwiseAND(lit(0xFFFFFFFFL))).as("bucket"));
    var byBucket = Window.partitionBy("bucket");
    Dataset<Row> open =
        rows.withColumn("lo", min(col("label")).over(byBucket))
            .withColumn("hi", max(col("label")).over(byBucket))
            .where(col("lo").notEqual(col("hi")))
            .select("bucket", "idx", "label");
    Dataset<Row> withSets = open.join(reps.select("idx", "shingles"), "idx");
    int cap = params.bucketCap();
    double threshold = params.threshold();
    LongAccumulator acc = verified;
    return withSets
        .groupByKey((MapFunction<Row, Long>) r -> r.getLong(r.fieldIndex("bucket")), Encoders.LONG())
        .flatMapGroups(
            (FlatMapGroupsFunction<Long, Row, Row>)
                (bucket, members) -> {
                  // members arrive in shuffle order, which changes from run to run and on a re-run
                  // task: BucketScan sorts them by ad before applying the cap
                  List<Row> out = new ArrayList<>();
                  acc.add(scan(members, cap, threshold, out));
                  return out.iterator();
                },
            Encoders.row(EDGE));
  }

  private static long scan(Iterator<Row> members, int cap, double threshold, List<Row> out) {
    List<Row> all = new ArrayList<>();
    members.forEachRemaining(all::add);
    int m = all.size();
    long[] ads = new long[m];
    long[] labels = new long[m];
    int[][] sets = new int[m][];
    for (int k = 0; k < m; k++) {
      Row r = all.get(k);
      ads[k] = r.getLong(r.fieldIndex("idx"));
      labels[k] = r.getLong(r.fieldIndex("label"));
      sets[k] = ints(r.getList(r.fieldIndex("shingles")));
    }
    return BucketScan.scan(ads, labels, sets, cap, threshold, (a, b) -> out.add(RowFactory.create(Math.max(a, b), Math.min(a, b))));
  }

  static int[] ints(List<Integer> list) {
    int[] a = new int[list.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = list.get(i);
    }
    return a;
  }
}
