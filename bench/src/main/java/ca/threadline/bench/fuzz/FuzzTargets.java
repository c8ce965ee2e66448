package ca.threadline.bench.fuzz;

import ca.threadline.app.extract.ExtractionJson;
import ca.threadline.app.json.JsonRecords;
import ca.threadline.chain.importer.ChainImporter;
import ca.threadline.chain.parse.BlockParser;
import ca.threadline.chain.parse.BlockVisitor;
import ca.threadline.chain.parse.MalformedDataException;
import ca.threadline.chain.tags.TagPack;
import ca.threadline.chain.tags.TagPackYaml;
import ca.threadline.core.io.BadInputException;
import ca.threadline.core.io.InputLine;
import ca.threadline.core.io.InputProblem;
import ca.threadline.core.io.LineReader;
import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.content.ContentAnalyzer;
import ca.threadline.evidence.content.HtmlText;
import ca.threadline.evidence.content.ImageMetadata;
import ca.threadline.evidence.content.PdfText;
import ca.threadline.evidence.custody.CustodyWriter;
import ca.threadline.evidence.ingest.Importer;
import ca.threadline.evidence.ingest.IngestContext;
import ca.threadline.evidence.ingest.ItemTexts;
import ca.threadline.evidence.store.CaseName;
import ca.threadline.evidence.store.EvidenceHome;
import ca.threadline.extract.Extractor;
import ca.threadline.extract.StandardExtractor;
import ca.threadline.testkit.fuzz.FuzzRunner;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The parsers {@link FuzzMain} fuzzes, each with its seed inputs and the rule for what it may
 * throw. The same rules as the fuzz tests in each module (e.g. {@code EvidenceParsersFuzzTest},
 * {@code TagPackYamlFuzzTest}, {@code BlockFilesFuzzTest}, {@code JsonLinesFuzzTest}); the
 * evidence readers are driven through the public {@link Importer}, as {@code threadline import} does.
 */
final class FuzzTargets implements AutoCloseable {
  /** One parser under fuzz. */
  record Parser(String name, List<byte[]> seeds, FuzzRunner.Target target, FuzzRunner.Verdict verdict, long maxAllocated) {}

  private final Path dir;
  private final EvidenceStore store;
  private final Importer importer;
  private final Map<String, Parser> parsers = new LinkedHashMap<>();

