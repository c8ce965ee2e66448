package ca.threadline.chain.util;

/** Lower-case hexadecimal, and the byte-reversed form Bitcoin uses to display hashes. */
public final class Hex {
  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private Hex() {}

  public static String encode(byte[] b) {
    return encode(b, 0, b.length);
  }

  public static String encode(byte[] b, int off, int len) {
    char[] c = new char[len * 2];
    for (int i = 0; i < len; i++) {
      int v = b[off + i] & 0xff;
      c[2 * i] = DIGITS[v >>> 4];
      c[2 * i + 1] = DIGITS[v & 15];
    }
    return new String(c);
  }

  /** Hex of {@code len} bytes read backwards: how txids and block hashes are displayed. */
  public static String encodeReversed(byte[] b, int off, int len) {
    char[] c = new char[len * 2];
    for (int i = 0; i < len; i++) {
      int v = b[off + len - 1 - i] & 0xff;
      c[2 * i] = DIGITS[v >>> 4];
      c[2 * i + 1] = DIGITS[v & 15];
    }
    return new String(c);
  }

  public static String encodeReversed(byte[] b) {
    return encodeReversed(b, 0, b.length);
  }

  public static byte[] decode(String s) {
    if ((s.length() & 1) != 0) {
      throw new IllegalArgumentException("odd number of hex digits");
    }
    byte[] out = new byte[s.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) ((digit(s.charAt(2 * i)) << 4) | digit(s.charAt(2 * i + 1)));
    }
    return out;
  }

  /** Decodes a displayed (byte-reversed) hash back to internal byte order. */
  public static byte[] decodeReversed(String s) {
    byte[] b = decode(s);
    for (int i = 0, j = b.length - 1; i < j; i++, j--) {
      byte t = b[i];
      b[i] = b[j];
      b[j] = t;
    }
    return b;
  }

  public static boolean isHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static int digit(char ch) {
    int d = Character.digit(ch, 16);
    if (d < 0) {
      throw new IllegalArgumentException("not a hex digit: '" + ch + "'");
    }
    return d;
  }
}
