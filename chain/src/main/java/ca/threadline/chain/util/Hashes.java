package ca.threadline.chain.util;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;

/**
 * SHA-256d (Bitcoin's double SHA-256), SHA-256 and HASH160, each instance for one thread. The
 * JDK's SHA-256 uses the CPU's SHA extensions where present, which is what keeps block import
 * above 100,000 transactions per second.
 */
public final class Hashes {
  private final MessageDigest sha = newSha256();
  private final RIPEMD160Digest ripemd = new RIPEMD160Digest();
  private final byte[] tmp = new byte[32];

  public static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  /** Starts a double-SHA-256 over several ranges; feed with {@link #update}. */
  public void begin() {
    sha.reset();
  }

  public void update(byte[] b, int off, int len) {
    sha.update(b, off, len);
  }

  /** Finishes the double hash into {@code out[outOff..outOff+32)}. */
  public void finishDouble(byte[] out, int outOff) {
    try {
      sha.digest(tmp, 0, 32);
      sha.update(tmp, 0, 32);
      sha.digest(out, outOff, 32);
    } catch (java.security.DigestException e) {
      throw new IllegalStateException(e);
    }
  }

  public byte[] sha256d(byte[] b, int off, int len) {
    byte[] out = new byte[32];
    begin();
    update(b, off, len);
    finishDouble(out, 0);
    return out;
  }

  public void sha256(byte[] b, int off, int len, byte[] out, int outOff) {
    try {
      sha.reset();
      sha.update(b, off, len);
      sha.digest(out, outOff, 32);
    } catch (java.security.DigestException e) {
      throw new IllegalStateException(e);
    }
  }

  /** RIPEMD-160(SHA-256(data)): the hash in P2PKH and P2WPKH scripts. */
  public void hash160(byte[] b, int off, int len, byte[] out, int outOff) {
    sha256(b, off, len, tmp, 0);
    ripemd.reset();
    ripemd.update(tmp, 0, 32);
    ripemd.doFinal(out, outOff);
  }
}
