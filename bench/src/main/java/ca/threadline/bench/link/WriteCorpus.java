package ca.threadline.bench.link;

import ca.threadline.testkit.corpus.Corpus;
import ca.threadline.testkit.corpus.CorpusGenerator;
import ca.threadline.testkit.corpus.CorpusSpec;
import ca.threadline.testkit.corpus.Difficulty;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generated corpus for {@code threadline cluster} benchmarks and evaluations: the ads to
 * {@code --out} (JSON Lines input of the command) and their gold labels to {@code --out}.gold
 * ({@code {"id","template","operator"}} per line).
 *
 * <pre>
 * java -cp "bench/target/threadline-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" \
 *   ca.threadline.bench.link.WriteCorpus --ads 1000000 --out /tmp/corpus.jsonl [--seed 1] [--difficulty hard|easy]
 * </pre>
 *
 * Corpora above ~200,000 ads reuse fictional phone numbers across unrelated posters (there are only
 * 100 NPA-555-01XX numbers per area code); the tool says how many on stderr. Fine for speed, not
 * for network quality.
 */
public final class WriteCorpus {
  private WriteCorpus() {}

  public static void main(String[] args) throws IOException {
    int ads = 100_000;
    long seed = 1;
    Difficulty difficulty = Difficulty.HARD;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--ads" -> ads = Integer.parseInt(args[++i].replace("_", ""));
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--difficulty" -> difficulty = Difficulty.valueOf(args[++i].toUpperCase(java.util.Locale.ROOT));
        case "--out" -> out = Path.of(args[++i]);
        default -> usage("unknown option " + args[i]);
      }
    }
    if (out == null) {
      usage("--out is required");
    }
    long t0 = System.nanoTime();
    Corpus corpus = CorpusGenerator.generate(CorpusSpec.of(seed, ads, difficulty));
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      corpus.writeJsonl(w);
    }
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(Path.of(out + ".gold"), StandardCharsets.UTF_8), 1 << 16)) {
      corpus.writeGold(w);
    }
    System.err.printf(
        "WriteCorpus: %,d %s ads (seed %d) to %s and %s.gold in %.1f s; %,d phone numbers reused across posters%n",
        corpus.size(), difficulty.name().toLowerCase(java.util.Locale.ROOT), seed, out, out, (System.nanoTime() - t0) / 1e9, corpus.reusedPhones());
  }

  private static void usage(String why) {
    System.err.println("WriteCorpus: " + why);
    System.err.println("usage: WriteCorpus --ads N --out FILE [--seed S] [--difficulty hard|easy]");
    System.exit(2);
  }
}
