package ca.threadline.spark.chain;

import static ca.threadline.chain.parquet.ChainParquetLayout.ADDRESS;
import static ca.threadline.chain.parquet.ChainParquetLayout.ADDRESSES;
import static ca.threadline.chain.parquet.ChainParquetLayout.ADDRESS_ID;
import static ca.threadline.chain.parquet.ChainParquetLayout.EXCHANGE;
import static ca.threadline.chain.parquet.ChainParquetLayout.TRANSACTIONS;
import static org.apache.spark.sql.functions.col;

import ca.threadline.chain.cluster.CoinJoinRule;
import ca.threadline.chain.parquet.ChainParquetLayout;
import ca.threadline.spark.JobArgs;
import ca.threadline.spark.Sessions;
import ca.threadline.spark.graph.ConnectedComponents;
import ca.threadline.spark.io.JobOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The {@code cluster-addresses} job: {@code threadline chain cluster} (multi-input with every
 * CoinJoin veto) on Spark, over a chain exported by {@code threadline chain export-parquet}.
 *
 * <p>Every transaction gets its CoinJoin verdict from the chain module's own
 * {@code CoinJoinClassifier} (all vetoes on, the exchange-input veto fed by the export's exchange
 * tags, the Stonewall veto); each other transaction ties its input addresses (a star from its
 * first input address); clusters are the connected components (large-star/small-star), each
 * named by its smallest address id — exactly what {@code chain cluster} and
 * {@code chain export-clusters} produce on the same store.
 *
 * <p>Output: {@code OUT/clusters/} CSV parts {@code address,cluster} for every address, in address
 * id order (the header line in the first part only: {@code cat OUT/clusters/part-*} is
 * {@code chain export-clusters}' file); {@code OUT/coinjoins/} parts {@code txid,tx,flags,rules}
 * for every flagged transaction; {@code OUT/_threadline.json} (the export's store generation,
 * counts, rules, timing). {@code threadline chain import-clusters OUT} loads it back.
 */
public final class AddressesJob {
  private AddressesJob() {}

  public static int run(SparkSession spark, JobArgs args, PrintStream err) throws IOException {
    long t0 = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JobOutput.refuseExisting(jsc, args.output());
    JsonNode export = manifest(jsc, args.input());
    Dataset<Row> txs = spark.read().parquet(new Path(args.input(), TRANSACTIONS).toString());
    Dataset<Row> addresses = spark.read().parquet(new Path(args.input(), ADDRESSES).toString());
    int[] exchange = addresses.where(col(EXCHANGE)).select(col(ADDRESS_ID)).as(Encoders.INT()).collectAsList().stream().mapToInt(Integer::intValue).sorted().toArray();
    Broadcast<int[]> exchangeIds = jsc.broadcast(exchange);

    Dataset<Row> coinJoins = spark.createDataFrame(txs.javaRDD().mapPartitions(it -> TxRows.coinJoins(it, exchangeIds.value())), TxRows.COINJOIN).persist(StorageLevel.MEMORY_AND_DISK());
    long flagged = coinJoins.count();
    Dataset<Row> edges = spark.createDataFrame(txs.javaRDD().mapPartitions(it -> TxRows.multiInputEdges(it, exchangeIds.value())), TxRows.EDGE);
    ConnectedComponents cc = Sessions.components(spark, args.checkpointDir());
    Dataset<Row> comps = cc.components(edges).persist(StorageLevel.MEMORY_AND_DISK());
    long clustered = comps.count();
    err.printf("cluster-addresses: %,d CoinJoin-flagged transactions; components in %d rounds at %.1f s%n", flagged, cc.lastRounds(), (System.nanoTime() - t0) / 1e9);

    Dataset<Row> labelled =
        ConnectedComponents.label(addresses.select(col(ADDRESS_ID).cast("long").as("id"), col(ADDRESS)), "id", comps, "cluster").orderBy("id");
    writeCsv(labelled.javaRDD(), "address,cluster", r -> r.getString(r.fieldIndex(ADDRESS)) + "," + r.getLong(r.fieldIndex("cluster")), spark, new Path(args.output(), "clusters").toString());
    writeCsv(
        coinJoins.orderBy("tx").javaRDD(),
        "txid,tx,flags,rules",
        r -> r.getString(1) + "," + r.getLong(0) + "," + r.getInt(2) + "," + CoinJoinRule.describe(r.getInt(2)).replace(',', ' '),
        spark,
        new Path(args.output(), "coinjoins").toString());
    long nAddresses = addresses.count();
    long roots = nAddresses - clustered;
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("job", "cluster-addresses");
    summary.put("input", args.input());
    summary.put("store_generation", export.path("store_generation").asLong());
    summary.put("network", export.path("network").asText());
    summary.put("transactions", export.path("transactions").asLong());
    summary.put("addresses", nAddresses);
    summary.put("clusters", roots);
    summary.put("coinjoins_flagged", flagged);
    summary.put("exchange_tagged_addresses", exchange.length);
    List<String> rules = new ArrayList<>();
    for (CoinJoinRule r : CoinJoinRule.values()) {
      rules.add(r.wireName());
    }
    summary.put("heuristics", List.of("multi-input"));
    summary.put("coinjoin_rules", rules);
    summary.put("components_rounds", cc.lastRounds());
    summary.put("seconds", Math.round(seconds * 10) / 10.0);
    summary.put("spark_master", spark.sparkContext().master());
    summary.put("default_parallelism", spark.sparkContext().defaultParallelism());
    JobOutput.writeSummary(jsc, args.output(), summary);
    err.printf("cluster-addresses: %,d addresses in %,d clusters; %.1f s; output in %s%n", nAddresses, roots, seconds, args.output());
    return 0;
  }

  /** The export's manifest; refuses a directory that is not a chain export. */
  private static JsonNode manifest(JavaSparkContext jsc, String input) throws IOException {
    Path p = new Path(input, ChainParquetLayout.MANIFEST);
    FileSystem fs = p.getFileSystem(jsc.hadoopConfiguration());
    if (!fs.exists(p)) {
      throw new JobArgs.UsageError(input + ": not a chain export (no " + ChainParquetLayout.MANIFEST + "; write one with: threadline chain export-parquet --out DIR)");
    }
    try (InputStream in = fs.open(p)) {
      JsonNode m = new ObjectMapper().readTree(in);
      if (!ChainParquetLayout.FORMAT.equals(m.path("format").asText()) || m.path("version").asInt() != ChainParquetLayout.VERSION) {
        throw new JobArgs.UsageError(p + ": not a " + ChainParquetLayout.FORMAT + " version " + ChainParquetLayout.VERSION + " manifest");
      }
      return m;
    }
  }

  /** A line of CSV from a row. */
  interface Line extends java.io.Serializable {
    String of(Row r);
  }

  /** Writes rows (already in order) as text parts, the header at the start of the first part. */
  private static void writeCsv(JavaRDD<Row> rows, String header, Line line, SparkSession spark, String dir) {
    JavaRDD<String> lines =
        rows.mapPartitionsWithIndex(
            (index, it) -> {
              Iterator<String> body = new Iterator<>() {
                @Override
                public boolean hasNext() {
                  return it.hasNext();
                }

                @Override
                public String next() {
                  return line.of(it.next());
                }
              };
              if (index != 0) {
                return body;
              }
              return new Iterator<>() {
                boolean headerDone;

                @Override
                public boolean hasNext() {
                  return !headerDone || body.hasNext();
                }

                @Override
                public String next() {
                  if (!headerDone) {
                    headerDone = true;
                    return header;
                  }
                  return body.next();
                }
              };
            },
            true);
    spark.createDataset(lines.rdd(), Encoders.STRING()).write().text(dir);
  }
}
