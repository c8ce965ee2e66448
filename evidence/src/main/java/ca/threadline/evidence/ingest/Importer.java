package ca.threadline.evidence.ingest;

import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.Placement;
import ca.threadline.evidence.content.ContentAnalyzer;
import ca.threadline.evidence.item.ItemIds;
import ca.threadline.evidence.item.Location;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.item.NewItem;
import ca.threadline.evidence.store.HashingTee;
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

    /**
     * Whether a file was ever imported from this path (with any bytes): only then is it worth
     * hashing a file before reading it, to find it already imported without reading it. The
     * default, true, always hashes first.
     */
    default boolean mayHaveImported(String path) {
      return true;
    }

    static Done of(java.util.function.BiPredicate<String, String> test, java.util.function.Predicate<String> mayHaveImported) {
      return new Done() {
        @Override
        public boolean test(String path, String sha256) {
          return test.test(path, sha256);
        }

        @Override
        public boolean mayHaveImported(String path) {
          return mayHaveImported.test(path);
        }
      };
    }
  }

  /** Prepares a file's import with no record of earlier imports (a WARC is then read in one pass). */
  public Acquisition prepare(Path input, Format format) throws IOException {
    return prepare(input, format, Done.of((p, s) -> false, p -> false));
  }

  /**
   * Prepares a file's import; when {@code done} says the same file (same path, same bytes) is
   * already imported completely, returns a {@linkplain Acquisition#skipped() skipped} act
   * without reading it further (this keeps re-running an interrupted import cheap).
   */
  public Acquisition prepare(Path input, Format format, Done done) throws IOException {
    Path path = input.toAbsolutePath().normalize();
    if (isWarcByName(path, format) && !done.mayHaveImported(path.toString())) {
      Acquisition a = prepareWarcInOnePass(path);
      if (a != null) {
        return a;
      }
    }
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
    Acquisition acq = read(path, staged.path(), staged.sha256(), staged.size(), f);
    acq.place(new Placement.ToBlob(staged));
    try {
      forced.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw new IOException("cannot write " + staged.path() + ": " + e.getCause().getMessage(), e.getCause());
    }
    return acq;
  }

  private static boolean isWarcByName(Path path, Format format) {
    if (format == Format.WARC) {
      return true;
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return format == Format.AUTO && (name.endsWith(".warc") || name.endsWith(".warc.gz"));
  }

  /**
   * A WARC read once: the records are parsed from the same reads that hash the file and copy it
   * into staging ({@link HashingTee}), instead of copying and hashing the whole file first and then
   * reading the copy. What is parsed is still exactly what is stored. The file's SHA-256, on which
   * the item ids, locations and parents depend, is known only at its end: the items are prepared
   * under provisional ids and bound then ({@code WarcIngest.bound}), before anything is committed;
   * the result is the act the two-pass way prepares, entry for entry. The copy is forced to the
   * disk in the background as it grows (so that the last force waits for the last stretch only).
   *
   * <p>Returns null when the reading was abandoned (a time limit): the caller then prepares the
   * file the two-pass way, from scratch.
   */
  private Acquisition prepareWarcInOnePass(Path path) throws IOException {
    Path staging = ctx.blobs().stagingPath(path.getFileName().toString());
    HashingTee tee;
    java.nio.channels.FileChannel source = java.nio.channels.FileChannel.open(path, java.nio.file.StandardOpenOption.READ);
    try {
      tee = new HashingTee(source, staging, Long.MAX_VALUE).flushEvery(64L << 20);
    } catch (IOException | RuntimeException e) {
      source.close();
      throw e;
    }
    try {
      ObjectNode details = Json.object();
      // sha256 and size are known at the end; set then, in these places of the entry
      ObjectNode in = describeInput(details, path, "", 0L, "warc");
      Acquisition acq = new Acquisition("import", ctx.caseName(), details);
      java.util.concurrent.CompletableFuture<NewItem> containerItem = new java.util.concurrent.CompletableFuture<>();
      acq.add(containerItem); // first, as in the two-pass order
      java.util.concurrent.CompletableFuture<WarcIngest.Container> container = new java.util.concurrent.CompletableFuture<>();
      long timeout = timeoutFor(Files.size(path));
      if (!WarcIngest.read(ctx, acq, new Unclosed(tee), container, timeout)) {
        container.cancel(false);
        return null; // the abandoned reader may still hold the tee: close nothing it uses
      }
      StagedFile staged = tee.finish(true);
      in.put("sha256", staged.sha256());
      in.put("size", staged.size());
      acq.place(new Placement.ToBlob(staged));
      String provenance = "import:" + path + ":" + staged.sha256();
      String containerFile = ctx.blobs().file(staged.sha256());
      String containerId = ItemIds.of(ctx.caseName().value(), provenance, staged.sha256());
      ObjectNode meta = Json.object();
      meta.put("file_name", path.getFileName().toString());
      ItemMaker.Found found =
          new ItemMaker.Found(containerId, staged.sha256(), staged.size(), "warc", "application/warc", path.getFileName().toString(), null, null, false,
              path.toString(), ctx.now().toString(), new Location.WholeFile(containerFile), null, meta, path.getFileName().toString());
      containerItem.complete(ItemMaker.build(ctx, acq, found, true));
      container.complete(new WarcIngest.Container(provenance, containerFile, containerId));
      acq.items(); // every item analysed and bound
      return acq;
    } catch (IOException | RuntimeException e) {
      tee.close();
      Files.deleteIfExists(staging);
      throw e;
    }
  }

  /** The tee as the WARC reader sees it: closing the reader must not close the copy being made. */
  private record Unclosed(HashingTee tee) implements java.nio.channels.ReadableByteChannel {
    @Override
    public int read(java.nio.ByteBuffer dst) throws IOException {
      return tee.read(dst);
    }

    @Override
    public boolean isOpen() {
      return tee.isOpen();
    }

    @Override
    public void close() {}
  }

  /**
   * Reads a file already in the blob store again, in place, exactly as its import read it (same
   * provenance, so the same item ids; same analysis, so the same texts): for deriving the texts of
   * an import whose extraction was deferred. Nothing is staged or placed; the act it returns is
   * never committed.
   *
   * @param originalPath the absolute path the file was imported from (its act's {@code input.path})
   * @param format the format its import read it as (its act's {@code input.format})
   */
  public Acquisition reread(Path stored, String originalPath, String sha256, long size, Format format) throws IOException {
    return read(Path.of(originalPath), stored, sha256, size, format);
  }

  /** The act's {@code input}: the file as it was given (its modification time if readable). */
  private static ObjectNode describeInput(ObjectNode details, Path path, String sha256, long size, String format) {
    ObjectNode in = details.putObject("input");
    in.put("path", path.toString());
    in.put("sha256", sha256);
    in.put("size", size);
    in.put("format", format);
    try {
      in.put("modified", Files.getLastModifiedTime(path).toInstant().toString());
    } catch (IOException e) {
      // the time is a courtesy; the bytes are what count
    }
    return in;
  }

  /** Time allowed to read one file: generous, the configured limit plus a second per 10 MB. */
  private long timeoutFor(long size) {
    return timeoutMillis + size / 10_000;
  }

  /** Records the file as an act with an item of its own and prepares the items inside it. */
  private Acquisition read(Path path, Path bytesAt, String sha256, long size, Format f) throws IOException {
    ObjectNode details = Json.object();
    describeInput(details, path, sha256, size, f.name().toLowerCase(Locale.ROOT));
    Acquisition acq = new Acquisition("import", ctx.caseName(), details);
    String provenance = "import:" + path + ":" + sha256;
    String containerFile = ctx.blobs().file(sha256);
    String containerId = ItemIds.of(ctx.caseName().value(), provenance, sha256);
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
    if (f == Format.FILE && size <= ContentAnalyzer.MAX_BYTES) {
      bytes = Files.readAllBytes(bytesAt);
    } else if (f == Format.FILE) {
      try (InputStream s = Files.newInputStream(bytesAt)) {
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
            containerId, sha256, size, kind, mediaType, path.getFileName().toString(), null, bytes,
            f == Format.FILE && size <= ContentAnalyzer.MAX_BYTES, path.toString(), ctx.now().toString(),
            new Location.WholeFile(containerFile), null, meta, path.getFileName().toString());
    ItemMaker.make(ctx, acq, container, true);
    long timeout = timeoutFor(size);
    switch (f) {
      case WARC -> WarcIngest.read(ctx, acq, bytesAt, containerFile, containerId, provenance, timeout);
      case HAR -> HarIngest.read(ctx, acq, bytesAt, containerId, provenance, timeout);
      case ADS -> AdsIngest.read(ctx, acq, bytesAt, path, containerFile, containerId, provenance);
      default -> {}
    }
    acq.items(); // every item analysed
    return acq;
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
