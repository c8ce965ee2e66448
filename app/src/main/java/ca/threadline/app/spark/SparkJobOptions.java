package ca.threadline.app.spark;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options both Spark jobs take. */
public final class SparkJobOptions {
  @Option(names = "--input", required = true, paramLabel = "PATH", description = "Input file or directory (local path, hdfs://, s3a://...).")
  String input;

  @Option(names = "--output", required = true, paramLabel = "PATH", description = "Output directory; must not exist.")
  String output;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "local[N] (default local[2]) runs the job here in a child JVM; spark://HOST:PORT, yarn or k8s://... print the spark-submit line for that cluster.")
  String master = "local[2]";

  @Option(names = "--partitions", paramLabel = "N", description = "Shuffle partitions (default: 4 per core in local mode, Spark's default on a cluster).")
  Integer partitions;

  @Option(names = "--checkpoint-dir", paramLabel = "PATH", description = "Reliable checkpoints for the connected-components rounds (recommended on a cluster).")
  String checkpointDir;

  @Option(names = "--driver-memory", paramLabel = "SIZE", description = "Driver heap (default 2g; local mode: the whole job's heap).")
  String driverMemory = "2g";

  @Option(names = "--executor-memory", paramLabel = "SIZE", description = "Executor heap on a cluster (default 8g).")
  String executorMemory = "8g";

  @Option(names = "--executor-cores", paramLabel = "N", description = "Cores per executor on a cluster (default 4).")
  int executorCores = 4;

  @Option(names = "--num-executors", paramLabel = "N", description = "Executors on a cluster (default: the cluster's dynamic allocation).")
  Integer executors;

  @Option(names = "--spark-dist", paramLabel = "DIR", description = "Built Spark jobs (default: spark/target of this checkout, or $THREADLINE_SPARK_DIST).")
  Path sparkDist;

  @Option(names = "--format", paramLabel = "FMT", description = "cluster-ads input: auto (Parquet when every file ends in .parquet), jsonl or parquet.")
  String format = "auto";

  @Option(names = "--strict", description = "cluster-ads: stop with exit 2 at any bad record, writing nothing.")
  boolean strict;

  boolean local() {
    return master.startsWith("local");
  }
}
