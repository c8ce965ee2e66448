package ca.threadline.evidence.ingest;

import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.Placement;
import ca.threadline.evidence.content.ContentAnalyzer;
import ca.threadline.evidence.item.ItemIds;
import ca.threadline.evidence.item.Location;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.StagedFile;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Prepares the import of one file: copies it into staging while hashing it (so that what is parsed
 * is exactly what will be stored), decides its format, records it as an item of its own, and
 * prepares the items inside it. Nothing is committed here; see {@code EvidenceStore.commit}.
 *
 * <p>Provenance of an imported item: {@code import:<absolute path>:<file sha256>} plus where in the
 * file it was found; item ids derive from it, so importing the same file (same path, same bytes)
 * again yields the same ids and adds nothing.
 */
public final class Importer {
  /** Input formats. */
  public enum Format {
    AUTO, WARC, HAR, ADS, FILE
  }

  private final IngestContext ctx;
  private final long timeoutMillis;

  public Importer(IngestContext ctx, long timeoutMillis) {
    this.ctx = ctx;
    this.timeoutMillis = timeoutMillis;
  }

  /** Whether a file (absolute path, SHA-256) was already imported completely, so need not be read again. */
  @FunctionalInterface
  public interface Done {
    boolean test(String path, String sha256);
  }

  public Acquisition prepare(Path input, Format format) throws IOException {
    return prepare(input, format, (p, s) -> false);
  }

  /**
   * Prepares a file's import; when {@code done} says the same file (same path, same bytes) is
   * already imported completely, returns a {@linkplain Acquisition#skipped() skipped} act
   * without reading it further (this keeps re-running an interrupted import cheap).
   */
  public Acquisition prepare(Path input, Format format, Done done) throws IOException {
    Path path = input.toAbsolutePath().normalize();
    StagedFile staged = ctx.blobs().stage(path, false);
    if (done.test(path.toString(), staged.sha256())) {
      java.nio.file.Files.deleteIfExists(staged.path());
      ObjectNode details = Json.object();
      ObjectNode in = details.putObject("input");
      in.put("path", path.toString());
      in.put("sha256", staged.sha256());
      in.put("size", staged.size());
      Acquisition skipped = new Acquisition("import", ctx.caseName(), details);
      skipped.markSkipped();
      return skipped;
    }
    // The copy reaches the disk while it is being parsed (from the page cache); both end before commit.
    java.util.concurrent.CompletableFuture<Void> forced = java.util.concurrent.CompletableFuture.runAsync(() -> {
      try {
        ca.threadline.evidence.store.AtomicFiles.force(staged.path());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Format f = format == Format.AUTO ? detect(path, staged.path()) : format;
    ObjectNode details = Json.object();
    ObjectNode in = details.putObject("input");
    in.put("path", path.toString());
    in.put("sha256", staged.sha256());
    in.put("size", staged.size());
    in.put("format", f.name().toLowerCase(Locale.ROOT));
    try {
      in.put("modified", Files.getLastModifiedTime(path).toInstant().toString());
    } catch (IOException e) {
      // the time is a courtesy; the bytes are what count
    }
    Acquisition acq = new Acquisition("import", ctx.caseName(), details);
    acq.place(new Placement.ToBlob(staged));
    String provenance = "import:" + path + ":" + staged.sha256();
    String containerFile = ctx.blobs().file(staged.sha256());
    String containerId = ItemIds.of(ctx.caseName().value(), provenance, staged.sha256());
    ObjectNode meta = Json.object();
    meta.put("file_name", path.getFileName().toString());
    String kind =
        switch (f) {
          case WARC -> "warc";
          case HAR -> "har";
          case ADS -> "jsonl";
          default -> null;
        };
    byte[] bytes = null;
    if (f == Format.FILE && staged.size() <= ContentAnalyzer.MAX_BYTES) {
      bytes = Files.readAllBytes(staged.path());
    } else if (f == Format.FILE) {
      try (InputStream s = Files.newInputStream(staged.path())) {
        bytes = s.readNBytes(8192);
      }
    }
    String mediaType =
        switch (f) {
          case WARC -> "application/warc";
          case HAR -> "application/json";
          case ADS -> "application/x-ndjson";
          default -> null;
        };
    ItemMaker.Found container =
        new ItemMaker.Found(
            containerId, staged.sha256(), staged.size(), kind, mediaType, path.getFileName().toString(), null, bytes,
            f == Format.FILE && staged.size() <= ContentAnalyzer.MAX_BYTES, path.toString(), ctx.now().toString(),
            new Location.WholeFile(containerFile), null, meta, path.getFileName().toString());
    ItemMaker.make(ctx, acq, container, true);
    switch (f) {
      case WARC -> WarcIngest.read(ctx, acq, staged.path(), containerFile, containerId, provenance, timeoutFor(staged));
      case HAR -> HarIngest.read(ctx, acq, staged.path(), containerId, provenance, timeoutFor(staged));
      case ADS -> AdsIngest.read(ctx, acq, staged.path(), path, containerFile, containerId, provenance);
      default -> {}
    }
    acq.items(); // every item analysed
    try {
      forced.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw new IOException("cannot write " + staged.path() + ": " + e.getCause().getMessage(), e.getCause());
    }
    return acq;
  }

  /** Generous: a minute, plus a second per 10 MB. */
  private long timeoutFor(StagedFile staged) {
    return timeoutMillis + staged.size() / 10_000;
  }

  /** By name first (what the user called it), then by content. */
  static Format detect(Path original, Path staged) throws IOException {
    String name = original.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return Format.WARC;
    }
    if (name.endsWith(".har")) {
      return Format.HAR;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Format.ADS;
    }
    byte[] head;
    try (InputStream s = Files.newInputStream(staged)) {
      head = s.readNBytes(16);
    }
    if (startsWith(head, "WARC/")) {
      return Format.WARC;
    }
    if (head.length > 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
      try (InputStream s = new GZIPInputStream(Files.newInputStream(staged))) {
        if (startsWith(s.readNBytes(5), "WARC/")) {
          return Format.WARC;
        }
      } catch (IOException e) {
        return Format.FILE;
      }
    }
    return Format.FILE;
  }

  private static boolean startsWith(byte[] b, String prefix) {
    if (b.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (b[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
