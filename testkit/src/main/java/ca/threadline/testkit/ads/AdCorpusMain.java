package ca.threadline.testkit.ads;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a generated corpus as JSON Lines, for benchmarks and experiments before (or besides)
 * {@code threadline demo}:
 *
 * <pre>
 * java -cp testkit/target/classes:... ca.threadline.testkit.ads.AdCorpusMain --seed 1 --count 100000 [--gold] [--out ads.jsonl]
 * </pre>
 *
 * Ads go to {@code --out} or stdout, progress to stderr. Exit 0 on success, 2 on bad usage.
 */
public final class AdCorpusMain {
  private AdCorpusMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, OutputStream stdout, PrintStream err) {
    long seed = 1;
    long count = 1000;
    boolean gold = false;
    Path out = null;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--seed" -> seed = Long.parseLong(value(args, ++i));
          case "--count" -> count = Long.parseLong(value(args, ++i));
          case "--gold" -> gold = true;
          case "--out" -> out = Path.of(value(args, ++i));
          case "-h", "--help" -> {
            err.println("usage: AdCorpusMain [--seed N] [--count N] [--gold] [--out FILE]");
            return 0;
          }
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (count < 0) {
        throw new IllegalArgumentException("--count must be >= 0");
      }
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println("usage: AdCorpusMain [--seed N] [--count N] [--gold] [--out FILE]");
      return 2;
    }
    AdGenerator generator = new AdGenerator(seed);
    long started = System.nanoTime();
    try (Writer w = new BufferedWriter(new OutputStreamWriter(
        out == null ? new NonClosing(stdout) : Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16)) {
      for (long done = 0; done < count; ) {
        int batch = (int) Math.min(10_000, count - done);
        List<GeneratedAd> ads = generator.generate(batch);
        AdCorpusWriter.writeJsonLines(ads, w, gold);
        done += batch;
        err.printf("generated %d/%d ads%n", done, count);
      }
    } catch (IOException e) {
      err.println("error: cannot write " + (out == null ? "stdout" : out) + ": " + e.getMessage());
      return 2;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    err.printf("done: %d ads in %.1f s (%.0f ads/s), seed %d%n", count, seconds, count / Math.max(seconds, 1e-9), seed);
    return 0;
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  /** Keeps stdout open when the writer closes. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
