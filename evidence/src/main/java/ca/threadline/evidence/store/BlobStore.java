package ca.threadline.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.UUID;

/**
 * Content-addressed, write-once storage of original bytes: {@code blobs/ab/cd/<sha256>}.
 *
 * <p>Invariants: a blob's name is the SHA-256 of its bytes; a blob is never rewritten (the same
 * bytes arriving twice are stored once, and an existing file is left as it is even if it has been
 * damaged, so that {@code verify} reports the damage instead of a re-import hiding it); blobs are
 * made read-only; bytes reach a blob's name only by an atomic rename of a forced staging file.
 */
public final class BlobStore {
  private final EvidenceHome home;

  public BlobStore(EvidenceHome home) {
    this.home = home;
  }

  public Path path(String sha256) {
    if (!Hex.isSha256(sha256)) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256);
    }
    return home.blobs().resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  /** The blob's path relative to the data home, as entries record it: {@code blobs/ab/cd/<sha256>}. */
  public String file(String sha256) {
    return home.relative(path(sha256));
  }

  public boolean contains(String sha256) {
    return Files.exists(path(sha256));
  }

  /** A fresh, unique staging path in {@code tmp/} (same file system as the store, so renames are atomic). */
  public Path stagingPath(String hint) throws IOException {
    Files.createDirectories(home.tmp());
    String safe = hint.replaceAll("[^A-Za-z0-9._-]", "_");
    if (safe.length() > 40) {
      safe = safe.substring(safe.length() - 40);
    }
    return home.tmp().resolve(UUID.randomUUID() + "-" + safe);
  }

  /** Writes bytes to a staging file, forced and hashed. */
  public StagedFile stage(byte[] bytes, String hint) throws IOException {
    Path p = stagingPath(hint);
    try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer b = ByteBuffer.wrap(bytes);
      while (b.hasRemaining()) {
        ch.write(b);
      }
      ch.force(true);
    }
    return new StagedFile(p, Digests.sha256Hex(bytes), bytes.length);
  }

  /** Copies a stream to a staging file, forced and hashed; fails beyond {@code maxBytes}. */
  public StagedFile stage(InputStream in, String hint, long maxBytes) throws IOException {
    Path p = stagingPath(hint);
    MessageDigest md = Digests.sha256();
    long size = 0;
    try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) >= 0; ) {
        size += n;
        if (size > maxBytes) {
          throw new IOException("larger than the limit of " + maxBytes + " bytes");
        }
        md.update(buf, 0, n);
        ByteBuffer b = ByteBuffer.wrap(buf, 0, n);
        while (b.hasRemaining()) {
          ch.write(b);
        }
      }
      ch.force(true);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(p);
      throw e;
    }
    return new StagedFile(p, Hex.of(md.digest()), size);
  }

  /** Copies a file to a staging file, forced and hashed. */
  public StagedFile stage(Path source) throws IOException {
    return stage(source, true);
  }

  /** Copies a file to a staging file and hashes it; forced to disk only if {@code force}. */
  public StagedFile stage(Path source, boolean force) throws IOException {
    try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
      HashingTee tee = new HashingTee(in, stagingPath(source.getFileName().toString()), Long.MAX_VALUE);
      return tee.finish(force);
    }
  }

  /**
   * Moves a staged file into the store under its hash. Returns {@code true} if the bytes were new;
   * {@code false} if a blob of that name already existed (the staged copy is then deleted).
   */
  public boolean adopt(StagedFile staged) throws IOException {
    Path target = path(staged.sha256());
    if (Files.exists(target)) {
      Files.deleteIfExists(staged.path());
      return false;
    }
    AtomicFiles.move(staged.path(), target, false);
    makeReadOnly(target);
    return true;
  }

  static void makeReadOnly(Path p) {
    try {
      Files.setPosixFilePermissions(p, EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ));
    } catch (UnsupportedOperationException | IOException e) {
      // Not a POSIX file system: write-once still holds by construction; the permission is a guard.
    }
  }
}
