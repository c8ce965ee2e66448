package ca.threadline.spark;

import ca.threadline.spark.ads.AdsJob;
import ca.threadline.spark.chain.AddressesJob;
import java.io.PrintStream;
import org.apache.spark.sql.SparkSession;

/**
 * Entry point of the Spark jobs, for {@code spark-submit} and for {@code threadline spark} in
 * local mode: {@code cluster-ads|cluster-addresses --input PATH --output PATH [--master URL]
 * [--format auto|jsonl|parquet] [--partitions N] [--checkpoint-dir PATH] [--strict]}. Exit codes:
 * 0 success, 2 bad usage or bad input (message on stderr), 1 the job failed.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.err));
  }

  static int run(String[] args, PrintStream err) {
    JobArgs a;
    try {
      a = JobArgs.parse(args);
    } catch (JobArgs.UsageError e) {
      err.println("threadline-spark: " + e.getMessage());
      return 2;
    }
    SparkSession spark = Sessions.open(a);
    try {
      return run(spark, a, err);
    } finally {
      spark.stop();
    }
  }

  /** Runs one job on an open session (tests share one session per class). */
  public static int run(SparkSession spark, JobArgs a, PrintStream err) {
    try {
      return switch (a.job()) {
        case "cluster-ads" -> AdsJob.run(spark, a, err);
        case "cluster-addresses" -> AddressesJob.run(spark, a, err);
        default -> throw new JobArgs.UsageError("unknown job " + a.job());
      };
    } catch (JobArgs.UsageError e) {
      err.println("threadline-spark " + a.job() + ": " + e.getMessage());
      return 2;
    } catch (java.io.IOException e) {
      err.println("threadline-spark " + a.job() + ": " + e.getMessage());
      return e instanceof java.io.FileNotFoundException ? 2 : 1;
    }
  }
}
