package ca.threadline.evidence.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.content.ContentAnalyzer;
import ca.threadline.evidence.content.HtmlText;
import ca.threadline.evidence.content.ImageMetadata;
import ca.threadline.evidence.content.PdfText;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.CaseName;
import ca.threadline.evidence.testing.EvidenceFixture;
import ca.threadline.testkit.files.SyntheticFiles;
import ca.threadline.testkit.fuzz.FuzzRunner;
import ca.threadline.testkit.fuzz.Mutator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Library-level fuzzing of every evidence parser, thousands of seeded cases each (see
 * {@link Mutator}): the WARC, HAR and JSON Lines ad readers must report every defect as an issue
 * with a place and never throw; the third-party parsers (metadata-extractor, PDFBox, jsoup) may
 * reject an input with an exception (they run under {@code Guard}, which reports it as the
 * item's problem) but must not hang, overflow the stack or allocate from a crafted size. A
 * failure prints its seed and case number; {@code bench}'s {@code FuzzMain} replays it alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceParsersFuzzTest {
  static final long SEED = 0x7E5EEDL;
  static final Duration PER_CASE = Duration.ofSeconds(20);
  /** What one small input may make a parser allocate; far above any honest parse of these seeds. */
  static final long MAX_ALLOCATED = 96L << 20;
  /** Threadline's own readers: a few KB of input must not cost tens of MB, whatever a size field says. */
  static final long MAX_ALLOCATED_OWN = 32L << 20;

  @TempDir static Path dir;
  private EvidenceFixture fixture;
  private EvidenceStore store;
  private IngestContext ctx;
  private FuzzRunner runner;
  private FuzzRunner ownRunner;
  private final java.util.concurrent.atomic.AtomicLong withIssues = new java.util.concurrent.atomic.AtomicLong();

  @BeforeAll
  void open() throws Exception {
    fixture = new EvidenceFixture(dir.resolve("home"));
    store = fixture.open();
    ctx = new IngestContext(store.blobs(), new CaseName("C"), new ContentAnalyzer(10_000), ItemTexts.NONE, Instant.parse("2026-01-01T00:00:00Z"));
    Files.createDirectories(dir.resolve("in"));
    Files.write(dir.resolve("in/p.jpg"), SyntheticFiles.jpeg(1, 8, 8));
    runner = new FuzzRunner(PER_CASE, MAX_ALLOCATED);
    ownRunner = new FuzzRunner(PER_CASE, MAX_ALLOCATED_OWN);
    System.out.println("EvidenceParsersFuzzTest seed " + SEED);
  }

  @AfterAll
  void close() throws Exception {
    runner.close();
    ownRunner.close();
    store.close();
  }

  private void fuzz(String name, List<byte[]> seeds, int cases, int truncateEvery, FuzzRunner.Target target, FuzzRunner.Verdict verdict) {
    fuzz(runner, name, seeds, cases, truncateEvery, target, verdict);
  }

  private void fuzz(FuzzRunner runner, String name, List<byte[]> seeds, int cases, int truncateEvery, FuzzRunner.Target target, FuzzRunner.Verdict verdict) {
    Mutator m = new Mutator(SEED ^ name.hashCode(), seeds);
    List<Mutator.Case> all = new ArrayList<>(m.truncations(truncateEvery, cases));
    withIssues.set(0);
    FuzzRunner.Summary t = runner.run(name + " (truncations)", all, target, verdict);
    FuzzRunner.Summary s = runner.run(name, FuzzRunner.range(m, 0, cases), target, verdict);
    System.out.println(s.line() + "; " + t.line() + "; " + withIssues.get() + " reported input issues");
    assertThat(s.failures()).as(s.failureReport()).isEmpty();
    assertThat(t.failures()).as(t.failureReport()).isEmpty();
    assertThat(s.cases()).isEqualTo(cases);
  }

  /** Runs one of the importers' readers on the bytes; every issue must say where and why. */
  private FuzzRunner.Target ingest(String fileName, Reader reader) {
    return in -> {
      Path staged = dir.resolve("in/" + fileName);
      Files.write(staged, in);
      Acquisition acq = new Acquisition("import", ctx.caseName(), Json.object());
      try {
        reader.read(acq, staged);
        acq.items();
        if (!acq.issues().isEmpty()) {
          withIssues.incrementAndGet();
        }
        for (Acquisition.InputIssue i : acq.issues()) {
          if (i.where() == null || i.where().isBlank() || i.reason() == null || i.reason().isBlank()) {
            throw new IllegalStateException("an issue without a place or a reason: " + i);
          }
          if (i.reason().startsWith("reading ") && i.reason().contains(" failed: ")) {
            throw new IllegalStateException("an exception escaped the reader (its guard caught it, without a place): " + i);
          }
        }
      } finally {
        acq.discard();
      }
    };
  }

  private interface Reader {
    void read(Acquisition acq, Path staged) throws Exception;
  }

  private static final String PROVENANCE = "import:/fuzz/in.x:" + "0".repeat(64);

  @Test
  void warcRecords() throws Exception {
    fuzz(ownRunner, "warc", List.of(ParserFuzzTest.warc(false), WarcSeeds.withDigests(), ParserFuzzTest.warc(true)), 500, 97,
        ingest("x.warc", (acq, p) -> WarcIngest.read(ctx, acq, p, "blobs/x", "container", PROVENANCE, PER_CASE.toMillis() / 2)),
        FuzzRunner.Verdict.accepting());
  }

  /** Found by this fuzzer: the WARC reader allocated a record's declared Content-Length (up to 64 MB) before reading it. */
  @Test
  void aCraftedContentLengthIsNotAllocatedBeforeTheBytesArrive() throws Exception {
    String w = new String(WarcSeeds.withDigests(), StandardCharsets.ISO_8859_1);
    int at = w.indexOf("Content-Length: ", w.indexOf("WARC-Type: response"));
    int eol = w.indexOf("\r\n", at);
    byte[] crafted = (w.substring(0, at) + "Content-Length: 60000000" + w.substring(eol)).getBytes(StandardCharsets.ISO_8859_1);
    List<String> issues = new ArrayList<>();
    FuzzRunner.Summary s = ownRunner.run("warc crafted Content-Length", List.of(new Mutator.Case(SEED, 0, 0, Mutator.Kind.HUGE_NUMBER, crafted)),
        ingest("crafted.warc", (acq, p) -> {
          WarcIngest.read(ctx, acq, p, "blobs/x", "container", PROVENANCE, PER_CASE.toMillis() / 2);
          acq.issues().forEach(i -> issues.add(i.where() + ": " + i.reason()));
        }), FuzzRunner.Verdict.accepting());
    assertThat(s.failures()).as(s.failureReport()).isEmpty();
    assertThat(s.mostAllocated()).as("a cold JVM allocates a few MB of its own; the crafted size is 60 MB").isLessThan(32L << 20);
    assertThat(issues).anySatisfy(i -> assertThat(i).startsWith("record 1 at byte").containsAnyOf("cut short", "more bytes"));
  }

  /** Found by {@code BadInputCliFuzzTest}: a record without WARC-Type made the error handler itself throw. */
  @Test
  void aRecordWithoutWarcTypeIsReportedAtItsPlace() throws Exception {
    String w = new String(ParserFuzzTest.warc(false), StandardCharsets.ISO_8859_1);
    int second = w.indexOf("WARC-Type: response", w.indexOf("WARC-Type: response") + 1);
    byte[] crafted = (w.substring(0, second) + "WARC-Tyre" + w.substring(second + 9)).getBytes(StandardCharsets.ISO_8859_1);
    List<String> issues = new ArrayList<>();
    FuzzRunner.Summary s = ownRunner.run("warc without type", List.of(new Mutator.Case(SEED, 0, 0, Mutator.Kind.FLIP_BITS, crafted)),
        ingest("untyped.warc", (acq, p) -> {
          WarcIngest.read(ctx, acq, p, "blobs/x", "container", PROVENANCE, PER_CASE.toMillis() / 2);
          acq.issues().forEach(i -> issues.add(i.where() + ": " + i.reason()));
        }), FuzzRunner.Verdict.accepting());
    assertThat(s.failures()).as(s.failureReport()).isEmpty();
    assertThat(issues).anySatisfy(i -> assertThat(i).matches("record 1 at byte \\d+: record has no WARC-Type header"));
  }

  /**
   * Found by {@code FuzzMain --parser html --seed 1} (case 8287): jsoup allocates with the square of
   * one tag name's length, and HTML ran without a time limit. Now it runs under the guard.
   */
  @Test
  void aHostileHtmlTagIsParsedUnderATimeLimit() {
    byte[] page = ("<!DOCTYPE html><html><h" + "{\"a\":".repeat(120_000) + "}".repeat(120_000) + "</html>").getBytes(StandardCharsets.UTF_8);
    ca.threadline.evidence.content.Analysis a = new ContentAnalyzer(50).analyze(page, "text/html", "hostile.html", "http://x.test/");
    assertThat(a.kind()).isEqualTo("html");
    assertThat(a.problem()).isEqualTo("HTML text of hostile.html took longer than 50 ms; abandoned");
  }

  /** Found by {@code FuzzMain --parser warc --seed 1} (case 3442): a gzip WARC cut after its first byte. */
  @Test
  void aWarcCutInsideItsFirstBytesIsReportedAtItsPlace() throws Exception {
    for (byte[] cut : List.of(new byte[] {0x1f}, new byte[] {0x1f, (byte) 0x8b}, "WA".getBytes(StandardCharsets.US_ASCII))) {
      List<String> issues = new ArrayList<>();
      FuzzRunner.Summary s = ownRunner.run("warc cut", List.of(new Mutator.Case(SEED, 0, 0, Mutator.Kind.TRUNCATE, cut)),
          ingest("cut.warc", (acq, p) -> {
            WarcIngest.read(ctx, acq, p, "blobs/x", "container", PROVENANCE, PER_CASE.toMillis() / 2);
            acq.issues().forEach(i -> issues.add(i.where() + ": " + i.reason()));
          }), FuzzRunner.Verdict.accepting());
      assertThat(s.failures()).as(s.failureReport()).isEmpty();
      assertThat(issues).isNotEmpty().allSatisfy(i -> assertThat(i).doesNotContain(" failed: "));
    }
  }

  @Test
  void harArchives() throws Exception {
    byte[] har = Json.write(HarImportTest.har(SyntheticFiles.jpeg(2, 16, 16))).getBytes(StandardCharsets.UTF_8);
    fuzz(ownRunner, "har", List.of(har), 200, 61,
        ingest("x.har", (acq, p) -> HarIngest.read(ctx, acq, p, "container", PROVENANCE, PER_CASE.toMillis() / 2)),
        FuzzRunner.Verdict.accepting());
  }

  @Test
  void jsonLinesAds() throws Exception {
    byte[] ads = ("{\"id\":\"a\",\"text\":\"call 416-555-0101\",\"city\":\"Toronto\",\"posted_at\":\"2026-01-05T04:23:11Z\",\"images\":[\"p.jpg\"]}\n"
        + "{\"id\":2,\"text\":\"Nouvelle à Montréal, texto 514-555-0122\",\"url\":\"http://x.test/2\"}\r\n"
        + "\n{\"id\":\"c\",\"text\":\"\",\"image\":\"p.jpg\"}").getBytes(StandardCharsets.UTF_8);
    Path original = dir.resolve("in/ads.jsonl");
    fuzz(ownRunner, "jsonl-ads", List.of(ads), 200, 7,
        ingest("staged-ads", (acq, p) -> AdsIngest.read(ctx, acq, p, original, "blobs/x", "container", "import:" + original + ":" + "0".repeat(64))),
        FuzzRunner.Verdict.accepting());
  }

  @Test
  void imageMetadata() throws Exception {
    List<byte[]> seeds = List.of(
        SyntheticFiles.jpegWithExif(3, new SyntheticFiles.Exif("Make", "Model", "2026:01:01 00:00:00", "+00:00", 45.0, -75.0)),
        SyntheticFiles.png(4, 20, 20));
    fuzz("image", seeds, 5000, 13, ImageMetadata::read, guarded());
  }

  @Test
  void pdfText() throws Exception {
    fuzz("pdf", List.of(SyntheticFiles.pdf("fuzz seed", "905-555-0111", "second line")), 400, 23, PdfText::extract, guarded());
  }

  @Test
  void htmlText() throws Exception {
    byte[] page = SyntheticFiles.adPage("Nouvelle", "texto 416-555-0102 <b>ce soir</b> &amp; demain", "/i.png", "/s.css").getBytes(StandardCharsets.UTF_8);
    fuzz("html", List.of(page), 1200, 11, in -> HtmlText.extract(in, null, "http://x.test/"), guarded());
  }

  /**
   * Third-party parsers run under {@code Guard}, which reports any exception as the item's problem;
   * errors (stack overflow, out of memory) and hangs are the bugs.
   */
  private static FuzzRunner.Verdict guarded() {
    return FuzzRunner.Verdict.accepting(Exception.class);
  }
}
