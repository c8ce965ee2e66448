package ca.threadline.evidence.capture;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one HTTP/1.1 response by its framing (RFC 9112 §6.3: no body, Content-Length, chunked,
 * or to the end of the connection) into a file, byte for byte, within size and time limits.
 */
final class ResponseReader {
  private static final int MAX_HEAD = 256 * 1024;

  private final InputStream in;
  private final Path file;
  private final long maxBytes;
  private final long deadline;
  private long size;

  ResponseReader(InputStream in, Path file, long maxBytes, long deadline) {
    this.in = in;
    this.file = file;
    this.maxBytes = maxBytes;
    this.deadline = deadline;
  }

  long size() {
    return size;
  }

  /** Returns null when the response is whole, else "length" or "time". */
  String read() throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] head = readHead(out);
      if (head == null) {
        if (size == 0) {
          throw new IOException("the server closed the connection without answering");
        }
        return size >= maxBytes ? "length" : null;
      }
      Framing f = Framing.of(head);
      byte[] buf = new byte[1 << 16];
      ChunkScanner chunks = f.chunked() ? new ChunkScanner() : null;
      long remaining = f.length();
      if (f.noBody() || remaining == 0) {
        return null;
      }
      while (true) {
        if (System.nanoTime() > deadline) {
          return "time";
        }
        int want = buf.length;
        if (remaining > 0) {
          want = (int) Math.min(want, remaining);
        }
        if (size + want > maxBytes) {
          want = (int) (maxBytes - size);
          if (want <= 0) {
            return "length";
          }
        }
        int n;
        try {
          n = in.read(buf, 0, want);
        } catch (SocketTimeoutException e) {
          return "time";
        }
        if (n < 0) {
          return null;
        }
        out.write(buf, 0, n);
        size += n;
        if (chunks != null && chunks.feed(buf, n)) {
          return null;
        }
        if (remaining > 0) {
          remaining -= n;
          if (remaining == 0) {
            return null;
          }
        }
      }
    }
  }

  /** Reads up to and including the blank line ending the header; null if the stream ends first. */
  private byte[] readHead(OutputStream out) throws IOException {
    java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream(4096);
    int state = 0;
    while (true) {
      if (System.nanoTime() > deadline) {
        throw new IOException("no complete response header within the time limit");
      }
      int b;
      try {
        b = in.read();
      } catch (SocketTimeoutException e) {
        throw new IOException("no complete response header within the time limit", e);
      }
      if (b < 0) {
        out.write(head.toByteArray());
        size = head.size();
        return null;
      }
      head.write(b);
      if (head.size() > MAX_HEAD) {
        throw new IOException("response header longer than " + MAX_HEAD + " bytes");
      }
      state = switch (state) {
        case 0 -> b == '\r' ? 1 : b == '\n' ? 2 : 0;
        case 1 -> b == '\n' ? 2 : 0;
        case 2 -> b == '\r' ? 3 : b == '\n' ? 4 : 0;
        case 3 -> b == '\n' ? 4 : 0;
        default -> 0;
      };
      if (state == 4) {
        byte[] h = head.toByteArray();
        out.write(h);
        size = h.length;
        return h;
      }
    }
  }

  /** How a response's body is delimited (RFC 9112 §6.3). */
  record Framing(boolean noBody, boolean chunked, long length) {
    static Framing of(byte[] head) {
      String text = new String(head, StandardCharsets.ISO_8859_1);
      String[] lines = text.split("\r?\n");
      int status = 0;
      String[] first = lines[0].split(" ", 3);
      if (first.length >= 2) {
        try {
          status = Integer.parseInt(first[1].strip());
        } catch (NumberFormatException e) {
          status = 0;
        }
      }
      boolean chunked = false;
      long length = -1;
      for (int i = 1; i < lines.length; i++) {
        int c = lines[i].indexOf(':');
        if (c <= 0) {
          continue;
        }
        String name = lines[i].substring(0, c).strip().toLowerCase(Locale.ROOT);
        String value = lines[i].substring(c + 1).strip();
        if (name.equals("transfer-encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
          chunked = true;
        } else if (name.equals("content-length")) {
          try {
            length = Long.parseLong(value);
          } catch (NumberFormatException e) {
            length = -1;
          }
        }
      }
      boolean noBody = (status >= 100 && status < 200) || status == 204 || status == 304;
      return new Framing(noBody, chunked, chunked ? -1 : length);
    }
  }

  /** Finds the end of a chunked body (last chunk and trailer section) as bytes stream past. */
  static final class ChunkScanner {
    private int state; // 0 size, 1 extension, 2 size LF, 3 data, 4 data CR, 5 data LF, 6 trailer line start, 7 trailer line, 8 trailer LF, 9 final LF
    private long size;
    private long left;

    /** Returns true when the body's end is in these bytes. */
    boolean feed(byte[] b, int n) {
      for (int i = 0; i < n; i++) {
        int c = b[i] & 0xFF;
        switch (state) {
          case 0 -> {
            int d = Character.digit(c, 16);
            if (d >= 0) {
              size = size * 16 + d;
              if (size > (1L << 40)) {
                size = 1L << 40;
              }
            } else if (c == ';' || c == ' ' || c == '\t') {
              state = 1;
            } else if (c == '\r') {
              state = 2;
            } else if (c == '\n') {
              state = endOfSize();
            }
          }
          case 1 -> {
            if (c == '\r') {
              state = 2;
            } else if (c == '\n') {
              state = endOfSize();
            }
          }
          case 2 -> state = c == '\n' ? endOfSize() : 0;
          case 3 -> {
            long take = Math.min(left, n - i);
            i += (int) take - 1;
            left -= take;
            if (left == 0) {
              state = 4;
            }
          }
          case 4 -> state = c == '\r' ? 5 : c == '\n' ? 0 : 0;
          case 5 -> state = 0;
          case 6 -> {
            if (c == '\r') {
              state = 9;
            } else if (c == '\n') {
              return true;
            } else {
              state = 7;
            }
          }
          case 7 -> {
            if (c == '\n') {
              state = 6;
            }
          }
          case 9 -> {
            if (c == '\n') {
              return true;
            }
            state = 7;
          }
          default -> state = 0;
        }
      }
      return false;
    }

    private int endOfSize() {
      if (size == 0) {
        return 6;
      }
      left = size;
      size = 0;
      return 3;
    }
  }
}
