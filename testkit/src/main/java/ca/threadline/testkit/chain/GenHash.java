package ca.threadline.testkit.chain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;

/** Hashes the generator needs, written independently of the chain module it tests. */
final class GenHash {
  private GenHash() {}

  static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] sha256d(byte[] b) {
    return sha256(sha256(b));
  }

  static byte[] hash160(byte[] b) {
    byte[] s = sha256(b);
    RIPEMD160Digest r = new RIPEMD160Digest();
    r.update(s, 0, s.length);
    byte[] out = new byte[20];
    r.doFinal(out, 0);
    return out;
  }

  static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder(b.length * 2);
    for (byte x : b) {
      sb.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
    }
    return sb.toString();
  }

  /** Display form of a txid or block hash: bytes reversed. */
  static String hexReversed(byte[] b) {
    byte[] r = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      r[i] = b[b.length - 1 - i];
    }
    return hex(r);
  }
}
