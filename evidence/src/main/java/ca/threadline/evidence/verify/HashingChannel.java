package ca.threadline.evidence.verify;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.security.MessageDigest;

/** Hashes every byte a parser reads through it, so that a file is hashed and parsed in one pass. */
final class HashingChannel implements ReadableByteChannel {
  private final ReadableByteChannel in;
  private final MessageDigest digest;
  private long count;

  HashingChannel(ReadableByteChannel in, MessageDigest digest) {
    this.in = in;
    this.digest = digest;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    int start = dst.position();
    int n = in.read(dst);
    if (n > 0) {
      if (dst.hasArray()) {
        digest.update(dst.array(), dst.arrayOffset() + start, n);
      } else {
        ByteBuffer d = dst.duplicate();
        d.limit(start + n).position(start);
        digest.update(d);
      }
      count += n;
    }
    return n;
  }

  /** Reads and hashes what the parser left. */
  void drain() throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(1 << 20);
    while (read(buf) >= 0) {
      buf.clear();
    }
  }

  long count() {
    return count;
  }

  @Override
  public boolean isOpen() {
    return in.isOpen();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
