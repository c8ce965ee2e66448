package ca.threadline.app.demo;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.extract.ExtractionJson;
import ca.threadline.core.selector.Selector;
import ca.threadline.extract.Extraction;
import ca.threadline.extract.Extractor;
import ca.threadline.extract.StandardExtractor;
import ca.threadline.testkit.ads.AdCorpusWriter;
import ca.threadline.testkit.ads.AdGenerator;
import ca.threadline.testkit.ads.GeneratedAd;
import ca.threadline.testkit.ads.GoldSelector;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Generates a synthetic bilingual Canadian case and runs Threadline on it, end to end.",
      "Everything in it is invented by a seeded generator: no real person's data.",
      "Writes its files under <home>/demo and prints the report's path."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  ./threadline demo", "  ./threadline demo --no-serve --ads 2000 --seed 7 --home /tmp/tl"})
public final class DemoCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--no-serve", description = "Stop after writing the report instead of serving the workbench.")
  boolean noServe;

  @Option(names = "--ads", paramLabel = "N", defaultValue = "600", description = "Number of ads to generate (default: ${DEFAULT-VALUE}).")
  int ads;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "2026", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed;

  private final Io io;

  DemoCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    if (ads < 1) {
      io.err().println("threadline demo: --ads must be at least 1");
      return ExitCodes.BAD_INPUT;
    }
    Path dir = home.path().resolve("demo");
    Files.createDirectories(dir);
    io.err().printf("demo: generating %,d synthetic ads (seed %d)...%n", ads, seed);
    List<GeneratedAd> generated = new AdGenerator(seed).generate(ads);
    Path adsFile = dir.resolve("ads.jsonl");
    try (Writer w = Files.newBufferedWriter(adsFile, StandardCharsets.UTF_8)) {
      AdCorpusWriter.writeJsonLines(generated, w, true);
    }

    io.err().println("demo: extracting selectors and indicators...");
    Extractor extractor = StandardExtractor.create();
    long t0 = System.nanoTime();
    List<Extraction> extractions = generated.parallelStream().map(a -> extractor.extract(a.text())).toList();
    double seconds = (System.nanoTime() - t0) / 1e9;
    ExtractionSummary summary = new ExtractionSummary();
    SelectorScore score = new SelectorScore();
    try (OutputStream out = Files.newOutputStream(dir.resolve("extracted.jsonl"))) {
      for (int i = 0; i < generated.size(); i++) {
        GeneratedAd ad = generated.get(i);
        Extraction x = extractions.get(i);
        out.write(ExtractionJson.line(ad.id(), x));
        summary.add(x);
        score.add(x.selectors().stream().map(Selector::key).toList(), keys(ad.gold()), keys(ad.optional()));
      }
    }

    String report = ExtractionReport.render(summary, score, seed, seconds);
    Path reportFile = dir.resolve("report.md");
    Files.writeString(reportFile, report, StandardCharsets.UTF_8);
    io.err().println();
    io.err().println(report);
    io.out().println("{\"report\":" + quote(reportFile.toString()) + ",\"ads\":" + quote(adsFile.toString()) + "}");
    return ExitCodes.OK;
  }

  private static List<String> keys(List<GoldSelector> gold) {
    return gold.stream().map(g -> g.type() + ":" + g.value()).toList();
  }

  private static String quote(String s) {
    try {
      return ca.threadline.app.json.JsonRecords.mapper().writeValueAsString(s);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
