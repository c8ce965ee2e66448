package ca.threadline.chain.parse;

import ca.threadline.chain.util.Hashes;

/** The Bitcoin merkle root over txids (odd levels duplicate their last hash). */
public final class Merkle {
  private Merkle() {}

  /** Root of the first {@code count} 32-byte hashes in {@code leaves} (left intact). */
  public static byte[] root(byte[] leaves, int count, Hashes h) {
    if (count == 1) {
      byte[] r = new byte[32];
      System.arraycopy(leaves, 0, r, 0, 32);
      return r;
    }
    byte[] level = new byte[32 * count];
    System.arraycopy(leaves, 0, level, 0, 32 * count);
    int n = count;
    byte[] pair = new byte[64];
    while (n > 1) {
      int next = (n + 1) / 2;
      for (int i = 0; i < next; i++) {
        int l = 2 * i;
        int r = Math.min(l + 1, n - 1);
        System.arraycopy(level, 32 * l, pair, 0, 32);
        System.arraycopy(level, 32 * r, pair, 32, 32);
        h.begin();
        h.update(pair, 0, 64);
        h.finishDouble(level, 32 * i);
      }
      n = next;
    }
    byte[] r = new byte[32];
    System.arraycopy(level, 0, r, 0, 32);
    return r;
  }
}
