package ca.threadline.chain.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file of fixed-width records, memory-mapped in 1 GiB chunks (a single mapping cannot exceed
 * 2 GiB in Java 21). Writable files grow by mapping chunks past their end, which the OS
 * extends sparsely; {@link #truncate} trims them to their logical length when a writer closes.
 *
 * <p>Invariant: records never straddle chunks (every record width divides the chunk size).
 * Readers map read-only and never look past the length the manifest commits.
 */
public final class MappedFile implements Closeable {
  static final int CHUNK_SHIFT = 30;
  static final long CHUNK = 1L << CHUNK_SHIFT;
  private static final long MASK = CHUNK - 1;

  private final Path path;
  private final FileChannel ch;
  private final boolean writable;
  private MappedByteBuffer[] chunks = new MappedByteBuffer[4];

  private MappedFile(Path path, boolean writable) throws IOException {
    this.path = path;
    this.writable = writable;
    this.ch = writable
        ? FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)
        : FileChannel.open(path, StandardOpenOption.READ);
  }

  public static MappedFile openWritable(Path path) throws IOException {
    return new MappedFile(path, true);
  }

  public static MappedFile openReadOnly(Path path) throws IOException {
    return new MappedFile(path, false);
  }

  public Path path() {
    return path;
  }

  /**
   * Maps every chunk of a read-only file now, so that afterwards reads from several threads
   * never race to map a chunk.
   */
  public void mapAll() throws IOException {
    long size = ch.size();
    for (long p = 0; p < size; p += CHUNK) {
      chunk(p);
    }
  }

  private MappedByteBuffer chunk(long byteOffset) {
    int c = (int) (byteOffset >>> CHUNK_SHIFT);
    if (c >= chunks.length) {
      MappedByteBuffer[] n = new MappedByteBuffer[Math.max(c + 1, chunks.length * 2)];
      System.arraycopy(chunks, 0, n, 0, chunks.length);
      chunks = n;
    }
    MappedByteBuffer b = chunks[c];
    if (b == null) {
      b = map(c);
      chunks[c] = b;
    }
    return b;
  }

  private MappedByteBuffer map(int c) {
    try {
      long start = (long) c << CHUNK_SHIFT;
      MappedByteBuffer b;
      if (writable) {
        b = ch.map(FileChannel.MapMode.READ_WRITE, start, CHUNK);
      } else {
        long len = Math.min(CHUNK, ch.size() - start);
        if (len <= 0) {
          throw new IOException(path + ": read past the end of the file at byte " + start);
        }
        b = ch.map(FileChannel.MapMode.READ_ONLY, start, len);
      }
      b.order(ByteOrder.LITTLE_ENDIAN);
      return b;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long getLong(long off) {
    return chunk(off).getLong((int) (off & MASK));
  }

  public void putLong(long off, long v) {
    chunk(off).putLong((int) (off & MASK), v);
  }

  public int getInt(long off) {
    return chunk(off).getInt((int) (off & MASK));
  }

  public void putInt(long off, int v) {
    chunk(off).putInt((int) (off & MASK), v);
  }

  public byte get(long off) {
    return chunk(off).get((int) (off & MASK));
  }

  public void put(long off, byte v) {
    chunk(off).put((int) (off & MASK), v);
  }

  public void get(long off, byte[] dst, int dOff, int len) {
    while (len > 0) {
      int within = (int) (off & MASK);
      int n = (int) Math.min(len, CHUNK - within);
      chunk(off).get(within, dst, dOff, n);
      off += n;
      dOff += n;
      len -= n;
    }
  }

  public void put(long off, byte[] src, int sOff, int len) {
    while (len > 0) {
      int within = (int) (off & MASK);
      int n = (int) Math.min(len, CHUNK - within);
      chunk(off).put(within, src, sOff, n);
      off += n;
      sOff += n;
      len -= n;
    }
  }

  /** Compares 32 bytes at {@code off} with {@code b[bOff..bOff+32)}. */
  public boolean equals32(long off, byte[] b, int bOff) {
    MappedByteBuffer c = chunk(off);
    int w = (int) (off & MASK);
    for (int i = 0; i < 32; i += 8) {
      long x = c.getLong(w + i);
      long y = ca.threadline.chain.util.Le.i64(b, bOff + i);
      if (x != y) {
        return false;
      }
    }
    return true;
  }

  /** Zeroes bytes {@code [from, to)}. */
  public void zero(long from, long to) {
    byte[] z = new byte[1 << 16];
    for (long p = from; p < to; ) {
      int n = (int) Math.min(z.length, to - p);
      put(p, z, 0, n);
      p += n;
    }
  }

  /** Flushes dirty pages to disk (msync). */
  public void force() {
    for (MappedByteBuffer b : chunks) {
      if (b != null) {
        b.force();
      }
    }
  }

  /** Trims the file to {@code length} bytes; only when no chunk will be touched again. */
  public void truncate(long length) throws IOException {
    if (ch.size() > length) {
      ch.truncate(length);
    }
  }

  @Override
  public void close() throws IOException {
    chunks = new MappedByteBuffer[0];
    ch.close();
  }
}
