package ca.threadline.bench.fuzz;

import ca.threadline.testkit.fuzz.FuzzRunner;
import ca.threadline.testkit.fuzz.Mutator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fuzzes Threadline's parsers with many more seeded cases than the tests run, and prints cases per
 * second and every failure with its reproducer.
 *
 * <pre>
 * java -cp 'bench/target/classes:bench/target/lib/*' ca.threadline.bench.fuzz.FuzzMain --parser all --cases 20000 --seed 1
 * java ... FuzzMain --parser tagpack --seed 1 --case 4711 --out case.bin   # replay one case, keep its bytes
 * </pre>
 *
 * Output: one JSON line per parser on stdout ({@code parser, seed, cases, rejected, cases_per_s,
 * slowest_ms, most_allocated_mb, failures}); progress and failure reports on stderr. Exit 0 when no
 * case failed, 1 otherwise, 2 on bad usage. Cases are numbered from 0 for mutations; each input's
 * truncations (every {@code len/200}-th prefix) are numbered from 1,000,000,000 and run first.
 */
public final class FuzzMain {
  private FuzzMain() {}

  public static void main(String[] args) throws Exception {
    String parser = "all";
    long cases = 10_000;
    long seed = 1;
    Long only = null;
    Path out = null;
    long perCaseSeconds = 20;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String v = i + 1 < args.length ? args[i + 1] : null;
      switch (a) {
        case "--parser" -> parser = v;
        case "--cases" -> cases = Long.parseLong(v);
        case "--seed" -> seed = Long.parseLong(v);
        case "--case" -> only = Long.parseLong(v);
        case "--out" -> out = Path.of(v);
        case "--per-case-seconds" -> perCaseSeconds = Long.parseLong(v);
        default -> {
          System.err.println("usage: FuzzMain [--parser NAME|all] [--cases N] [--seed S] [--case K [--out FILE]] [--per-case-seconds T]");
          System.exit(2);
        }
      }
      i++;
    }
    Path dir = Files.createTempDirectory("threadline-fuzz");
    int failures = 0;
    try (FuzzTargets targets = new FuzzTargets(dir)) {
      List<String> names = parser.equals("all") ? new ArrayList<>(targets.parsers().keySet()) : List.of(parser.split(","));
      for (String name : names) {
        FuzzTargets.Parser p = targets.parsers().get(name);
        if (p == null) {
          System.err.println("unknown parser " + name + "; known: " + String.join(", ", targets.parsers().keySet()));
          System.exit(2);
        }
        // the same engine seed per parser as given: a reproducer is (parser, seed, case)
        Mutator m = new Mutator(seed, p.seeds());
        try (FuzzRunner runner = new FuzzRunner(Duration.ofSeconds(perCaseSeconds), p.maxAllocated())) {
          if (only != null) {
            Mutator.Case c = only >= 1_000_000_000L ? m.truncations(truncateEvery(p), 1_000_000_000L).get((int) (only - 1_000_000_000L)) : m.mutate(only);
            if (out != null) {
              Files.write(out, c.bytes());
            }
            FuzzRunner.Summary s = runner.run(name, List.of(c), p.target(), p.verdict());
            System.err.println(c.reproducer() + ": " + (s.failures().isEmpty() ? (s.rejected() > 0 ? "rejected as the contract allows" : "accepted") : s.failureReport()));
            failures += s.failures().size();
            continue;
          }
          List<Mutator.Case> cuts = m.truncations(truncateEvery(p), 1_000_000_000L);
          FuzzRunner.Summary t = runner.run(name, cuts, p.target(), p.verdict());
          System.err.println(t.line() + " (truncations)");
          System.err.print(t.failureReport());
          long chunk = Math.max(1, cases / 10);
          long total = 0;
          long rejected = t.rejected();
          long nanos = 0;
          long slowest = t.slowestNanos();
          long alloc = t.mostAllocated();
          int found = t.failures().size();
          for (long from = 0; from < cases; from += chunk) {
            FuzzRunner.Summary s = runner.run(name, FuzzRunner.range(m, from, Math.min(chunk, cases - from)), p.target(), p.verdict());
            total += s.cases();
            rejected += s.rejected();
            nanos += s.nanos();
            slowest = Math.max(slowest, s.slowestNanos());
            alloc = Math.max(alloc, s.mostAllocated());
            found += s.failures().size();
            System.err.print(s.failureReport());
            System.err.printf(Locale.ROOT, "fuzz %s: %d/%d cases, %.0f cases/s, %d failure(s)%n", name, total, cases, total * 1e9 / Math.max(1, nanos), found);
          }
          failures += found;
          System.out.printf(Locale.ROOT, "{\"parser\":\"%s\",\"seed\":%d,\"cases\":%d,\"truncations\":%d,\"rejected\":%d,\"cases_per_s\":%.1f,\"slowest_ms\":%.1f,\"most_allocated_mb\":%.1f,\"failures\":%d}%n",
              name, seed, total, t.cases(), rejected, total * 1e9 / Math.max(1, nanos), slowest / 1e6, alloc / 1e6, found);
        }
      }
    } finally {
      FuzzTargets.delete(dir);
    }
    System.exit(failures == 0 ? 0 : 1);
  }

  private static int truncateEvery(FuzzTargets.Parser p) {
    int longest = p.seeds().stream().mapToInt(b -> b.length).max().orElse(1);
    return Math.max(1, longest / 200);
  }
}
