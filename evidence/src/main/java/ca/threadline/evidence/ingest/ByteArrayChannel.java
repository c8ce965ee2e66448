package ca.threadline.evidence.ingest;

import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A read-only seekable channel over an array, so that a record block read into memory is parsed by
 * jwarc exactly as it would be from the file (a seekable channel gives the HTTP body the block's
 * remaining length, like a record's own body channel does).
 */
final class ByteArrayChannel implements SeekableByteChannel {
  private final byte[] bytes;
  private final int length;
  private int position;
  private boolean open = true;

  ByteArrayChannel(byte[] bytes, int length) {
    this.bytes = bytes;
    this.length = length;
  }

  @Override
  public int read(ByteBuffer dst) {
    if (position >= length) {
      return -1;
    }
    int n = Math.min(dst.remaining(), length - position);
    dst.put(bytes, position, n);
    position += n;
    return n;
  }

  @Override
  public int write(ByteBuffer src) {
    throw new NonWritableChannelException();
  }

  @Override
  public long position() {
    return position;
  }

  @Override
  public SeekableByteChannel position(long p) {
    position = (int) Math.min(p, length);
    return this;
  }

  @Override
  public long size() {
    return length;
  }

  @Override
  public SeekableByteChannel truncate(long size) {
    throw new NonWritableChannelException();
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() {
    open = false;
  }
}
