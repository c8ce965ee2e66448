package ca.threadline.app.evidence;

import ca.threadline.app.cli.Version;
import ca.threadline.app.extract.ExtractionJson;
import ca.threadline.evidence.ingest.ItemTexts;
import ca.threadline.evidence.item.NewItem;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.CaseName;
import ca.threadline.extract.Extractor;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs selector and indicator extraction on each prepared item's text, on worker threads while the
 * import goes on, and holds each result until its item is committed (then it becomes a row of
 * {@link DerivedExtractions}) or dropped (the item was not committed).
 */
final class ExtractingTexts implements ItemTexts, AutoCloseable {
  private final Extractor extractor;
  private final CaseName caseName;
  private final ExecutorService pool;
  private final Map<String, Future<DerivedExtractions.Row>> pending = new LinkedHashMap<>();

  ExtractingTexts(Extractor extractor, CaseName caseName, int threads) {
    this.extractor = extractor;
    this.caseName = caseName;
    this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "extract");
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public synchronized void accept(NewItem item, String text) {
    pending.put(item.id(), pool.submit(() -> row(item, text)));
  }

  private DerivedExtractions.Row row(NewItem item, String text) {
    byte[] base = ExtractionJson.line(item.id(), extractor.extract(text));
    try {
      ObjectNode o = (ObjectNode) Json.parse(base);
      o.put("case", caseName.value());
      o.put("sha256", item.sha256());
      o.put("kind", item.kind());
      o.put("source", item.source());
      o.put("extractor", "threadline " + Version.current());
      return new DerivedExtractions.Row(item.id(), (Json.write(o) + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of these items (waiting for their extraction), removed from what is held. */
  synchronized List<DerivedExtractions.Row> take(Collection<String> itemIds) throws IOException {
    List<DerivedExtractions.Row> out = new ArrayList<>();
    for (String id : itemIds) {
      Future<DerivedExtractions.Row> f = pending.remove(id);
      if (f == null) {
        continue;
      }
      try {
        out.add(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IOException("extraction failed for item " + id + ": " + e.getCause(), e.getCause());
      }
    }
    return out;
  }

  /** Drops the held results of these items (they were not committed). */
  synchronized void drop(Collection<String> itemIds) {
    for (String id : itemIds) {
      Future<DerivedExtractions.Row> f = pending.remove(id);
      if (f != null) {
        f.cancel(true);
      }
    }
  }

  /** Drops all held results. */
  synchronized void clear() {
    pending.values().forEach(f -> f.cancel(true));
    pending.clear();
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
