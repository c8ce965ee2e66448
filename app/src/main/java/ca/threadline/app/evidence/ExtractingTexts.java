package ca.threadline.app.evidence;

import ca.threadline.app.cli.Version;
import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.evidence.ingest.ItemTexts;
import ca.threadline.evidence.item.NewItem;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.CaseName;
import ca.threadline.extract.Extraction;
import ca.threadline.extract.Extractor;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Runs selector and indicator extraction on each prepared item's text, on worker threads while the
 * import goes on, and holds each result until its item is committed (it is then written to
 * {@link DerivedExtractions}) or dropped. Texts waiting for a worker are bounded
 * ({@link #MAX_PENDING_CHARS}): the import waits rather than holding a whole crawl's text in memory.
 *
 * <p>A finished row carries the text it was extracted from (the case store needs the exact text
 * the spans point into), so rows waiting for their commit are spilled to a scratch file under
 * {@code <home>/tmp/} ({@link RowSpill}) instead of being held on the heap; the scratch file is
 * deleted on close and is never evidence.
 */
final class ExtractingTexts implements ItemTexts, AutoCloseable {
  static final int MAX_PENDING_CHARS = 32 << 20;

  private record Pending(NewItem item, Future<RowSpill.Ref> row) {}

  private final java.util.function.Supplier<Extractor> makeExtractor;
  private Extractor extractor;
  private final CaseName caseName;
  private final ExecutorService pool;
  private final Semaphore budget = new Semaphore(MAX_PENDING_CHARS);
  private final Map<String, Pending> pending = new LinkedHashMap<>();
  private final java.util.function.Consumer<String> warnings;
  private final RowSpill spill;

  /**
   * @param extractor made on the first text (an import whose extraction is deferred never pays
   *     for building the lexicons and models)
   */
  ExtractingTexts(java.util.function.Supplier<Extractor> extractor, CaseName caseName, int threads, java.nio.file.Path scratchDir,
      java.util.function.Consumer<String> warnings) throws IOException {
    this.makeExtractor = extractor;
    this.caseName = caseName;
    this.warnings = warnings;
    this.spill = new RowSpill(scratchDir);
    this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "extract");
      t.setDaemon(true);
      return t;
    });
  }

  private synchronized Extractor extractor() {
    if (extractor == null) {
      extractor = makeExtractor.get();
    }
    return extractor;
  }

  @Override
  public void accept(NewItem item, String text) {
    Extractor extractor = extractor();
    int permits = Math.max(1, Math.min(text.length(), MAX_PENDING_CHARS));
    budget.acquireUninterruptibly(permits);
    Future<RowSpill.Ref> f;
    try {
      f = pool.submit(() -> {
        try {
          return spill.write(row(item, extractor.extract(text), text));
        } finally {
          budget.release(permits);
        }
      });
    } catch (RuntimeException e) {
      budget.release(permits);
      throw e;
    }
    synchronized (this) {
      pending.put(item.id(), new Pending(item, f));
    }
  }

  @Override
  public synchronized void rebind(String provisionalId, NewItem item) {
    Pending p = pending.remove(provisionalId);
    if (p != null) {
      pending.put(item.id(), new Pending(item, p.row()));
    }
  }

  /** Writes the rows of these committed items (waiting for their extraction) and forgets them. */
  void writeRows(Collection<String> itemIds, DerivedExtractions out) throws IOException {
    try (DerivedExtractions.Append append = out.append()) {
      for (String id : itemIds) {
        Pending p;
        synchronized (this) {
          p = pending.remove(id);
        }
        if (p == null) {
          continue;
        }
        try {
          append.row(id, withId(id, spill.read(p.row().get())));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
          // The evidence is committed; only its derived row is missing (a re-run re-derives it).
          warnings.accept("warning: extraction failed for item " + id + " (" + e.getCause() + "); no selectors recorded for it");
        }
      }
    }
  }

  /**
   * The row with its item's id put first: the id is bound only when the item is committed (an item
   * found while its file is still being hashed has a provisional id until then).
   */
  private static byte[] withId(String id, byte[] rest) {
    byte[] head = ("{\"id\":" + Json.write(com.fasterxml.jackson.databind.node.TextNode.valueOf(id)) + ",").getBytes(StandardCharsets.UTF_8);
    byte[] row = new byte[head.length + rest.length - 1];
    System.arraycopy(head, 0, row, 0, head.length);
    System.arraycopy(rest, 1, row, head.length, rest.length - 1);
    return row;
  }

  /**
   * One row (without its id, see {@link #withId}): the fields of {@code threadline extract}'s output that CONTRACTS.md §1 defines (the
   * labels and sources of indicators are properties of their codes and are not repeated here),
   * and last the {@code text} they were found in (the spans are UTF-16 offsets into it).
   */
  private byte[] row(NewItem item, Extraction x, String text) {
    ObjectNode o = Json.object();
    o.put("case", caseName.value());
    o.put("sha256", item.sha256());
    o.put("kind", item.kind());
    o.put("source", item.source());
    o.put("extractor", "threadline " + Version.current());
    o.put("language", x.language().code());
    ArrayNode sel = o.putArray("selectors");
    for (Selector s : x.selectors()) {
      ObjectNode n = sel.addObject();
      n.put("type", s.type().wireName());
      n.put("value", s.value());
      n.put("start", s.span().start());
      n.put("end", s.span().end());
      if (s.type() == SelectorType.PHONE) {
        ArrayNode ob = n.putArray("obfuscation");
        s.obfuscation().forEach(ob::add);
      }
      if (s.currency() != null) {
        n.put("currency", s.currency());
      }
    }
    ArrayNode ind = o.putArray("indicators");
    for (Indicator i : x.indicators()) {
      ObjectNode n = ind.addObject();
      n.put("code", i.code());
      n.put("weight", i.weight());
      n.put("evidence", i.evidence());
      n.put("start", i.span().start());
      n.put("end", i.span().end());
    }
    o.put("text", text);
    return (Json.write(o) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** Drops the held results of these items (they were not committed). */
  synchronized void drop(Collection<String> itemIds) {
    for (String id : itemIds) {
      Pending p = pending.remove(id);
      if (p != null) {
        p.row().cancel(true);
      }
    }
  }

  /** Drops all held results. */
  synchronized void clear() {
    pending.values().forEach(p -> p.row().cancel(true));
    pending.clear();
  }

  @Override
  public void close() {
    pool.shutdownNow();
    spill.close();
  }
}
