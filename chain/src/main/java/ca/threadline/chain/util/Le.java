package ca.threadline.chain.util;

/** Little-endian reads and writes on byte arrays (Bitcoin's wire order). */
public final class Le {
  private Le() {}

  public static int u16(byte[] b, int o) {
    return (b[o] & 0xff) | (b[o + 1] & 0xff) << 8;
  }

  public static int i32(byte[] b, int o) {
    return (b[o] & 0xff) | (b[o + 1] & 0xff) << 8 | (b[o + 2] & 0xff) << 16 | (b[o + 3] & 0xff) << 24;
  }

  public static long u32(byte[] b, int o) {
    return i32(b, o) & 0xffffffffL;
  }

  public static long i64(byte[] b, int o) {
    return (i32(b, o) & 0xffffffffL) | ((long) i32(b, o + 4)) << 32;
  }

  public static void put32(byte[] b, int o, int v) {
    b[o] = (byte) v;
    b[o + 1] = (byte) (v >>> 8);
    b[o + 2] = (byte) (v >>> 16);
    b[o + 3] = (byte) (v >>> 24);
  }

  public static void put64(byte[] b, int o, long v) {
    put32(b, o, (int) v);
    put32(b, o + 4, (int) (v >>> 32));
  }
}
