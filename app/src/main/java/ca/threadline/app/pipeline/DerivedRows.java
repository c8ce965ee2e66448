package ca.threadline.app.pipeline;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the derived extractions file of a case from a byte offset: the bridge between the
 * evidence layer (which appends a row per committed item with text) and the case store. Only
 * complete lines count; a last line without its line end is an append still in progress or cut
 * short by a crash, and is left for the next run. A row that cannot be read is reported and
 * skipped (it is derived data: the evidence it came from is untouched).
 */
public final class DerivedRows {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Receives each row with the offset just after its line. */
  @FunctionalInterface
  public interface Sink {
    void accept(DerivedRow row, long endOffset) throws IOException;
  }

  private DerivedRows() {}

  /** The file of a case, as {@code DerivedExtractions} writes it. */
  public static Path file(Path home, ca.threadline.evidence.store.CaseName caseName) {
    return home.resolve("derived").resolve("extract").resolve(caseName.directory()).resolve("extractions.jsonl");
  }

  /** Reads rows from {@code offset}; returns the offset after the last complete line. */
  public static long read(Path file, long offset, Sink sink, Consumer<String> warnings) throws IOException {
    if (!Files.exists(file)) {
      return offset;
    }
    // Lines are found in 1 MB blocks and copied out whole (a byte-by-byte read into a
    // ByteArrayOutputStream cost 11 % of a 1 GB crawl's pipeline run: its rows carry page texts).
    long lineStart = offset;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ch.position(offset);
      ByteBuffer buf = ByteBuffer.allocate(1 << 20);
      byte[] line = new byte[4096];
      int lineLength = 0;
      long pos = offset;
      while (ch.read(buf) >= 0) {
        buf.flip();
        byte[] a = buf.array();
        int end = buf.limit();
        int from = 0;
        for (int k = 0; k < end; k++) {
          if (a[k] != '\n') {
            continue;
          }
          byte[] bytes;
          if (lineLength == 0) {
            bytes = java.util.Arrays.copyOfRange(a, from, k);
          } else {
            line = append(line, lineLength, a, from, k - from);
            bytes = java.util.Arrays.copyOf(line, lineLength + k - from);
            lineLength = 0;
          }
          long after = pos + k + 1;
          DerivedRow row = parse(bytes, file, lineStart, warnings);
          lineStart = after;
          if (row != null) {
            sink.accept(row, after);
          }
          from = k + 1;
        }
        line = append(line, lineLength, a, from, end - from);
        lineLength += end - from;
        pos += end;
        buf.clear();
      }
      return lineStart;
    }
  }

  /** {@code line} (holding {@code length} bytes) with {@code n} more from {@code a[from..]}, grown as needed. */
  private static byte[] append(byte[] line, int length, byte[] a, int from, int n) {
    if (length + n > line.length) {
      line = java.util.Arrays.copyOf(line, Math.max(length + n, 2 * line.length));
    }
    System.arraycopy(a, from, line, length, n);
    return line;
  }

  static DerivedRow parse(byte[] bytes, Path file, long at, Consumer<String> warnings) {
    try {
      JsonNode n = JSON.readTree(bytes);
      String id = n.path("id").asText(null);
      if (id == null) {
        warnings.accept(file + ": row at byte " + at + " has no id; skipped");
        return null;
      }
      List<Selector> selectors = new ArrayList<>();
      for (JsonNode s : n.path("selectors")) {
        List<String> obf = new ArrayList<>();
        s.path("obfuscation").forEach(o -> obf.add(o.asText()));
        selectors.add(new Selector(SelectorType.fromWire(s.path("type").asText()), s.path("value").asText(),
            new Span(s.path("start").asInt(), s.path("end").asInt()), obf, s.path("currency").asText(null)));
      }
      List<DerivedRow.RowIndicator> indicators = new ArrayList<>();
      for (JsonNode i : n.path("indicators")) {
        indicators.add(new DerivedRow.RowIndicator(i.path("code").asText(), i.path("weight").asDouble(),
            i.path("evidence").asText(""), i.path("start").asInt(), i.path("end").asInt()));
      }
      return new DerivedRow(id, n.path("sha256").asText(null), n.path("kind").asText(null), n.path("source").asText(null),
          n.path("language").asText(null), selectors, indicators, n.path("text").isTextual() ? n.path("text").textValue() : null);
    } catch (IOException | RuntimeException e) {
      warnings.accept(file + ": row at byte " + at + " cannot be read (" + e.getMessage() + "); skipped");
      return null;
    }
  }
}
