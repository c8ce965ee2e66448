package ca.threadline.evidence.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;

/**
 * Reads a source once: whatever a parser reads through this channel is also hashed and copied to
 * a staging file, so that a file is copied, hashed and parsed in one pass (the parser sees exactly
 * the bytes that will be stored). {@link #finish()} copies what the parser left unread, forces the
 * copy to disk and returns it.
 */
public final class HashingTee implements ReadableByteChannel {
  private final ReadableByteChannel source;
  private final FileChannel sink;
  private final Path sinkPath;
  private final MessageDigest digest = Digests.sha256();
  private final long maxBytes;
  private long size;
  private boolean open = true;

  public HashingTee(ReadableByteChannel source, Path sinkPath, long maxBytes) throws IOException {
    this.source = source;
    this.sinkPath = sinkPath;
    this.sink = FileChannel.open(sinkPath, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    this.maxBytes = maxBytes;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    int start = dst.position();
    int n = source.read(dst);
    if (n > 0) {
      ByteBuffer copy = dst.duplicate();
      copy.limit(start + n).position(start);
      if (copy.hasArray()) {
        // MessageDigest.update(ByteBuffer) copies a direct buffer 4 KB at a time; an array is hashed in place.
        digest.update(copy.array(), copy.arrayOffset() + start, n);
      } else {
        digest.update(copy.duplicate());
      }
      while (copy.hasRemaining()) {
        sink.write(copy);
      }
      size += n;
      if (size > maxBytes) {
        throw new IOException("input is larger than the limit of " + maxBytes + " bytes");
      }
    }
    return n;
  }

  /** Copies the unread rest of the source, forces the copy and returns it. Closes both channels. */
  public StagedFile finish() throws IOException {
    return finish(true);
  }

  /** As {@link #finish()}; without {@code force} the caller forces the copy (say, on another thread) before committing it. */
  public StagedFile finish(boolean force) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(1 << 20);
    while (read(buf) >= 0) {
      buf.clear();
    }
    if (force) {
      sink.force(true);
    }
    close();
    return new StagedFile(sinkPath, Hex.of(digest.digest()), size);
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() throws IOException {
    if (open) {
      open = false;
      try {
        sink.close();
      } finally {
        source.close();
      }
    }
  }
}
