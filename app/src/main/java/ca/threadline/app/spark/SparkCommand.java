package ca.threadline.app.spark;

import ca.threadline.app.cli.Io;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the linking and address-clustering batch jobs on Apache Spark (same results as embedded).",
      "cluster-ads is 'threadline cluster' for corpora one machine cannot hold; cluster-addresses is",
      "'threadline chain cluster' over a chain written by 'threadline chain export-parquet'.",
      "--master local[N] (the default, local[2]) runs the job here in a child JVM; any other master",
      "(spark://HOST:PORT, yarn, k8s://...) prints the spark-submit line that runs it there.",
      "Deployment, memory settings and limits: docs/spark.md."
    },
    subcommands = {SparkCommand.ClusterAds.class, SparkCommand.ClusterAddresses.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline spark cluster-ads --input ads.jsonl --output /tmp/out",
      "  cat /tmp/out/part-*                  the lines of: threadline cluster",
      "  ./threadline spark cluster-ads --input hdfs:///ads --output hdfs:///o \\",
      "      --master yarn                    prints the spark-submit line",
      "  ./threadline chain export-parquet --out /tmp/pq",
      "  ./threadline spark cluster-addresses --input /tmp/pq --output /tmp/cl",
      "  ./threadline chain import-clusters /tmp/cl"
    })
public final class SparkCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "cluster-ads",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Links ads into template clusters and networks on Spark, as 'threadline cluster' does.",
        "Input: JSON Lines ads {\"id\",\"text\",\"image_hashes\"?} (a file or a directory of files, read",
        "in name order) or Parquet with those columns. Output: a directory of part files whose",
        "concatenation is exactly 'threadline cluster' output, one {\"id\",\"template_cluster\",",
        "\"network\"} line per ad in input order, plus _threadline.json (counts, timing)."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  ./threadline spark cluster-ads --input ads.jsonl --output /tmp/out",
        "  ./threadline spark cluster-ads --input s3a://unit/ads/ \\",
        "      --output s3a://unit/out --master yarn --num-executors 20"
      })
  static final class ClusterAds implements Callable<Integer> {
    @Mixin SparkJobOptions options;
    private final Io io;

    ClusterAds(Io io) {
      this.io = io;
    }

    @Override
    public Integer call() throws Exception {
      return SparkJobRunner.run("cluster-ads", options, io);
    }
  }

  @Command(
      name = "cluster-addresses",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Clusters Bitcoin addresses on Spark (multi-input, CoinJoin vetoes), as 'chain cluster' does.",
        "Input: a directory written by 'threadline chain export-parquet'. Output: clusters/ (CSV",
        "address,cluster, the smallest address id naming each cluster, as 'chain export-clusters'),",
        "coinjoins/ (txid,tx,flags,rules) and _threadline.json; load it back into the store with",
        "'threadline chain import-clusters OUTPUT'."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  ./threadline spark cluster-addresses --input /tmp/pq --output /tmp/cl",
        "  ./threadline spark cluster-addresses --input hdfs:///pq \\",
        "      --output hdfs:///cl --master yarn --num-executors 50"
      })
  static final class ClusterAddresses implements Callable<Integer> {
    @Mixin SparkJobOptions options;
    private final Io io;

    ClusterAddresses(Io io) {
      this.io = io;
    }

    @Override
    public Integer call() throws Exception {
      return SparkJobRunner.run("cluster-addresses", options, io);
    }
  }
}
