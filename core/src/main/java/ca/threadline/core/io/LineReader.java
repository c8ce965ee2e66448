package ca.threadline.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a byte stream as UTF-8 lines for JSON Lines input, never trusting it.
 *
 * <p>Invariants: every line, good or bad, is returned with its 1-based number, so a caller can
 * report it and go on; a line longer than {@code maxLineBytes} is skipped while being read, so a
 * 50 MB line costs at most {@code maxLineBytes} of memory; invalid UTF-8 is reported, never
 * silently replaced (evidence must not change under our hands); {@code \r\n} and a final line
 * without terminator are accepted; a UTF-8 byte-order mark at the very start is dropped.
 */
public final class LineReader implements Closeable {
  public static final int DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;

  private final InputStream in;
  private final String source;
  private final int maxLineBytes;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int limit;
  private boolean eof;
  private long lineNumber;
  private byte[] line = new byte[1024];

  public LineReader(InputStream in, String source, int maxLineBytes) {
    this.in = in;
    this.source = source;
    this.maxLineBytes = maxLineBytes;
  }

  public LineReader(InputStream in, String source) {
    this(in, source, DEFAULT_MAX_LINE_BYTES);
  }

  public String source() {
    return source;
  }

  /** The next line, or {@code null} at the end of the input. */
  public InputLine next() throws IOException {
    int len = 0;
    long skipped = 0; // bytes dropped from an over-long line
    boolean sawAny = false;
    while (true) {
      if (pos == limit) {
        if (!fill()) {
          if (!sawAny) {
            return null;
          }
          break;
        }
      }
      sawAny = true;
      int nl = indexOfNewline(buf, pos, limit);
      int end = nl < 0 ? limit : nl;
      int n = end - pos;
      if (skipped > 0 || len + n > maxLineBytes) {
        skipped += n + (skipped == 0 ? len : 0);
        len = 0;
      } else {
        ensure(len + n);
        System.arraycopy(buf, pos, line, len, n);
        len += n;
      }
      pos = end;
      if (nl >= 0) {
        pos++; // consume '\n'
        break;
      }
    }
    long number = ++lineNumber;
    if (skipped > 0) {
      return new InputLine.Unreadable(
          number,
          new InputProblem(source, number, "line is " + skipped + " bytes, longer than the limit of " + maxLineBytes + " bytes; skipped"));
    }
    int from = 0;
    if (number == 1 && len >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB && (line[2] & 0xff) == 0xBF) {
      from = 3;
    }
    if (len > from && line[len - 1] == '\r') {
      len--;
    }
    try {
      CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(line, from, len - from));
      return new InputLine.Text(number, chars.toString());
    } catch (CharacterCodingException e) {
      return new InputLine.Unreadable(
          number, new InputProblem(source, number, "not valid UTF-8 (" + describe(e) + "); skipped"));
    }
  }

  private static String describe(CharacterCodingException e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  private static int indexOfNewline(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void ensure(int capacity) {
    if (capacity > line.length) {
      line = Arrays.copyOf(line, Math.max(capacity, Math.min(maxLineBytes, line.length * 2)));
    }
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      eof = n < 0;
      if (n == 0) {
        int b = in.read();
        if (b < 0) {
          eof = true;
          return false;
        }
        buf[0] = (byte) b;
        pos = 0;
        limit = 1;
        return true;
      }
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
