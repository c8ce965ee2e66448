package ca.threadline.evidence.item;

import ca.threadline.evidence.ingest.WarcPayloads;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/** Opens an item's bytes wherever they are: a whole file, a byte range, or a WARC record's payload. */
public final class ItemBytes {
  private ItemBytes() {}

  public static InputStream open(Path file, Location location) throws IOException {
    return switch (location) {
      case Location.WholeFile w -> Files.newInputStream(file);
      case Location.Range r -> range(file, r.offset(), r.length());
      case Location.WarcRecord r -> record(file, r.index());
    };
  }

  private static InputStream range(Path file, long offset, long length) throws IOException {
    FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
    ch.position(offset);
    InputStream in = Channels.newInputStream(ch);
    return new FilterInputStream(in) {
      private long left = length;

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          return -1;
        }
        int b = super.read();
        if (b >= 0) {
          left--;
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (left <= 0) {
          return -1;
        }
        int n = super.read(b, off, (int) Math.min(len, left));
        if (n > 0) {
          left -= n;
        }
        return n;
      }
    };
  }

  private static InputStream record(Path file, long index) throws IOException {
    WarcReader reader = WarcPayloads.reader(FileChannel.open(file, StandardOpenOption.READ));
    try {
      Optional<WarcRecord> r = WarcPayloads.nth(reader, index);
      if (r.isEmpty()) {
        throw new IOException("no WARC record " + index + " in " + file);
      }
      InputStream payload = WarcPayloads.payload(r.get());
      return new FilterInputStream(payload) {
        @Override
        public void close() throws IOException {
          try {
            super.close();
          } finally {
            reader.close();
          }
        }
      };
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }
}
