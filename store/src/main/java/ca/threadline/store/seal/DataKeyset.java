package ca.threadline.store.seal;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/**
 * The data-encryption keyset of an installation: a Tink AES256-GCM keyset in
 * {@code <home>/keys/data-keyset.json} (directory mode 0700, file mode 0600), created the first
 * time something is sealed, never before (an installation that seals nothing has no keyset to lose).
 *
 * <p>Invariants: the file is replaced only whole (temporary file, fsync, atomic rename), so a crash
 * leaves the old keyset or the new one; rotation only adds keys (the new one primary) and never
 * removes one, so every value sealed before stays readable until {@code reseal} has moved it to the
 * primary key. The keyset is stored in Tink's cleartext JSON form: see SECURITY.md for why (the
 * key must open unattended for the workbench; a passphrase-wrapped keyset protects against a copied
 * {@code keys/} only when the passphrase is not stored beside it, which a server cannot do).
 */
public final class DataKeyset {
  public static final String FILE = "data-keyset.json";
  private final Path dir;
  private KeysetHandle handle;
  /** Tink's AEAD key managers are registered once per keyset object (registering is not free). */
  private boolean registered;

  public DataKeyset(Path keysDirectory) {
    this.dir = keysDirectory;
  }

  public Path file() {
    return dir.resolve(FILE);
  }

  public synchronized boolean exists() {
    return handle != null || Files.exists(file());
  }

  /** The keyset, created (and written) if there is none yet: for sealing. */
  public synchronized KeysetHandle forSealing() {
    if (handle == null) {
      registerOnce();
      handle = Files.exists(file()) ? read() : create();
    }
    return handle;
  }

  /** The keyset for opening sealed values: never created here, since a new key opens nothing. */
  public synchronized KeysetHandle forOpening() {
    if (handle == null) {
      registerOnce();
      if (!Files.exists(file())) {
        throw new SealException("the store holds sealed fields but there is no keyset at " + file()
            + ": restore keys/ from its backup (a new keyset cannot open them)");
      }
      handle = read();
    }
    return handle;
  }

  /**
   * Adds a fresh AES256-GCM key and makes it primary; older keys stay for opening. Returns the id of
   * the new primary key. Values sealed before are moved to it by {@code reseal}.
   */
  public synchronized int rotate() {
    KeysetHandle current = forSealing();
    try {
      KeysetHandle.Builder b = KeysetHandle.newBuilder(current);
      b.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary());
      KeysetHandle rotated = b.build();
      write(rotated, true);
      handle = rotated;
      return rotated.getPrimary().getId();
    } catch (FileAlreadyExistsException e) {
      throw new SealException("cannot rotate the keyset " + file() + ": " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new SealException("cannot rotate the keyset " + file() + ": " + e.getMessage(), e);
    }
  }

  private KeysetHandle create() {
    try {
      KeysetHandle h = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
      write(h, false);
      return h;
    } catch (GeneralSecurityException e) {
      throw new SealException("cannot create a keyset: " + e.getMessage(), e);
    } catch (FileAlreadyExistsException raced) {
      return read(); // another process created it first: use that one
    }
  }

  private KeysetHandle read() {
    register();
    try {
      return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file(), StandardCharsets.UTF_8),
          InsecureSecretKeyAccess.get());
    } catch (IOException e) {
      throw new SealException("cannot read the keyset " + file() + ": " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new SealException("the keyset " + file() + " is damaged: " + e.getMessage(), e);
    }
  }

  /** Writes the keyset crash-safely; {@code replace} false refuses to overwrite an existing one. */
  private void write(KeysetHandle h, boolean replace) throws GeneralSecurityException, FileAlreadyExistsException {
    register();
    String json = TinkJsonProtoKeysetFormat.serializeKeyset(h, InsecureSecretKeyAccess.get());
    try {
      Files.createDirectories(dir);
      restrict(dir, "rwx------");
      Path tmp = ownerOnlyTempFile();
      try {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
          ch.write(java.nio.ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)));
          ch.force(true);
        }
        if (replace) {
          Files.move(tmp, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else {
          // A hard link fails if the file exists: two processes cannot both create a keyset.
          Files.createLink(file(), tmp);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
      try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
        d.force(true);
      } catch (IOException notOnThisFileSystem) {
        // fsync of a directory is not supported everywhere; the rename itself is atomic.
      }
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (AtomicMoveNotSupportedException e) {
      throw new SealException("cannot replace " + file() + " atomically: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new SealException("cannot write the keyset " + file() + ": " + e.getMessage(), e);
    }
  }

  /** A temporary file beside the keyset, created owner-only (0600) where the file system has modes. */
  private Path ownerOnlyTempFile() throws IOException {
    try {
      return Files.createTempFile(dir, FILE, ".tmp",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      return Files.createTempFile(dir, FILE, ".tmp");
    }
  }

  private static void restrict(Path p, String perms) throws IOException {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the home directory's ACL protects it (see SECURITY.md).
    }
  }

  private void registerOnce() {
    if (!registered) {
      register();
      registered = true;
    }
  }

  private static void register() {
    try {
      AeadConfig.register();
    } catch (GeneralSecurityException e) {
      throw new SealException("Tink AEAD is not available: " + e.getMessage(), e);
    }
  }
}
