package ca.threadline.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of a job: {@code JOB --input PATH --output PATH [--master URL] [--format
 * auto|jsonl|parquet] [--partitions N] [--checkpoint-dir PATH] [--strict]}. Spark settings
 * ({@code --conf} and the like) belong to {@code spark-submit}, not here.
 */
public record JobArgs(String job, String input, String output, String master, String format, int partitions, String checkpointDir, boolean strict) {
  public static final List<String> JOBS = List.of("cluster-ads", "cluster-addresses");

  /** Thrown for bad usage; the message says what is wrong. */
  public static final class UsageError extends RuntimeException {
    public UsageError(String message) {
      super(message);
    }
  }

  public static JobArgs parse(String[] args) {
    if (args.length == 0 || !JOBS.contains(args[0])) {
      throw new UsageError("the first argument must be a job: " + String.join(" or ", JOBS) + (args.length == 0 ? "" : " (found '" + args[0] + "')"));
    }
    Map<String, String> opts = new LinkedHashMap<>();
    List<String> flags = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--strict" -> flags.add(a);
        case "--input", "--output", "--master", "--format", "--partitions", "--checkpoint-dir" -> {
          if (i + 1 >= args.length) {
            throw new UsageError(a + " needs a value");
          }
          opts.put(a, args[++i]);
        }
        default -> throw new UsageError("unknown option '" + a + "'");
      }
    }
    String input = opts.get("--input");
    String output = opts.get("--output");
    if (input == null || output == null) {
      throw new UsageError("--input and --output are required");
    }
    String format = opts.getOrDefault("--format", "auto");
    if (!List.of("auto", "jsonl", "parquet").contains(format)) {
      throw new UsageError("--format must be auto, jsonl or parquet, not '" + format + "'");
    }
    int partitions = 0;
    if (opts.containsKey("--partitions")) {
      try {
        partitions = Integer.parseInt(opts.get("--partitions"));
      } catch (NumberFormatException e) {
        partitions = -1;
      }
      if (partitions < 1) {
        throw new UsageError("--partitions must be a positive integer, not '" + opts.get("--partitions") + "'");
      }
    }
    return new JobArgs(args[0], input, output, opts.get("--master"), format, partitions, opts.get("--checkpoint-dir"), flags.contains("--strict"));
  }
}
