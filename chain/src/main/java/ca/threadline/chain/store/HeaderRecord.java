package ca.threadline.chain.store;

import ca.threadline.chain.util.Le;

/**
 * A block header seen in a block file and where it lies:
 * {@code hash(32) prev(32) bits(4) time(4) file(4) offset(8) length(4)} = 88 bytes.
 */
public record HeaderRecord(byte[] hash, byte[] prev, int bits, long time, int file, long offset, int length) {
  public static final int SIZE = 88;

  public byte[] encode() {
    byte[] b = new byte[SIZE];
    System.arraycopy(hash, 0, b, 0, 32);
    System.arraycopy(prev, 0, b, 32, 32);
    Le.put32(b, 64, bits);
    Le.put32(b, 68, (int) time);
    Le.put32(b, 72, file);
    Le.put64(b, 76, offset);
    Le.put32(b, 84, length);
    return b;
  }

  public static HeaderRecord decode(byte[] b) {
    return new HeaderRecord(
        java.util.Arrays.copyOfRange(b, 0, 32),
        java.util.Arrays.copyOfRange(b, 32, 64),
        Le.i32(b, 64),
        Le.u32(b, 68),
        Le.i32(b, 72),
        Le.i64(b, 76),
        Le.i32(b, 84));
  }
}
