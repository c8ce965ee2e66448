package ca.threadline.bench.pipeline;

import ca.threadline.app.cli.Cli;
import ca.threadline.testkit.corpus.Corpus;
import ca.threadline.testkit.corpus.CorpusAd;
import ca.threadline.testkit.corpus.CorpusGenerator;
import ca.threadline.testkit.corpus.CorpusSpec;
import ca.threadline.testkit.corpus.Difficulty;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * End-to-end benchmark of the pipeline on generated ads (the linking corpus generator, hard
 * setting): writes the ads as JSON Lines (a first file of 90% of them and a second of the rest),
 * then runs, in this process and through the real commands, on a fresh home:
 *
 * <ol>
 *   <li>{@code import first.jsonl --evidence-only}: custody log and extraction only;
 *   <li>{@code pipeline}: everything into the case store and linked (the pipeline alone);
 *   <li>{@code import second.jsonl}: the increment, evidence and pipeline together;
 *   <li>{@code pipeline} again: a re-run that must change nothing.
 * </ol>
 *
 * Prints wall-clock seconds and ads per second of each step on stdout (one line each); run it
 * under {@code /usr/bin/time -v} for peak RSS:
 *
 * <pre>
 * java -Xmx3g -cp "$BCP" ca.threadline.bench.pipeline.PipelineBench --ads 100000 --dir /tmp/pipebench
 * </pre>
 */
public final class PipelineBench {
  private PipelineBench() {}

  public static void main(String[] args) throws IOException {
    int ads = 100_000;
    long seed = 1;
    Path dir = Path.of("/tmp/pipebench");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--ads" -> ads = Integer.parseInt(args[++i].replace("_", ""));
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Files.createDirectories(dir);
    Path home = dir.resolve("home");
    if (Files.exists(home)) {
      throw new IllegalArgumentException(home + " exists: give a fresh --dir");
    }
    long t0 = System.nanoTime();
    Corpus c = CorpusGenerator.generate(CorpusSpec.of(seed, ads, Difficulty.HARD));
    int split = ads * 9 / 10;
    Path first = write(c.ads().subList(0, split), dir.resolve("first.jsonl"));
    Path second = write(c.ads().subList(split, ads), dir.resolve("second.jsonl"));
    System.out.printf(Locale.ROOT, "generate: %,d ads in %.1f s%n", ads, (System.nanoTime() - t0) / 1e9);
    String h = home.toString();
    step("import --evidence-only (evidence + extraction)", split, "import", first.toString(), "--case", "Bench", "--home", h, "--evidence-only");
    step("pipeline (store + link of the first file)", split, "pipeline", "--case", "Bench", "--home", h);
    step("import (increment: evidence + extraction + store + link)", ads - split, "import", second.toString(), "--case", "Bench", "--home", h);
    step("pipeline again (nothing new)", ads, "pipeline", "--case", "Bench", "--home", h);
  }

  private static Path write(List<CorpusAd> ads, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (CorpusAd a : ads) {
        w.write(a.toJson());
        w.write('\n');
      }
    }
    return file;
  }

  private static void step(String what, int count, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long t0 = System.nanoTime();
    int code = Cli.run(args, InputStream.nullInputStream(), java.io.OutputStream.nullOutputStream(), new PrintStream(err, true, StandardCharsets.UTF_8));
    double s = (System.nanoTime() - t0) / 1e9;
    String log = err.toString(StandardCharsets.UTF_8);
    String summary = log.lines().filter(l -> l.contains("case store:") || l.contains("new item(s)") || l.contains("pipeline times")).reduce((a, b) -> a + " | " + b).orElse("");
    System.out.printf(Locale.ROOT, "%s: exit %d, %.1f s, %,.0f ads/s%n    %s%n", what, code, s, count / s, summary);
    if (code != 0) {
      System.out.println(log);
      System.exit(code);
    }
  }
}
