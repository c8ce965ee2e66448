package ca.threadline.extract.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the tab-separated data files shipped in this package ({@code gazetteer.tsv},
 * {@code area-codes.tsv}): UTF-8, one row a line, blank lines and {@code #} comments skipped, a
 * fixed number of columns. A malformed row fails with {@code source:line: reason}, so a bad edit
 * to a data file names the line to fix.
 */
final class TsvRows {
  private TsvRows() {}

  /** Parses a reader as one data file. */
  @FunctionalInterface
  interface Parser<T> {
    T parse(BufferedReader reader, String source) throws IOException;
  }

  /** Receives one data row: its 1-based line number and its columns. */
  @FunctionalInterface
  interface RowHandler {
    void row(int line, String[] cols);
  }

  /** Parses the resource {@code name} next to {@code owner}; fails if it is not on the classpath. */
  static <T> T loadResource(Class<?> owner, String name, Parser<T> parser) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " missing from the classpath");
      }
      return parser.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Hands every data row to {@code handler} in file order; a row without exactly {@code columns}
   * tab-separated columns (empty ones count) fails before the handler sees it.
   */
  static void forEachRow(BufferedReader reader, String source, int columns, RowHandler handler) throws IOException {
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != columns) {
        throw bad(source, lineNo, "expected " + columns + " tab-separated columns, found " + cols.length);
      }
      handler.row(lineNo, cols);
    }
  }

  /** The error for a malformed row. */
  static IllegalStateException bad(String source, int line, String reason) {
    return new IllegalStateException(source + ":" + line + ": " + reason);
  }
}
