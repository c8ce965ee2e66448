package ca.threadline.spark.ads;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.encode;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import ca.threadline.link.network.GenericSelectorRule;
import ca.threadline.link.network.SelectorGraph;
import ca.threadline.spark.graph.ConnectedComponents;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Networks: the connected components of ads tied by a template cluster or by a shared strong
 * selector that the generic-selector rule did not condemn.
 *
 * <p>The distributed part builds, with group-bys, the selector graph the rule needs: selector
 * numbers in the embedded engine's order (by first ad, then by key in Java {@code String} order,
 * which is the order of the keys' UTF-16 code units), each ad's selectors and its template
 * cluster. The rule itself then runs on the driver, as the link module's
 * {@link GenericSelectorRule} — the very same code — over that compact integer graph (ads without
 * selectors left out; about 40 bytes per ad with selectors). It has to: the rule re-judges
 * selectors one after another and a verdict can depend on the verdicts reached before it in the
 * same round, so only the same sequential loop in the same selector order is guaranteed to reach
 * the same verdicts. Its cost is linear in selector occurrences (well under a second per million
 * ads). The ties of the specific selectors and the components are distributed again.
 */
final class AdNetworks {
  private final SparkSession spark;
  private final ConnectedComponents cc;
  private final GenericSelectorRule rule;
  private GenericSelectorRule.Verdicts verdicts;

  AdNetworks(SparkSession spark, ConnectedComponents cc, GenericSelectorRule rule) {
    this.spark = spark;
    this.cc = cc;
    this.rule = rule;
  }

  GenericSelectorRule.Verdicts verdicts() {
    return verdicts;
  }

  /**
   * @param ads columns idx and strong (the ad's strong selector keys)
   * @param templates template components (node, root)
   * @return network components (node, root), root = the network's smallest ad index
   */
  Dataset<Row> components(Dataset<Row> ads, Dataset<Row> templates) {
    Dataset<Row> incidence = ads.select(col("idx"), explode(col("strong")).as("key"));
    Dataset<Row> selectors =
        incidence.groupBy("key").agg(min(col("idx")).as("first"), count(lit(1)).as("n"))
            .orderBy(col("first"), encode(col("key"), "UTF-16BE"));
    // zipWithIndex numbers by the order within partitions: a total order (first ad, then the key)
    // makes the numbering the same on every run and on any recomputation
    Dataset<Row> selectorIds =
        spark.createDataFrame(
                selectors.javaRDD().zipWithIndex().map(t -> RowFactory.create(t._1().getString(0), t._2().intValue(), t._1().getLong(1))),
                new StructType().add("key", DataTypes.StringType, false).add("sel", DataTypes.IntegerType, false).add("first", DataTypes.LongType, false))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> occurrences = incidence.join(selectorIds, "key").select("idx", "sel", "first").persist(StorageLevel.MEMORY_AND_DISK());
    verdicts = judge(occurrences, selectorIds, templates);
    List<Row> generic = new ArrayList<>();
    for (int s = 0; s < verdicts.generic().length; s++) {
      if (verdicts.isGeneric(s)) {
        generic.add(RowFactory.create(s));
      }
    }
    Dataset<Row> genericIds = spark.createDataFrame(generic, new StructType().add("sel", DataTypes.IntegerType, false));
    Dataset<Row> ties =
        occurrences.join(org.apache.spark.sql.functions.broadcast(genericIds), occurrences.col("sel").equalTo(genericIds.col("sel")), "left_anti")
            .where(col("idx").notEqual(col("first")))
            .select(col("idx").as("src"), col("first").as("dst"));
    Dataset<Row> templateTies = templates.select(col(ConnectedComponents.NODE).as("src"), col(ConnectedComponents.ROOT).as("dst"));
    Dataset<Row> networks = cc.components(templateTies.union(ties));
    occurrences.unpersist();
    selectorIds.unpersist();
    return networks;
  }

  /** Runs the generic-selector rule on the driver over the compact selector graph. */
  private GenericSelectorRule.Verdicts judge(Dataset<Row> occurrences, Dataset<Row> selectorIds, Dataset<Row> templates) {
    Dataset<Row> perAd =
        // collect_list keeps shuffle order (not deterministic); SelectorGraph sorts each list
        ConnectedComponents.label(occurrences.groupBy("idx").agg(collect_list(col("sel")).as("sels")), "idx", templates, "template")
            .orderBy("idx");
    int ads = Math.toIntExact(perAd.count());
    int[] templateOf = new int[ads];
    int[][] selectorsOf = new int[ads][];
    Iterator<Row> it = perAd.toLocalIterator();
    for (int k = 0; k < ads; k++) {
      Row r = it.next();
      templateOf[k] = Math.toIntExact(r.getLong(r.fieldIndex("template")));
      selectorsOf[k] = TemplateClusters.ints(r.getList(r.fieldIndex("sels")));
    }
    String[] keys = new String[Math.toIntExact(selectorIds.count())];
    Iterator<Row> ks = selectorIds.select("sel", "key").toLocalIterator();
    while (ks.hasNext()) {
      Row r = ks.next();
      keys[r.getInt(0)] = r.getString(1);
    }
    return rule.judge(new SelectorGraph(templateOf, selectorsOf, keys));
  }
}
