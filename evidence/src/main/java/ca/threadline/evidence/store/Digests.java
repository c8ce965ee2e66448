package ca.threadline.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 helpers. SHA-256 is the only digest Threadline computes for its own records. */
public final class Digests {
  private Digests() {}

  public static MessageDigest sha256() {
    return get("SHA-256");
  }

  public static MessageDigest get(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks " + algorithm, e);
    }
  }

  public static byte[] sha256(byte[] bytes) {
    return sha256().digest(bytes);
  }

  public static String sha256Hex(byte[] bytes) {
    return Hex.of(sha256(bytes));
  }

  public static String sha256Hex(byte[] bytes, int off, int len) {
    MessageDigest md = sha256();
    md.update(bytes, off, len);
    return Hex.of(md.digest());
  }

  /** Hashes a whole file; returns the hex digest. */
  public static String sha256Hex(Path file) throws IOException {
    MessageDigest md = sha256();
    ByteBuffer buf = ByteBuffer.allocate(1 << 20);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      for (int n; (n = ch.read(buf)) >= 0; ) {
        md.update(buf.array(), 0, n);
        buf.clear();
      }
    }
    return Hex.of(md.digest());
  }

  /** Hashes the rest of a stream (does not close it). */
  public static String sha256Hex(InputStream in) throws IOException {
    MessageDigest md = sha256();
    byte[] buf = new byte[1 << 16];
    for (int n; (n = in.read(buf)) >= 0; ) {
      md.update(buf, 0, n);
    }
    return Hex.of(md.digest());
  }
}
