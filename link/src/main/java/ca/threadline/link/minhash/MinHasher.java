package ca.threadline.link.minhash;

import java.util.SplittableRandom;

/**
 * Seeded MinHash (Broder 1997, "On the resemblance and containment of documents") over sets of
 * 32-bit shingle hashes.
 *
 * <p>Function i maps a shingle x to {@code h_i(x) = a_i * mix64(x) + b_i (mod 2^64)} with
 * {@code a_i} odd, i.e. a bijection of the 64-bit words: a pseudo-random permutation of the
 * shingle universe, cheap enough to apply 128 times per shingle (multiply-add; the JIT vectorises
 * the inner loop). The signature keeps, per function, the minimum over the set.
 *
 * <p>Invariant: for sets A and B, {@code P[min h_i(A) = min h_i(B)] = |A ∩ B| / |A ∪ B|} (their
 * Jaccard similarity), because the minimum of a random permutation over A ∪ B is equally likely
 * to be any element, and the minima agree exactly when that element lies in A ∩ B. Multiply-add
 * permutations are only approximately min-wise independent; {@code MinHasherTest} measures the
 * collision rate against exact Jaccard on seeded random sets. Functions are drawn from
 * {@link SplittableRandom} with a fixed seed: the same seed gives the same signatures on every
 * machine, thread count and run (and in the Spark job).
 */
public final class MinHasher {
  private final long[] a;
  private final long[] b;

  public MinHasher(int functions, long seed) {
    if (functions <= 0) {
      throw new IllegalArgumentException("functions must be positive: " + functions);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    a = new long[functions];
    b = new long[functions];
    for (int i = 0; i < functions; i++) {
      a[i] = rnd.nextLong() | 1L;
      b[i] = rnd.nextLong();
    }
  }

  public int functions() {
    return a.length;
  }

  /**
   * Writes the signature of {@code shingles} (any order, duplicates allowed) into {@code out}.
   * An empty set gives {@link Long#MAX_VALUE} in every position.
   */
  public void signature(int[] shingles, long[] out) {
    int k = a.length;
    java.util.Arrays.fill(out, 0, k, Long.MAX_VALUE);
    for (int s : shingles) {
      long x = Hashing.mix64(s);
      for (int i = 0; i < k; i++) {
        long h = a[i] * x + b[i];
        if (h < out[i]) {
          out[i] = h;
        }
      }
    }
  }

  public long[] signature(int[] shingles) {
    long[] out = new long[a.length];
    signature(shingles, out);
    return out;
  }
}
