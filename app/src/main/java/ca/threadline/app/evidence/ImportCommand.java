package ca.threadline.app.evidence;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.app.pipeline.PipelineRunner;
import ca.threadline.app.pipeline.StoreOptions;
import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.content.AnalysisPool;
import ca.threadline.evidence.content.ContentAnalyzer;
import ca.threadline.evidence.ingest.Importer;
import ca.threadline.evidence.ingest.IngestContext;
import ca.threadline.evidence.ingest.ItemTexts;
import ca.threadline.evidence.item.Item;
import ca.threadline.evidence.item.NewItem;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.CaseName;
import ca.threadline.extract.StandardExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Imports files as evidence: WARC/WARC.gz, HAR, JSON Lines ads, images, PDF, HTML, text.",
      "Every file is copied into the content-addressed store (the same bytes are stored once), each",
      "thing found in it (a web response, an ad, an image) becomes an item with its SHA-256, and the",
      "import is recorded in the signed custody log. Texts go through selector extraction; what is",
      "found is kept under <home>/derived/. Folders are imported recursively. Importing the same file",
      "again adds nothing. Prints one line per new item (as `evidence list`).",
      "Then the case store is brought up to date (documents, template clusters, networks, circuits,",
      "alerts on selectors the case already had, chain look-ups of Bitcoin addresses); the case is",
      "opened on first use. --evidence-only skips that step (a later run catches up). --defer-extract",
      "only preserves (the fastest way to take in a large crawl): the texts of the pages inside WARC",
      "and HAR files are neither read nor extracted; the next `threadline pipeline`, import or capture",
      "of the case reads them from the stored files, extracts them and brings the case store up to",
      "date, with the same result as an import without the option.",
      "Exit 1 when the input contradicts itself (a WARC digest that does not match its payload)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline import crawl.warc.gz --case 2026-TO-0117",
      "  ./threadline import export/ads.jsonl photos/ --case \"Op Héron\" --operator \"Det. Tremblay\"",
      "  ./threadline import session.har --case 2026-TO-0117 --strict",
      "  ./threadline import crawl-2026-03/ --case 2026-TO-0117 --defer-extract && ./threadline pipeline --case 2026-TO-0117"
    })
