package ca.threadline.evidence.custody;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * The writer lock of a data home ({@code custody/lock}): one writing command at a time (exclusive),
 * readers such as {@code verify} share it so that they never see an act half-way. Held by the
 * operating system, so a killed process releases it.
 */
public final class CustodyLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private CustodyLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  public static CustodyLock exclusive(Path lockFile, Consumer<String> waiting) throws IOException {
    Files.createDirectories(lockFile.getParent());
    return acquire(lockFile, false, waiting);
  }

  /** A shared lock, or {@code null} when the home has no lock file yet (nothing was ever written). */
  public static CustodyLock shared(Path lockFile, Consumer<String> waiting) throws IOException {
    if (!Files.exists(lockFile)) {
      return null;
    }
    return acquire(lockFile, true, waiting);
  }

  private static CustodyLock acquire(Path lockFile, boolean shared, Consumer<String> waiting) throws IOException {
    FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      FileLock l = ch.tryLock(0, Long.MAX_VALUE, shared);
      if (l == null) {
        waiting.accept("waiting for another threadline command to finish with " + lockFile.getParent().getParent());
        l = ch.lock(0, Long.MAX_VALUE, shared);
      }
      return new CustodyLock(ch, l);
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
