package ca.threadline.app.evidence;

import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.content.AnalysisPool;
import ca.threadline.evidence.content.ContentAnalyzer;
import ca.threadline.evidence.ingest.Importer;
import ca.threadline.evidence.ingest.IngestContext;
import ca.threadline.evidence.ingest.ItemTexts;
import ca.threadline.evidence.item.Catalog;
import ca.threadline.evidence.item.Item;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.BlobStore;
import ca.threadline.evidence.store.CaseName;
import ca.threadline.evidence.store.EvidenceHome;
import ca.threadline.extract.StandardExtractor;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Derives the selector rows that {@code import --defer-extract} left for later (or that an
 * interrupted import lost): for every import act of the case that deferred its texts (its entry
 * says {@code "texts": "deferred"}; it did not even read the texts of the pages inside its WARC or
 * HAR file) or that has items with text ({@code meta.text_chars > 0}) but no derived row, the
 * imported file is read again from the blob store, in place, by the same {@link Importer} code
 * (same provenance, hence the same item ids; same content analysis, hence the same texts), and
 * the missing rows are extracted and appended.
 *
 * <p>Invariant: the rows appended here are byte for byte those an undeferred import of the same
 * files would have appended, in the same order (acts in custody-log order, items in the order the
 * act recorded them), so the case store built from them is the same (see
 * {@code DeferredExtractTest}). Nothing here writes evidence: the re-read act is never committed,
 * and a blob that is missing or no longer holds its items is only reported (verify says why).
 */
public final class DeferredExtraction {
  private DeferredExtraction() {}

  /** Appends the missing rows of the case's import acts; returns how many were appended. */
  public static int catchUp(Path home, CaseName caseName, Catalog catalog, int threads, Consumer<String> messages) throws IOException {
    DerivedExtractions derived = DerivedExtractions.open(home, caseName);
    Path doneFile = DerivedExtractions.path(home, caseName).resolveSibling(DONE_FILE);
    Set<String> done = Files.exists(doneFile) ? new HashSet<>(Files.readAllLines(doneFile, StandardCharsets.UTF_8)) : new HashSet<>();
    // Per act, in log order: the items that may lack their row. An act that deferred its texts
    // did not read them, so any of its items may have text; otherwise only those it found text in.
    Map<String, List<String>> candidates = new LinkedHashMap<>();
    for (Item i : catalog.items(caseName.value())) {
      if (i.actId() == null || derived.has(i.id())) {
        continue;
      }
      JsonNode act = catalog.act(i.actId());
      if (act == null || !"import".equals(Json.text(act, "act"))) {
        continue;
      }
      boolean deferred = DEFERRED.equals(Json.text(act, "texts")) && !done.contains(i.actId());
      if (deferred || (i.meta() != null && i.meta().path("text_chars").asLong() > 0)) {
        candidates.computeIfAbsent(i.actId(), k -> new ArrayList<>()).add(i.id());
      }
    }
    if (candidates.isEmpty()) {
      return 0;
    }
    messages.accept(String.format(Locale.ROOT, "extracting the texts of %,d import(s) not extracted yet", candidates.size()));
    BlobStore blobs = new BlobStore(new EvidenceHome(home));
    int written = 0;
    try (ExtractingTexts texts = new ExtractingTexts(StandardExtractor::create, caseName, threads, new EvidenceHome(home).tmp(), messages);
        AnalysisPool analysis = new AnalysisPool(threads, 32 << 20)) {
      for (Map.Entry<String, List<String>> e : candidates.entrySet()) {
        JsonNode act = catalog.act(e.getKey());
        written += rederive(act, e.getValue(), blobs, caseName, texts, analysis, derived, messages);
        if (DEFERRED.equals(Json.text(act, "texts"))) {
          markDone(doneFile, e.getKey());
        }
      }
    }
    messages.accept(String.format(Locale.ROOT, "extracted %,d deferred text(s) from %,d import(s)", written, candidates.size()));
    return written;
  }

  /**
   * Derived, beside the rows: the deferred acts whose texts were all extracted (their items
   * without text would otherwise send every later run back to them). Appended and forced after the
   * act's rows; a crash in between only makes the next run read the file once more and add nothing.
   */
  static final String DONE_FILE = "deferred-acts-extracted.txt";

  private static void markDone(Path doneFile, String actId) throws IOException {
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(doneFile, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.APPEND)) {
      java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap((actId + "\n").getBytes(StandardCharsets.UTF_8));
      while (b.hasRemaining()) {
        ch.write(b);
      }
      ch.force(true);
    }
  }

  /** The value of an import act's {@code texts} field when it left its texts for later. */
  public static final String DEFERRED = "deferred";

  private static int rederive(JsonNode act, List<String> missing, BlobStore blobs, CaseName caseName, ExtractingTexts texts, AnalysisPool analysis,
      DerivedExtractions derived, Consumer<String> messages) throws IOException {
    JsonNode in = act.path("input");
    String path = Json.text(in, "path");
    String sha = Json.text(in, "sha256");
    String format = Json.text(in, "format");
    Path stored;
    Importer.Format f;
    try {
      stored = blobs.path(sha);
      f = Importer.Format.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      messages.accept("warning: import act " + Json.text(act, "act_id") + " does not say which file and format it read; its texts are not derived");
      return 0;
    }
    if (path == null || !Files.isRegularFile(stored)) {
      messages.accept("warning: the file of import act " + Json.text(act, "act_id") + " is not in the blob store; its texts are not derived");
      return 0;
    }
    Set<String> wanted = new HashSet<>(missing);
    Set<String> withText = java.util.concurrent.ConcurrentHashMap.newKeySet();
    ItemTexts only = (item, text) -> {
      if (wanted.contains(item.id())) {
        withText.add(item.id());
        texts.accept(item, text);
      }
    };
    IngestContext ctx = new IngestContext(blobs, caseName, new ContentAnalyzer(), only, Instant.now(), analysis);
    Acquisition a = new Importer(ctx, 60_000).reread(stored, path, sha, Files.size(stored), f);
    a.discard(); // only the staged copies of images an ads file names; the blob itself is never staged
    a.items(); // every item read
    List<String> rows = missing.stream().filter(withText::contains).toList();
    texts.writeRows(rows, derived);
    return rows.size();
  }
}