public final class ImportCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
  List<Path> paths;

  @Option(names = "--case", required = true, paramLabel = "NAME", description = "The case the evidence belongs to.")
  String caseName;

  @Option(names = "--format", paramLabel = "auto|warc|har|ads|file", defaultValue = "auto", description = "Input format (default: ${DEFAULT-VALUE}: by name, then content).")
  String format;

  @Option(names = "--operator", paramLabel = "NAME", description = "Who imports (default: configured operator, else login name).")
  String operator;

  @Option(names = "--strict", description = "Import nothing and exit 2 if any input has a defect (a bad line, an unreadable record).")
  boolean strict;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "64", description = "Files per custody commit (default: ${DEFAULT-VALUE}; files over 256 MB commit alone).")
  int commitEvery;

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--evidence-only", description = "Preserve and extract only; leave the case store as it is (the next import, capture or `threadline pipeline` catches up).")
  boolean evidenceOnly;

  @Option(names = "--defer-extract", description = "Preserve only: store, hash, check declared digests, read images' EXIF, commit to the custody log;"
      + " leave the texts of pages inside WARC/HAR files, selector extraction and the case store to the next `threadline pipeline`,"
      + " import or capture of the case (implies --evidence-only).")
  boolean deferExtract;

  @Mixin StoreOptions storeOptions = new StoreOptions();

  private final Io io;

  ImportCommand(Io io) {
    this.io = io;
  }

  /** Small files are committed together: fewer checkpoints and fsyncs, same guarantees. */
  private static final long BATCH_BYTES = 256L << 20;

  @Override
  public Integer call() throws IOException {
    CaseName c = EvidenceSetup.caseName(caseName);
    Importer.Format fmt;
    try {
      fmt = Importer.Format.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format must be auto, warc, har, ads or file, not '" + format + "'");
    }
    List<Path> files = expand(paths);
    Path homeDir = home.path();
    String who = EvidenceSetup.operator(new ca.threadline.evidence.store.EvidenceHome(homeDir), operator);
    int newItems = 0;
    int skippedFiles = 0;
    int findings = 0;
    int defects = 0;
    int storeCode = ExitCodes.OK;
    long started = System.nanoTime();
    try (EvidenceStore store = EvidenceSetup.open(homeDir, io);
        ExtractingTexts texts = new ExtractingTexts(StandardExtractor::create, c, threads, store.home().tmp(), m -> io.err().println("threadline import: " + m));
        AnalysisPool analysis = new AnalysisPool(threads, 32 << 20)) {
      DerivedExtractions derived = DerivedExtractions.open(homeDir, c);
      // Deferred: the texts of pages inside WARC and HAR files are not even read (jsoup on a crawl's
      // HTML costs as much as all the preservation work); the act says so ("texts": "deferred"), and
      // DeferredExtraction reads and extracts them later from the stored file, identically.
      IngestContext ctx = new IngestContext(store.blobs(), c, new ContentAnalyzer(30_000, !deferExtract), deferExtract ? ItemTexts.NONE : texts, Instant.now(), analysis);
      Importer importer = new Importer(ctx, 60_000);
      List<Acquisition> batch = new ArrayList<>();
      long batchBytes = 0;
      for (Path f : files) {
        Acquisition a;
        try {
          a = importer.prepare(f, fmt, Importer.Done.of(
              (path, sha) -> deferExtract ? store.catalog().importedBy(c.value(), path, sha) != null : complete(store, derived, c, path, sha),
              path -> store.catalog().importedFrom(c.value(), path)));
        } catch (java.nio.file.AccessDeniedException | java.nio.file.NoSuchFileException e) {
          io.err().println("threadline import: " + f + ": cannot read: " + e.getMessage());
          if (strict) {
            for (Acquisition b : batch) {
              b.discard();
            }
            io.err().println("threadline import: stopped (--strict): nothing was imported");
            return ExitCodes.BAD_INPUT;
          }
          defects++;
          continue;
        }
        if (a.skipped()) {
          skippedFiles++;
          io.err().println("threadline import: " + f + ": already imported into this case; nothing added");
          continue;
        }
        for (Acquisition.InputIssue i : a.issues()) {
          io.err().println("threadline import: " + f + ": " + i.where() + ": " + i.reason());
          if (i.finding()) {
            findings++;
          } else {
            defects++;
          }
        }
        String sha = a.details().path("input").path("sha256").asText();
        String previous = store.catalog().importedBy(c.value(), a.details().path("input").path("path").asText(), sha);
        if (previous != null) {
          // Same path, same bytes, already in the case: nothing new; only re-derive what a crash lost.
          skippedFiles++;
          a.discard();
          List<String> missing = new ArrayList<>();
          for (NewItem i : a.items()) {
            if (!derived.has(i.id())) {
              missing.add(i.id());
            }
          }
          texts.writeRows(missing, derived);
          texts.drop(a.items().stream().map(NewItem::id).toList());
          io.err().println("threadline import: " + f + ": already imported into this case (" + previous + "); nothing added");
          continue;
        }
        if (strict && a.hasBadInput()) {
          a.discard();
          for (Acquisition b : batch) {
            b.discard();
          }
          texts.clear();
          io.err().println("threadline import: stopped (--strict): " + f + " has defects; nothing was imported");
          return ExitCodes.BAD_INPUT;
        }
        if (deferExtract) {
          a.details().put("texts", DeferredExtraction.DEFERRED);
        }
        batch.add(a);
        batchBytes += a.details().path("input").path("size").asLong();
        if (!strict && (batch.size() >= Math.max(1, commitEvery) || batchBytes >= BATCH_BYTES)) {
          newItems += commit(store, batch, who, texts, derived);
          batch.clear();
          batchBytes = 0;
        }
      }
      if (!batch.isEmpty()) {
        newItems += commit(store, batch, who, texts, derived);
      }
      if (deferExtract) {
        io.err().println("threadline import: texts not extracted yet (--defer-extract): `threadline pipeline --case \"" + c.value()
            + "\"` extracts them and brings the case store up to date");
      } else if (!evidenceOnly) {
        storeCode = PipelineRunner.run(homeDir, c, store.catalog(), storeOptions, threads, io, "import");
      }
    }
    double secs = (System.nanoTime() - started) / 1e9;
    io.err().printf("threadline import: %d new item(s) from %d file(s) in %.1f s%s%s%s%n", newItems, files.size() - skippedFiles, secs,
        skippedFiles > 0 ? "; " + skippedFiles + " file(s) already imported" : "",
        defects > 0 ? "; " + defects + " defect(s) skipped" : "",
        findings > 0 ? "; " + findings + " finding(s) reported" : "");
    if (storeCode != ExitCodes.OK) {
      return storeCode;
    }
    return findings > 0 ? ExitCodes.PROBLEM_FOUND : ExitCodes.OK;
  }

  /** Already imported, and every item of it that has text already has its derived row. */
  private static boolean complete(EvidenceStore store, DerivedExtractions derived, CaseName c, String path, String sha) {
    String act = store.catalog().importedBy(c.value(), path, sha);
    if (act == null) {
      return false;
    }
    for (Item i : store.catalog().itemsOfAct(act)) {
      if (i.meta() != null && i.meta().path("text_chars").asLong() > 0 && !derived.has(i.id())) {
        return false;
      }
    }
    return true;
  }

  private int commit(EvidenceStore store, List<Acquisition> batch, String who, ExtractingTexts texts, DerivedExtractions derived) throws IOException {
    EvidenceStore.Committed done = store.commit(batch, who);
    List<String> ids = new ArrayList<>();
    for (Item i : done.items()) {
      io.out().println(Json.write(i.listJson(false)));
      ids.add(i.id());
    }
    io.out().flush();
    texts.writeRows(ids, derived);
    for (Acquisition a : batch) {
      texts.drop(a.items().stream().map(NewItem::id).toList());
    }
    return done.items().size();
  }

  private static List<Path> expand(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).filter(x -> !x.getFileName().toString().startsWith(".")).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new UsageException("cannot read folder " + p + ": " + e.getMessage());
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        throw new UsageException("no such file: " + p);
      }
    }
    if (out.isEmpty()) {
      throw new UsageException("nothing to import in " + paths);
    }
    return out;
  }
}
