package ca.threadline.spark.chain;

import ca.threadline.spark.JobArgs;
import java.io.PrintStream;
import org.apache.spark.sql.SparkSession;

public final class AddressesJob {
  private AddressesJob() {}

  public static int run(SparkSession spark, JobArgs args, PrintStream err) {
    throw new JobArgs.UsageError("not yet");
  }
}
