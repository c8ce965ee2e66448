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
 *
 * <p>Small reads (a parser's 8 KB buffer) are served from a 1 MB chunk that is read, hashed and
 * written at once, so that the copy costs a system call per megabyte, not per parser read. The
 * chunk is a direct buffer: the channels then read into it and write from it without the JDK's
 * intermediate copies (a heap buffer costs two extra copies of the file, one each way). With
 * {@link #flushEvery}, the copy is forced to the disk in the background as it grows, so that the
 * final force at {@link #finish()} waits for the last stretch only, not for the whole file.
 */
public final class HashingTee implements ReadableByteChannel {
  private final ReadableByteChannel source;
  private final FileChannel sink;
  private final Path sinkPath;
  private final MessageDigest digest = Digests.sha256();
  private final long maxBytes;
  /** Allocated on the first small read (a tee that is only {@linkplain #finish() finished} never needs it). */
  private ByteBuffer chunk;
  private static final int CHUNK = 1 << 20;
  private long size;
  private boolean open = true;
  private long flushEvery = Long.MAX_VALUE;
  private long flushedUpTo;
  private java.util.concurrent.CompletableFuture<Void> flushing = java.util.concurrent.CompletableFuture.completedFuture(null);

  public HashingTee(ReadableByteChannel source, Path sinkPath, long maxBytes) throws IOException {
    this.source = source;
    this.sinkPath = sinkPath;
    this.sink = FileChannel.open(sinkPath, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    this.maxBytes = maxBytes;
  }

  /** Forces the copy to the disk in the background each time another {@code bytes} have been written. */
  public HashingTee flushEvery(long bytes) {
    this.flushEvery = bytes;
    return this;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (chunk == null || !chunk.hasRemaining()) {
      if (dst.remaining() >= CHUNK) {
        return readThrough(dst);
      }
      if (chunk == null) {
        chunk = ByteBuffer.allocateDirect(CHUNK);
      }
      chunk.clear();
      int n = readThrough(chunk);
      chunk.flip();
      if (n <= 0) {
        return n;
      }
    }
    int k = Math.min(chunk.remaining(), dst.remaining());
    dst.put(dst.position(), chunk, chunk.position(), k);
    dst.position(dst.position() + k);
    chunk.position(chunk.position() + k);
    return k;
  }

  /** Reads from the source into {@code dst}, hashing and copying what arrives. */
  private int readThrough(ByteBuffer dst) throws IOException {
    int start = dst.position();
    int n = source.read(dst);
    if (n > 0) {
      ByteBuffer copy = dst.duplicate();
      copy.limit(start + n).position(start);
      if (copy.hasArray()) {
        // An array is hashed in place; a direct buffer is hashed 4 KB at a time through a small
        // array (cheaper than the heap buffer's extra copies in the channel reads and writes).
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
      if (size - flushedUpTo >= flushEvery && flushing.isDone()) {
        flushedUpTo = size;
        flushing = java.util.concurrent.CompletableFuture.runAsync(() -> {
          try {
            sink.force(false);
          } catch (IOException e) {
            // only an early start: finish() forces the whole copy and reports a failure then
          }
        });
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
    // What is left in the chunk was hashed and copied when it was read.
    ByteBuffer buf = chunk != null ? chunk.clear() : ByteBuffer.allocateDirect(CHUNK);
    while (readThrough(buf) >= 0) {
      buf.clear();
    }
    flushing.join();
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
        flushing.join(); // a background force must not meet a closed channel
      } catch (RuntimeException e) {
        // it reports nothing
      }
      try {
        sink.close();
      } finally {
        source.close();
      }
    }
  }
}
