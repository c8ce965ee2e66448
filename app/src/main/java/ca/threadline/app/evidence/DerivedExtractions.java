package ca.threadline.app.evidence;

import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.CaseName;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Selectors and indicators found in evidence items, kept in the data home until a case store
 * takes them over: {@code derived/extract/<case>/extractions.jsonl}, one JSON line per item with
 * the fields of {@code threadline extract}'s output that CONTRACTS.md §1 defines ({@code id} being
 * the evidence item id; {@code language}; {@code selectors}; {@code indicators} with code, weight,
 * evidence and span), plus {@code case}, {@code sha256}, {@code kind}, {@code source} and
 * {@code extractor}.
 *
 * <p>Derived, never evidence: it can be rebuilt from the evidence at any time (re-running an
 * import re-derives what is missing). Crash-safe by construction: lines are only appended, each
 * batch in one write followed by fsync; a last line without its line end is the trace of an
 * interrupted append, ignored by readers and cut off by the next writer; an item already present
 * is never written twice. Rows are written only for committed items, after their commit, and
 * streamed (a crawl's rows are never all in memory at once).
 */
final class DerivedExtractions {
  static final String FILE = "extractions.jsonl";
  private final Path file;
  private final Set<String> present = new HashSet<>();

  private DerivedExtractions(Path file) {
    this.file = file;
  }

  static Path path(Path home, CaseName caseName) {
    return home.resolve("derived").resolve("extract").resolve(caseName.directory()).resolve(FILE);
  }

  /** Opens (creating) the case's file, cutting off a torn last line and reading which items it holds. */
  static DerivedExtractions open(Path home, CaseName caseName) throws IOException {
    DerivedExtractions d = new DerivedExtractions(path(home, caseName));
    Files.createDirectories(d.file.getParent());
    if (Files.exists(d.file)) {
      long good = d.scan();
      if (good < Files.size(d.file)) {
        try (FileChannel ch = FileChannel.open(d.file, StandardOpenOption.WRITE)) {
          ch.truncate(good);
          ch.force(true);
        }
      }
    }
    return d;
  }

  /**
   * Reads the item ids of complete lines; returns the length of the complete part. A row written
   * here starts with its id ({@code {"id":"<hex>",}), which is read without parsing the row (rows
   * carry their page's text: parsing a crawl's rows took seconds at every import); any other
   * line is parsed.
   */
  private long scan() throws IOException {
    long good = 0;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocate(1 << 20);
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      long pos = 0;
      while (ch.read(buf) >= 0) {
        buf.flip();
        byte[] a = buf.array();
        int start = 0;
        int end = buf.limit();
        for (int k = 0; k < end; k++) {
          if (a[k] != '\n') {
            continue;
          }
          if (line.size() == 0) {
            idOf(a, start, k - start);
          } else {
            line.write(a, start, k - start);
            byte[] l = line.toByteArray();
            idOf(l, 0, l.length);
            line.reset();
          }
          pos += k + 1 - start;
          good = pos;
          start = k + 1;
        }
        line.write(a, start, end - start);
        pos += end - start;
        buf.clear();
      }
    }
    return good;
  }

  private static final byte[] ID_PREFIX = "{\"id\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private void idOf(byte[] b, int off, int len) {
    int p = ID_PREFIX.length;
    if (len > p && java.util.Arrays.equals(b, off, off + p, ID_PREFIX, 0, p)) {
      int q = off + p;
      while (q < off + len && b[q] != '"' && b[q] != '\\') {
        q++;
      }
      if (q < off + len && b[q] == '"') {
        present.add(new String(b, off + p, q - off - p, java.nio.charset.StandardCharsets.UTF_8));
        return;
      }
    }
    try {
      String id = Json.text(Json.parse(java.util.Arrays.copyOfRange(b, off, off + len)), "id");
      if (id != null) {
        present.add(id);
      }
    } catch (IOException e) {
      // a damaged derived line is re-derived: it is not evidence
    }
  }

  boolean has(String itemId) {
    return present.contains(itemId);
  }

  /** Starts appending rows; closing forces them to the disk. */
  Append append() throws IOException {
    return new Append(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
  }

  /** Rows appended one by one (each a complete line), forced to the disk when closed. */
  final class Append implements AutoCloseable {
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

    private Append(FileChannel channel) {
      this.channel = channel;
    }

    /** Appends one item's line unless the item already has one. */
    void row(String itemId, byte[] line) throws IOException {
      if (!present.add(itemId)) {
        return;
      }
      if (line.length > buffer.remaining()) {
        flush();
      }
      if (line.length > buffer.capacity()) {
        write(ByteBuffer.wrap(line));
      } else {
        buffer.put(line);
      }
    }

    private void flush() throws IOException {
      buffer.flip();
      write(buffer);
      buffer.clear();
    }

    private void write(ByteBuffer b) throws IOException {
      while (b.hasRemaining()) {
        channel.write(b);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        flush();
        channel.force(true);
      } finally {
        channel.close();
      }
    }
  }

}
