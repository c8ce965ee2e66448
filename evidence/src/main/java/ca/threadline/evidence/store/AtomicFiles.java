package ca.threadline.evidence.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The one way Threadline puts a file in place: write a temporary file beside the target, force it
 * to the disk, rename it over the target, force the directory. A crash leaves the old file or the
 * new one, never half of either (ARCHITECTURE.md, "Every write is crash-safe").
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  public static void write(Path target, byte[] bytes) throws IOException {
    Files.createDirectories(target.getParent());
    Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
    move(tmp, target, true);
  }

  /**
   * Renames {@code source} to {@code target} atomically (replacing it) and forces the target's
   * directory. Callers that must not replace (the write-once blob store) check first under the
   * home's writer lock, which admits one writer at a time.
   */
  public static void move(Path source, Path target, boolean replace) throws IOException {
    Files.createDirectories(target.getParent());
    if (!replace && Files.exists(target)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    try {
      Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("cannot rename atomically within " + target.getParent() + ": " + e.getMessage(), e);
    }
    forceDirectory(target.getParent());
  }

  /** Forces a directory's entries (new names, removed names) to the disk. */
  public static void forceDirectory(Path dir) throws IOException {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Some file systems refuse to open directories; their renames are then as durable as they get.
      if (!Files.isDirectory(dir)) {
        throw e;
      }
    }
  }

  /** Forces a file's bytes to the disk. */
  public static void force(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
  }
}
