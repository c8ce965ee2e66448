package ca.threadline.spark;

import ca.threadline.spark.graph.ConnectedComponents;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;

/** Opens the Spark session of a job and the pieces every job shares. */
public final class Sessions {
  private static final Pattern LOCAL = Pattern.compile("local\\[(\\d+|\\*)(?:,\\d+)?]");

  private Sessions() {}

  /**
   * A session for {@code args}: with {@code --master} when given (tests and {@code threadline
   * spark} in local mode), else whatever {@code spark-submit} configured. Local sessions bind to
   * the loopback address and run without the web UI: nothing listens beyond this machine.
   */
  public static SparkSession open(JobArgs args) {
    SparkSession.Builder b = SparkSession.builder().appName("threadline " + args.job());
    String master = args.master();
    if (master != null) {
      b.master(master);
      if (master.startsWith("local")) {
        b.config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", String.valueOf(args.partitions() > 0 ? args.partitions() : 4 * localCores(master)));
      }
    }
    if (args.partitions() > 0) {
      b.config("spark.sql.shuffle.partitions", String.valueOf(args.partitions()));
    }
    SparkSession spark = b.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }

  static int localCores(String master) {
    Matcher m = LOCAL.matcher(master);
    if (m.matches()) {
      return m.group(1).equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(m.group(1));
    }
    return 1;
  }

  /**
   * Connected components whose rounds are cut by a reliable checkpoint under {@code checkpointDir}
   * (survives the loss of an executor: use it on a cluster), or by a local checkpoint.
   */
  public static ConnectedComponents components(SparkSession spark, String checkpointDir) {
    if (checkpointDir != null) {
      spark.sparkContext().setCheckpointDir(checkpointDir);
      return new ConnectedComponents(ds -> ds.checkpoint(false), 200);
    }
    // lazy: the convergence check of each round computes and stores it in one job
    return new ConnectedComponents(ds -> ds.localCheckpoint(false), 200);
  }
}
