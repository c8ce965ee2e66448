package ca.threadline.chain.cluster;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes primitive arrays as little-endian files (read back memory-mapped). */
final class ArrayFiles {
  private ArrayFiles() {}

  interface Values {
    void put(ByteBuffer b, int i);
  }

  static void write(Path p, int n, int width, Values v) throws IOException {
    try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer b = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < n; i++) {
        if (b.remaining() < width) {
          b.flip();
          while (b.hasRemaining()) {
            ch.write(b);
          }
          b.clear();
        }
        v.put(b, i);
      }
      b.flip();
      while (b.hasRemaining()) {
        ch.write(b);
      }
      ch.force(true);
    }
  }

  static void ints(Path p, int[] a) throws IOException {
    write(p, a.length, 4, (b, i) -> b.putInt(a[i]));
  }

  static void longs(Path p, long[] a) throws IOException {
    write(p, a.length, 8, (b, i) -> b.putLong(a[i]));
  }

  static void bytes(Path p, byte[] a) throws IOException {
    write(p, a.length, 1, (b, i) -> b.put(a[i]));
  }
}
