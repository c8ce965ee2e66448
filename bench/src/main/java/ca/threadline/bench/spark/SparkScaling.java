package ca.threadline.bench.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Local scaling of the Spark jobs: runs one job on one input with {@code local[1]} and
 * {@code local[2]} (or the cores given), each in a fresh JVM under {@code /usr/bin/time -v}, on the
 * job's own classpath ({@code spark/target}), and prints one Markdown table row per run: wall
 * time, user+sys CPU, peak RSS, throughput per wall second and per CPU second, and the job's own
 * counts. The per-core rate (units per CPU-second) is what the cluster projection in
 * BENCHMARKS.md is computed from.
 *
 * <pre>
 * ./build -q -pl spark,bench -am package -DskipTests
 * BCP='bench/target/threadline-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*'
 * java -cp "$BCP" ca.threadline.bench.link.WriteCorpus --ads 100000 --seed 1 --out /tmp/s100k.jsonl
 * java -cp "$BCP" ca.threadline.bench.spark.SparkScaling cluster-ads /tmp/s100k.jsonl --cores 1,2 [--heap 6g] [--spark-dist spark/target]
 * java -cp "$BCP" ca.threadline.bench.spark.SparkScaling cluster-addresses /tmp/chain-pq --cores 1,2
 * </pre>
 */
public final class SparkScaling {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SparkScaling() {}

  /** One measured run. */
  record Measure(
      String job,
      String input,
      int cores,
      double wall,
      double cpu,
      long rssKb,
      long writtenBytes,
      long units,
      String load,
      JsonNode summary) {
    String row() {
      return String.format(
          Locale.ROOT,
          "| %s | %s | %d | %,d | %.1f s | %.1f s | %,d MB | %,d MB | %,.0f/s | %,.0f/CPU-s | %s |",
          job, Path.of(input).getFileName(), cores, units, wall, cpu, rssKb / 1024, writtenBytes >> 20, units / wall, units / cpu, load);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: SparkScaling cluster-ads|cluster-addresses INPUT [--cores 1,2] [--heap 6g] [--spark-dist DIR] [--work DIR]");
      System.exit(2);
    }
    String job = args[0];
    String input = args[1];
    List<Integer> cores = List.of(1, 2);
    String heap = "6g";
    Path dist = Path.of("spark/target");
    Path work = Files.createTempDirectory("spark-scaling");
    for (int i = 2; i < args.length; i++) {
      switch (args[i]) {
        case "--cores" -> cores = Stream.of(args[++i].split(",")).map(Integer::parseInt).toList();
        case "--heap" -> heap = args[++i];
        case "--spark-dist" -> dist = Path.of(args[++i]);
        case "--work" -> work = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    System.out.println(
        "| job | input | cores | units | wall | user+sys CPU | peak RSS | written to disk | per wall-s | per CPU-s | load avg start→end |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    for (int c : cores) {
      Measure m = run(job, input, c, heap, dist, work.resolve(job + "-" + c + "-" + System.nanoTime()));
      System.out.println(m.row());
      System.out.println("<!-- " + JSON.writeValueAsString(m.summary()) + " -->");
    }
  }

  static Measure run(String job, String input, int cores, String heap, Path dist, Path out) throws IOException, InterruptedException {
    String cp = moduleJar(dist) + ":" + dist.resolve("lib") + "/*";
    List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-v", Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap));
    cmd.addAll(List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-cp", cp, "ca.threadline.spark.Main"));
    cmd.addAll(List.of(job, "--input", input, "--output", out.toString(), "--master", "local[" + cores + "]"));
    Path log = Files.createTempFile("spark-scaling", ".log");
    String loadBefore = loadAverage();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int code = p.waitFor();
    String load = loadBefore + "→" + loadAverage();
    String text = Files.readString(log, StandardCharsets.UTF_8);
    System.err.println(text.lines().filter(l -> l.startsWith(job + ":")).reduce("", (a, b) -> a + b + "\n"));
    if (code != 0) {
      throw new IllegalStateException(job + " failed (exit " + code + "):\n" + text);
    }
    double wall = elapsed(text);
    double cpu = number(text, "User time \\(seconds\\): ([0-9.]+)") + number(text, "System time \\(seconds\\): ([0-9.]+)");
    long rss = (long) number(text, "Maximum resident set size \\(kbytes\\): ([0-9]+)");
    // getrusage's ru_oublock, in 512-byte units: shuffle files, spills, checkpoints and the output
    long written = 512 * (long) number(text, "File system outputs: ([0-9]+)");
    JsonNode summary = JSON.readTree(out.resolve("_threadline.json").toFile());
    long units = job.equals("cluster-ads") ? summary.get("ads").asLong() : summary.get("transactions").asLong();
    deleteTree(out);
    Files.delete(log);
    return new Measure(job, input, cores, wall, cpu, rss, written, units, load, summary);
  }

  private static Path moduleJar(Path dist) throws IOException {
    try (Stream<Path> s = Files.list(dist)) {
      return s.filter(p -> p.getFileName().toString().matches("threadline-spark-.*\\.jar") && !p.toString().endsWith("-job.jar"))
          .findFirst()
          .orElseThrow(() -> new IOException("no threadline-spark jar in " + dist + ": build it with ./build -q -pl spark -am package -DskipTests"));
    }
  }

  /**
   * The 1-minute load average from /proc/loadavg ("?" where there is none): on a shared machine
   * it says how much of the wall time was waiting for a core.
   */
  static String loadAverage() {
    Path p = Path.of("/proc/loadavg");
    try {
      return Files.isReadable(p) ? Files.readString(p).split(" ")[0] : "?";
    } catch (IOException e) {
      return "?";
    }
  }

  /** "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.33" in seconds. */
  static double elapsed(String text) {
    Matcher m = Pattern.compile("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): ([0-9:.]+)").matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("no wall time in /usr/bin/time output");
    }
    double s = 0;
    for (String part : m.group(1).split(":")) {
      s = s * 60 + Double.parseDouble(part);
    }
    return s;
  }

  private static double number(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("no match for " + regex);
    }
    return Double.parseDouble(m.group(1));
  }

  private static void deleteTree(Path p) throws IOException {
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }
}
