package ca.threadline.chain.block;

import ca.threadline.core.io.BadInputException;
import ca.threadline.core.io.InputProblem;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One {@code blkNNNNN.dat} file: records of {@code magic (4) | length (4, LE) | block}, possibly
 * XOR-obfuscated, possibly followed by zero bytes that Bitcoin Core pre-allocated (in 16 MiB
 * chunks) but did not fill yet. Pre-allocated space is never obfuscated, so the end of the
 * data is found by looking at raw bytes.
 */
public final class BlockFile implements Closeable {
  /** Largest serialized block (4,000,000 weight units cannot exceed 4,000,000 bytes). */
  public static final int MAX_BLOCK_SIZE = 4_000_000;

  private final Path path;
  private final int number;
  private final XorKey xor;
  private final FileChannel ch;
  private final long size;

  public BlockFile(Path path, int number, XorKey xor) throws IOException {
    this.path = path;
    this.number = number;
    this.xor = xor;
    this.ch = FileChannel.open(path, StandardOpenOption.READ);
    this.size = ch.size();
  }

  public Path path() {
    return path;
  }

  public int number() {
    return number;
  }

  public long size() {
    return size;
  }

  /**
   * The record starting at {@code pos}, or {@code null} when the data ends there (end of file or
   * zero padding). The magic must be {@code expectedMagic}, or any known network's when it is 0.
   *
   * @param allowTruncatedTail treat a record cut short by the end of the file as the end (a
   *     node still writing) instead of an error
   */
  public Frame frameAt(long pos, int expectedMagic, boolean allowTruncatedTail) throws IOException {
    if (pos >= size) {
      return null;
    }
    if (size - pos < 8) {
      if (rawZeroFrom(pos) || allowTruncatedTail) {
        return null;
      }
      throw bad(pos, "truncated record header (" + (size - pos) + " bytes before the end of the file)");
    }
    byte[] h = new byte[8];
    readFully(h, 0, 8, pos);
    if (isZero(h) && rawZeroFrom(pos)) {
      return null;
    }
    xor.apply(h, 0, 8, pos);
    int magic = ca.threadline.chain.util.Le.i32(h, 0);
    long len = ca.threadline.chain.util.Le.u32(h, 4);
    if (expectedMagic != 0 ? magic != expectedMagic : ChainNetwork.ofMagic(magic).isEmpty()) {
      String want = expectedMagic != 0 ? ChainNetwork.ofMagic(expectedMagic).map(ChainNetwork::wireName).orElse("?") : "a known network";
      throw bad(pos, String.format("expected the block magic of %s, found %08x%s", want, Integer.reverseBytes(magic), xor.isZero() ? " (if the node obfuscates its blocks, xor.dat is missing)" : " (wrong xor.dat?)"));
    }
    if (len < 81 || len > MAX_BLOCK_SIZE) {
      throw bad(pos + 4, "block length " + len + " is outside 81.." + MAX_BLOCK_SIZE);
    }
    if (len > size - pos - 8) {
      if (allowTruncatedTail) {
        return null;
      }
      throw bad(pos + 8, "truncated block: the record says " + len + " bytes, only " + (size - pos - 8) + " are left in the file");
    }
    return new Frame(magic, new BlockRecord(number, pos + 8, (int) len));
  }

  /** Reads and un-obfuscates a block's bytes into {@code dst[0..length)}. */
  public void read(BlockRecord r, byte[] dst) throws IOException {
    readFully(dst, 0, r.length(), r.offset());
    xor.apply(dst, 0, r.length(), r.offset());
  }

  public BadInputException bad(long pos, String reason) {
    return new BadInputException(new InputProblem(path.toString(), 0, "at byte offset " + pos + ": " + reason));
  }

  private void readFully(byte[] dst, int off, int len, long pos) throws IOException {
    ByteBuffer bb = ByteBuffer.wrap(dst, off, len);
    long p = pos;
    while (bb.hasRemaining()) {
      int n = ch.read(bb, p);
      if (n < 0) {
        throw new IOException(path + ": unexpected end of file at byte offset " + p);
      }
      p += n;
    }
  }

  private boolean rawZeroFrom(long pos) throws IOException {
    byte[] b = new byte[1 << 16];
    long p = pos;
    while (p < size) {
      int n = (int) Math.min(b.length, size - p);
      readFully(b, 0, n, p);
      for (int i = 0; i < n; i++) {
        if (b[i] != 0) {
          return false;
        }
      }
      p += n;
    }
    return true;
  }

  private static boolean isZero(byte[] b) {
    for (byte x : b) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    ch.close();
  }

  /** A record header: the network magic and where its block lies. */
  public record Frame(int magic, BlockRecord record) {
    public long end() {
      return record.offset() + record.length();
    }
  }
}
