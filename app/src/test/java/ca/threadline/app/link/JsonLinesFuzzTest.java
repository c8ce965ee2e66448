package ca.threadline.app.link;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.app.extract.ExtractionJson;
import ca.threadline.app.json.JsonRecords;
import ca.threadline.core.io.InputLine;
import ca.threadline.core.io.InputProblem;
import ca.threadline.core.io.LineReader;
import ca.threadline.extract.Extraction;
import ca.threadline.extract.Extractor;
import ca.threadline.extract.StandardExtractor;
import ca.threadline.link.engine.AdRecord;
import ca.threadline.link.engine.Featurizer;
import ca.threadline.link.template.TemplateParameters;
import ca.threadline.testkit.fuzz.FuzzRunner;
import ca.threadline.testkit.fuzz.Mutator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the JSON Lines ad readers of {@code extract} and {@code cluster}: each line of
 * a mutated, truncated or hostile file (see {@link Mutator}) is either read into an ad or becomes
 * an {@link InputProblem} naming the file and its line; nothing throws past the per-line handling
 * the commands do (only {@code FieldException}, which they turn into a problem), no line hangs or
 * allocates from a crafted size, and every ad read is written back as valid JSON.
 */
class JsonLinesFuzzTest {
  static final long SEED = 0x15011AL;
  static final String SOURCE = "fuzz.jsonl";

  static List<byte[]> seeds() {
    String ads = """
        {"id":"a1","text":"Nouvelle à Montréal 514-555-0123, texto seulement","posted_at":"2026-01-05T04:23:11Z","city":"Montréal","image_hashes":["ab12"]}
        {"id":2,"text":"New in town call 416 555 0199 or bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq","posted_at":"2026-01-05","extra":{"n":[1,2,3]}}

        {"id":"a3","text":"ask for Mia, 19, incall 200/hr, snap: mia_x","city":null,"posted_at":"2026-01-05T04:23:11-05:00"}
        """;
    return List.of(ads.getBytes(StandardCharsets.UTF_8), ("\uFEFF" + ads.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
  }

  /** The per-line work of {@code extract} and {@code cluster}, as their {@code process} methods do it. */
  static final class Reader implements FuzzRunner.Target {
    private final Extractor extractor = StandardExtractor.create();
    private final ExtractionJson json = new ExtractionJson();
    private final Featurizer featurizer = LinkSetup.featurizer(TemplateParameters.defaults());
    long ads;
    long problems;

    @Override
    public void parse(byte[] input) throws Exception {
      try (LineReader r = new LineReader(new ByteArrayInputStream(input), SOURCE, 1 << 16)) {
        for (InputLine l = r.next(); l != null; l = r.next()) {
          switch (l) {
            case InputLine.Unreadable u -> problem(u.problem(), l.number());
            case InputLine.Text t -> {
              switch (JsonRecords.parse(SOURCE, t.number(), t.text())) {
                case JsonRecords.Blank b -> {}
                case JsonRecords.Problem p -> problem(p.problem(), t.number());
                case JsonRecords.Record rec -> {
                  try {
                    String id = JsonRecords.id(rec.node());
                    String text = JsonRecords.requiredString(rec.node(), "text");
                    Extraction x = extractor.extract(text);
                    byte[] out = json.line(id, x);
                    JsonRecords.mapper().readTree(out); // what extract writes must be valid JSON
                    AdRecord ad = AdInput.read(rec.node(), List.of());
                    ad = new AdRecord(ad.id(), ad.text(), ad.postedAt(), ad.city(), x.selectors(), ad.imageHashes());
                    featurizer.features(ad);
                    ads++;
                  } catch (JsonRecords.FieldException e) {
                    problem(new InputProblem(SOURCE, t.number(), e.getMessage()), t.number());
                  }
                }
              }
            }
          }
        }
      }
    }

    private void problem(InputProblem p, long line) {
      if (!p.source().equals(SOURCE) || p.line() != line || p.line() < 1 || p.reason() == null || p.reason().isBlank()) {
        throw new IllegalStateException("a problem that does not say where: " + p);
      }
      problems++;
    }
  }

  @Test
  void mutatedLinesAreReadOrReportedWithTheirLine() {
    System.out.println("JsonLinesFuzzTest seed " + SEED);
    Mutator m = new Mutator(SEED, seeds());
    Reader reader = new Reader();
    try (FuzzRunner runner = new FuzzRunner(Duration.ofSeconds(20), 64L << 20)) {
      FuzzRunner.Summary t = runner.run("jsonl (truncations)", m.truncations(5, 1_000_000), reader, FuzzRunner.Verdict.accepting());
      FuzzRunner.Summary s = runner.run("jsonl", FuzzRunner.range(m, 0, 3000), reader, FuzzRunner.Verdict.accepting());
      System.out.println(s.line() + "; " + t.line() + "; " + reader.ads + " ads read, " + reader.problems + " problems reported");
      assertThat(s.failures()).as(s.failureReport()).isEmpty();
      assertThat(t.failures()).as(t.failureReport()).isEmpty();
      assertThat(reader.problems).isGreaterThan(1000);
    }
  }
}