  FuzzTargets(Path dir) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir.resolve("in"));
    Files.write(dir.resolve("in/p.jpg"), ca.threadline.testkit.files.SyntheticFiles.jpeg(1, 8, 8));
    store = EvidenceStore.open(new EvidenceHome(dir.resolve("home")), Clock.systemUTC(), null, m -> {}, new CustodyWriter.Tool("threadline-bench", "fuzz"));
    IngestContext ctx = new IngestContext(store.blobs(), new CaseName("Fuzz"), new ContentAnalyzer(10_000), ItemTexts.NONE, Instant.parse("2026-01-01T00:00:00Z"));
    importer = new Importer(ctx, 10_000);
    FuzzRunner.Verdict nothing = FuzzRunner.Verdict.accepting();
    // third-party parsers run under Guard in Threadline, which reports any exception as the item's problem
    FuzzRunner.Verdict guarded = FuzzRunner.Verdict.accepting(Exception.class);
    add(new Parser("jsonl", FuzzSeeds.jsonl(), new JsonLines(), nothing, 64L << 20));
    add(new Parser("jsonl-ads", FuzzSeeds.ads(), ingest("x.jsonl", Importer.Format.ADS), nothing, 32L << 20));
    add(new Parser("warc", FuzzSeeds.warc(), ingest("x.warc", Importer.Format.WARC), nothing, 32L << 20));
    add(new Parser("har", FuzzSeeds.har(), ingest("x.har", Importer.Format.HAR), nothing, 32L << 20));
    add(new Parser("image", FuzzSeeds.images(), ImageMetadata::read, guarded, 96L << 20));
    add(new Parser("pdf", FuzzSeeds.pdf(), PdfText::extract, guarded, 96L << 20));
    add(new Parser("html", FuzzSeeds.html(), in -> HtmlText.extract(in, null, "http://x.test/"), guarded, 96L << 20));
    add(new Parser("tagpack", FuzzSeeds.tagpack(), FuzzTargets::tagpack, FuzzTargets::tagpackRejection, 96L << 20));
    byte[] blk = FuzzSeeds.blockFile(dir, 16);
    BlockParser blocks = new BlockParser();
    add(new Parser("block", FuzzSeeds.blocks(blk), in -> blocks.parseBlock(in, 0, in.length, new BlockVisitor() {}),
        (t, in) -> t instanceof MalformedDataException e && e.offset() >= 0 && e.offset() <= in.length ? null : "unexpected " + t, 16L << 20));
    add(new Parser("blk", List.of(blk), this::importBlocks, FuzzTargets::blkRejection, 64L << 20));
  }

  private void add(Parser p) {
    parsers.put(p.name(), p);
  }

  Map<String, Parser> parsers() {
    return parsers;
  }

  /** Prepares an import as {@code threadline import} does; every issue must say where and why, and no exception may escape a reader. */
  private FuzzRunner.Target ingest(String fileName, Importer.Format format) {
    return in -> {
      Path f = dir.resolve("in/" + fileName);
      Files.write(f, in);
      Acquisition a = importer.prepare(f, format);
      try {
        a.items();
        for (Acquisition.InputIssue i : a.issues()) {
          if (i.where() == null || i.where().isBlank() || i.reason() == null || i.reason().isBlank()) {
            throw new IllegalStateException("an issue without a place or a reason: " + i);
          }
          if (i.reason().startsWith("reading ") && i.reason().contains(" failed: ")) {
            throw new IllegalStateException("an exception escaped the reader: " + i.where() + ": " + i.reason());
          }
        }
      } finally {
        a.discard();
      }
    };
  }

  /** The per-line work of {@code extract}: every problem names the file and its line. */
  private static final class JsonLines implements FuzzRunner.Target {
    private final Extractor extractor = StandardExtractor.create();

    @Override
    public void parse(byte[] input) throws Exception {
      try (LineReader r = new LineReader(new ByteArrayInputStream(input), "fuzz.jsonl", 1 << 16)) {
        for (InputLine l = r.next(); l != null; l = r.next()) {
          switch (l) {
            case InputLine.Unreadable u -> located(u.problem(), l.number());
            case InputLine.Text t -> {
              switch (JsonRecords.parse("fuzz.jsonl", t.number(), t.text())) {
                case JsonRecords.Blank b -> {}
                case JsonRecords.Problem p -> located(p.problem(), t.number());
                case JsonRecords.Record rec -> {
                  try {
                    String id = JsonRecords.id(rec.node());
                    String text = JsonRecords.requiredString(rec.node(), "text");
                    JsonRecords.mapper().readTree(new ExtractionJson().line(id, extractor.extract(text)));
                  } catch (JsonRecords.FieldException e) {
                    // reported by the command with the line
                  }
                }
              }
            }
          }
        }
      }
    }

    private static void located(InputProblem p, long line) {
      if (p.line() != line || p.reason() == null || p.reason().isBlank()) {
        throw new IllegalStateException("a problem that does not say where: " + p);
      }
    }
  }

  private static void tagpack(byte[] in) {
    TagPack p = TagPackYaml.read(in, "fuzz.yaml");
    if (p.title().isBlank()) {
      throw new IllegalStateException("a pack was read without a usable title");
    }
    for (ObjectNode e : p.effectiveTags()) {
      if (e.hasNonNull("address") && e.get("address").asText().isBlank()) {
        throw new IllegalStateException("a tag was read with an address that files under nothing: " + e.get("address"));
      }
    }
  }

  private static String tagpackRejection(Throwable t, byte[] in) {
    if (t instanceof BadInputException b) {
      return b.problem().source().equals("fuzz.yaml") && b.problem().line() > 0 ? null : "rejected without a line: " + b.getMessage();
    }
    return "unexpected " + t;
  }

  private int blkRun;

  private void importBlocks(byte[] in) throws IOException {
    Path d = dir.resolve("blk" + blkRun++);
    Path blocks = Files.createDirectories(d.resolve("blocks"));
    Files.write(blocks.resolve("blk00000.dat"), in);
    try {
      new ChainImporter(null, false).importBlocks(blocks, d.resolve("chain"));
    } finally {
      delete(d);
    }
  }

  private static String blkRejection(Throwable t, byte[] in) {
    if (t instanceof BadInputException b) {
      String m = b.getMessage();
      return m.contains("blk00000.dat") && m.contains("byte offset") || m.contains("blocks") ? null : "rejected without naming the file and offset: " + m;
    }
    return "unexpected " + t;
  }

  static void delete(Path d) throws IOException {
    if (!Files.exists(d)) {
      return;
    }
    try (Stream<Path> s = Files.walk(d)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Override
  public void close() throws IOException {
    store.close();
  }
}
