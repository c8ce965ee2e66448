package ca.threadline.evidence.store;

import java.util.HexFormat;

/** Lower-case hexadecimal, the one spelling of digests everywhere in Threadline's evidence. */
public final class Hex {
  private static final HexFormat HEX = HexFormat.of();

  private Hex() {}

  public static String of(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  public static byte[] parse(String hex) {
    return HEX.parseHex(hex);
  }

  /** True for exactly 64 lower-case hex digits: the form of a SHA-256 name. */
  public static boolean isSha256(String s) {
    if (s == null || s.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }
}
