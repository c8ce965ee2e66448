package ca.threadline.extract.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * EIP-55 mixed-case checksum for Ethereum addresses: hex letter {@code i} is upper case exactly
 * when nibble {@code i} of Keccak-256(lower-case hex as ASCII) is 8 or more. (Keccak-256 as
 * Ethereum uses it, not the later SHA3-256 padding.)
 */
public final class Eip55 {
  private Eip55() {}

  /** The checksummed form of 40 hex digits (without {@code 0x}). */
  public static String checksum(String hex40) {
    String lower = hex40.toLowerCase(Locale.ROOT);
    KeccakDigest keccak = new KeccakDigest(256);
    byte[] ascii = lower.getBytes(StandardCharsets.US_ASCII);
    keccak.update(ascii, 0, ascii.length);
    byte[] hash = new byte[32];
    keccak.doFinal(hash, 0);
    StringBuilder out = new StringBuilder(40);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xF;
      out.append(c >= 'a' && nibble >= 8 ? Character.toUpperCase(c) : c);
    }
    return out.toString();
  }

  /**
   * Whether 40 hex digits may be taken as an address: all lower case, all upper case (no checksum
   * written), or mixed case matching {@link #checksum}.
   */
  public static boolean acceptable(String hex40) {
    boolean lower = false;
    boolean upper = false;
    for (int i = 0; i < hex40.length(); i++) {
      char c = hex40.charAt(i);
      lower |= c >= 'a' && c <= 'f';
      upper |= c >= 'A' && c <= 'F';
    }
    if (!(lower && upper)) {
      return true;
    }
    return checksum(hex40).equals(hex40);
  }
}
