package ca.threadline.testkit.chain;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/** Serialized blocks parked on disk, so a chain of millions of transactions needs no heap. */
final class BlockSpool implements Closeable {
  private final Path file;
  private final FileChannel ch;
  private long[] offsets = new long[1024];
  private int[] lengths = new int[1024];
  private int count;
  private long end;

  BlockSpool(Path dir) throws IOException {
    Files.createDirectories(dir);
    this.file = Files.createTempFile(dir, "spool", ".tmp");
    this.ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
  }

  int add(byte[] block) throws IOException {
    if (count == offsets.length) {
      offsets = Arrays.copyOf(offsets, count * 2);
      lengths = Arrays.copyOf(lengths, count * 2);
    }
    ByteBuffer b = ByteBuffer.wrap(block);
    long p = end;
    while (b.hasRemaining()) {
      p += ch.write(b, p);
    }
    offsets[count] = end;
    lengths[count] = block.length;
    end = p;
    return count++;
  }

  byte[] get(int i) throws IOException {
    byte[] out = new byte[lengths[i]];
    ByteBuffer b = ByteBuffer.wrap(out);
    long p = offsets[i];
    while (b.hasRemaining()) {
      p += ch.read(b, p);
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    ch.close();
    Files.deleteIfExists(file);
  }
}
