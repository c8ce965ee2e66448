package ca.threadline.chain.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps writers and readers of one chain store apart across processes: a writer (import,
 * cluster, tag import) holds an exclusive lock on {@code chain/.lock}, readers a shared one, so
 * no reader ever maps a file that a writer is rewriting.
 */
public final class StoreLock implements Closeable {
  private final FileChannel ch;
  private final FileLock lock;

  private StoreLock(FileChannel ch, FileLock lock) {
    this.ch = ch;
    this.lock = lock;
  }

  public static StoreLock acquire(Path chainDir, boolean exclusive) throws IOException {
    Files.createDirectories(chainDir);
    FileChannel ch = FileChannel.open(chainDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock l;
    try {
      l = ch.tryLock(0, Long.MAX_VALUE, !exclusive);
    } catch (OverlappingFileLockException e) {
      l = null;
    }
    if (l == null) {
      ch.close();
      throw new StoreBusyException(chainDir + " is in use by another " + (exclusive ? "reader or writer" : "writer") + "; try again when it has finished");
    }
    return new StoreLock(ch, l);
  }

  @Override
  public void close() throws IOException {
    lock.release();
    ch.close();
  }

  /** Another process (or command) holds the store. */
  public static final class StoreBusyException extends IOException {
    public StoreBusyException(String message) {
      super(message);
    }
  }
}
