package ca.threadline.link.minhash;

/**
 * The fixed, platform-independent hash functions under shingles and MinHash. They never change
 * between versions without a new state-file version: signatures written by one run must mean the
 * same in the next (and in the Spark job, which reuses this class).
 */
public final class Hashing {
  private Hashing() {}

  /** The 64-bit finaliser of MurmurHash3 (fmix64): a bijection with full avalanche. */
  public static long mix64(long z) {
    z ^= z >>> 33;
    z *= 0xff51afd7ed558ccdL;
    z ^= z >>> 33;
    z *= 0xc4ceb9fe1a85ec53L;
    z ^= z >>> 33;
    return z;
  }

  /** The 32-bit finaliser of MurmurHash3 (fmix32): a bijection of the 32-bit words. */
  public static int fmix32(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  /** FNV-1a over the UTF-16 units of {@code s}, then {@link #mix64}. */
  public static long hash(CharSequence s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0, n = s.length(); i < n; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix64(h);
  }

  /** Combines an ordered sequence of hashes (for word shingles: order matters). */
  public static long combine(long acc, long next) {
    return mix64(acc * 0x9E3779B97F4A7C15L + next);
  }
}
