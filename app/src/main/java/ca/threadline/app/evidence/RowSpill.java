package ca.threadline.app.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A scratch file holding finished derived rows until their items are committed: rows are
 * appended by the extraction workers (positional writes, so no lock is needed) and read back once
 * when written to the derived file. Not evidence and not derived data: it lives under
 * {@code <home>/tmp/}, is deleted on close, and a crash leaves only a stray scratch file there.
 */
final class RowSpill implements AutoCloseable {
  /** Where one row is in the scratch file. */
  record Ref(long offset, int length) {}

  private final Path file;
  private final FileChannel channel;
  private final AtomicLong end = new AtomicLong();

  RowSpill(Path dir) throws IOException {
    Files.createDirectories(dir);
    this.file = Files.createTempFile(dir, "derived-rows-", ".spill");
    this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
  }

  Ref write(byte[] row) {
    long at = end.getAndAdd(row.length);
    ByteBuffer b = ByteBuffer.wrap(row);
    try {
      while (b.hasRemaining()) {
        channel.write(b, at + b.position());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write scratch file " + file, e);
    }
    return new Ref(at, row.length);
  }

  byte[] read(Ref ref) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(ref.length());
    while (b.hasRemaining()) {
      if (channel.read(b, ref.offset() + b.position()) < 0) {
        throw new IOException("scratch file " + file + " is shorter than expected");
      }
    }
    return b.array();
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // nothing to keep: the file is deleted below
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a stray scratch file under tmp/ is harmless
    }
  }
}
