package ca.threadline.app.spark;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs a Spark job: in local mode as a child JVM on the Spark distribution's classpath (Spark and
 * its Jackson, Netty and Parquet stay out of this process), else by printing the
 * {@code spark-submit} line that runs it on the named cluster.
 */
final class SparkJobRunner {
  static final String MAIN = "ca.threadline.spark.Main";
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,\\-\\[\\]*]+");
  private static final ObjectMapper JSON = new ObjectMapper();

  private SparkJobRunner() {}

  static int run(String job, SparkJobOptions o, Io io) throws IOException, InterruptedException {
    if (!List.of("auto", "jsonl", "parquet").contains(o.format)) {
      throw new UsageException("--format must be auto, jsonl or parquet");
    }
    SparkDistribution dist = SparkDistribution.locate(o.sparkDist);
    return o.local() ? runLocal(job, o, dist, io) : printSubmit(job, o, dist, io);
  }

  /** The job's own arguments (after the jar or main class). */
  static List<String> jobArgs(String job, SparkJobOptions o, boolean withMaster) {
    List<String> a = new ArrayList<>(List.of(job, "--input", o.input, "--output", o.output));
    if (withMaster) {
      a.addAll(List.of("--master", o.master));
    }
    if (!o.format.equals("auto")) {
      a.addAll(List.of("--format", o.format));
    }
    if (o.partitions != null) {
      a.addAll(List.of("--partitions", o.partitions.toString()));
    }
    if (o.checkpointDir != null) {
      a.addAll(List.of("--checkpoint-dir", o.checkpointDir));
    }
    if (o.strict) {
      a.add("--strict");
    }
    return a;
  }

  private static int runLocal(String job, SparkJobOptions o, SparkDistribution dist, Io io) throws IOException, InterruptedException {
    if (!o.input.contains("://") && !Files.exists(Path.of(o.input))) {
      throw new UsageException(o.input + ": no such file or directory");
    }
    if (!o.output.contains("://") && Files.exists(Path.of(o.output))) {
      throw new UsageException(o.output + ": already exists; give a new --output (results are never overwritten)");
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + o.driverMemory);
    cmd.add("--enable-native-access=ALL-UNNAMED");
    cmd.addAll(SparkJvmOptions.forThisJdk());
    if (Runtime.version().feature() >= 23) {
      cmd.add("--sun-misc-unsafe-memory-access=allow"); // Spark's unsafe rows; warns on every run otherwise
    }
    cmd.addAll(List.of("-cp", dist.classpath(), MAIN));
    cmd.addAll(jobArgs(job, o, true));
    io.err().println("threadline spark: running " + job + " on " + o.master + " (a child JVM with Spark 4.2; about 10 s to start)");
    Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(nullFile())).start();
    Thread outPump = pump(p.getInputStream(), io.err());
    Thread errPump = pump(p.getErrorStream(), io.err());
    int code = p.waitFor();
    outPump.join();
    errPump.join();
    if (code == 2) {
      return ExitCodes.BAD_INPUT;
    }
    if (code != 0) {
      io.err().println("threadline spark: the job failed (exit " + code + "); see the messages above");
      return ExitCodes.INTERNAL_ERROR;
    }
    Path summary = Path.of(o.output, "_threadline.json");
    JsonNode s = Files.exists(summary) ? JSON.readTree(summary.toFile()) : JSON.createObjectNode();
    io.out().println(JSON.writeValueAsString(s));
    return ExitCodes.OK;
  }

  private static int printSubmit(String job, SparkJobOptions o, SparkDistribution dist, Io io) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("spark-submit", "--class", MAIN, "--name", "threadline " + job, "--master", o.master));
    if (o.master.equals("yarn") || o.master.startsWith("k8s://")) {
      cmd.addAll(List.of("--deploy-mode", "cluster"));
    }
    cmd.addAll(List.of("--driver-memory", o.driverMemory, "--executor-memory", o.executorMemory, "--executor-cores", Integer.toString(o.executorCores)));
    if (o.executors != null) {
      cmd.addAll(List.of("--num-executors", o.executors.toString()));
    }
    cmd.add(dist.jobJar().toAbsolutePath().toString());
    cmd.addAll(jobArgs(job, o, false));
    String line = String.join(" ", cmd.stream().map(SparkJobRunner::quote).toList());
    io.err().println("threadline spark: run this where spark-submit reaches the cluster (Spark 4.x on Java 21+; docs/spark.md):");
    io.err().println("  " + line);
    ObjectNode n = JSON.createObjectNode();
    n.put("job", job);
    n.put("master", o.master);
    n.put("jar", dist.jobJar().toAbsolutePath().toString());
    n.put("spark_submit", line);
    n.putPOJO("argv", cmd);
    io.out().println(JSON.writeValueAsString(n));
    return ExitCodes.OK;
  }

  static String quote(String s) {
    return PLAIN.matcher(s).matches() ? s : "'" + s.replace("'", "'\\''") + "'";
  }

  private static Thread pump(InputStream in, PrintStream to) {
    Thread t = Thread.ofVirtual().start(() -> {
      try (in) {
        in.transferTo(to);
      } catch (IOException e) {
        // the child is gone; its exit code tells the rest
      }
      to.flush();
    });
    return t;
  }

  private static java.io.File nullFile() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
