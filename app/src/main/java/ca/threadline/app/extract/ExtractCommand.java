package ca.threadline.app.extract;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.InOrderBatches;
import ca.threadline.app.cli.InputFiles;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.Progress;
import ca.threadline.app.json.JsonRecords;
import ca.threadline.core.io.InputLine;
import ca.threadline.core.io.InputProblem;
import ca.threadline.core.io.LineReader;
import ca.threadline.extract.Extraction;
import ca.threadline.extract.Extractor;
import ca.threadline.extract.LanguageHint;
import ca.threadline.extract.StandardExtractor;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Finds selectors and trafficking and forced-labour indicators in ads (JSON Lines in and out).",
      "Selectors: phone, email, handle, url, btc, eth, age, location, price; input records {\"id\",\"text\",...}.",
      "Writes one JSON line per record, in input order. Stateless: nothing is stored.",
      "A malformed line is reported on stderr with its line number and skipped."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline extract --input ads.jsonl > found.jsonl",
      "  echo '{\"id\":\"a1\",\"text\":\"Call 4one6 555 0199, Toronto\"}' | ./threadline extract",
      "  ./threadline extract --input ads.jsonl --lang fr --strict"
    })
public final class ExtractCommand implements Callable<Integer> {
  @Option(names = "--input", paramLabel = "FILE", description = "JSON Lines input; '-' or absent for stdin.")
  Path input;

  @Option(names = "--lang", paramLabel = "auto|en|fr", defaultValue = "auto", description = "Language of the records (default: ${DEFAULT-VALUE}, detected per record).")
  String lang;

  @Option(names = "--strict", description = "Stop at the first bad line with exit code 2 instead of skipping it.")
  boolean strict;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  private final Io io;

  ExtractCommand(Io io) {
    this.io = io;
  }

  /** One line's outcome: its output bytes, a problem, or nothing (blank line). */
  private record Outcome(byte[] json, InputProblem problem) {}

  @Override
  public Integer call() throws IOException {
    LanguageHint hint;
    try {
      hint = LanguageHint.parse(lang);
    } catch (IllegalArgumentException e) {
      io.err().println("threadline extract: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    Extractor extractor = StandardExtractor.create();
    ExtractionJson json = new ExtractionJson();
    OutputStream out = new BufferedOutputStream(io.out(), 1 << 16);
    Progress progress = new Progress(io.err(), "extract");
    long[] written = {0};
    long[] problems = {0};
    try (LineReader reader = InputFiles.open(input, io);
        InOrderBatches<Outcome> batches = new InOrderBatches<>(threads)) {
      String source = reader.source();
      batches.run(
          reader,
          line -> process(source, line, extractor, json, hint),
          outcome -> {
            if (outcome.problem() != null) {
              problems[0]++;
              io.err().println("threadline extract: " + outcome.problem().message());
              return !strict;
            }
            if (outcome.json() != null) {
              out.write(outcome.json());
              progress.update(++written[0]);
            }
            return true;
          });
    }
    out.flush();
    if (problems[0] > 0) {
      io.err().printf("threadline extract: %d record(s) written, %d bad line(s) %s%n", written[0], problems[0], strict ? "(stopped: --strict)" : "skipped");
      if (strict) {
        return ExitCodes.BAD_INPUT;
      }
    }
    return ExitCodes.OK;
  }

  private static Outcome process(String source, InputLine line, Extractor extractor, ExtractionJson json, LanguageHint hint) {
    return switch (line) {
      case InputLine.Unreadable u -> new Outcome(null, u.problem());
      case InputLine.Text t ->
          switch (JsonRecords.parse(source, t.number(), t.text())) {
            case JsonRecords.Blank b -> new Outcome(null, null);
            case JsonRecords.Problem p -> new Outcome(null, p.problem());
            case JsonRecords.Record r -> {
              try {
                String id = JsonRecords.id(r.node());
                String text = JsonRecords.requiredString(r.node(), "text");
                Extraction x = extractor.extract(text, hint);
                yield new Outcome(json.line(id, x), null);
              } catch (JsonRecords.FieldException e) {
                yield new Outcome(null, new InputProblem(source, t.number(), e.getMessage()));
              }
            }
          };
    };
  }
}
