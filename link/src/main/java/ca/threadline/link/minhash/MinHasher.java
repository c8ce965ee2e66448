package ca.threadline.link.minhash;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded MinHash (Broder 1997, "On the resemblance and containment of documents") over sets of
 * 32-bit shingle hashes.
 *
 * <p>Function i maps a shingle x to {@code h_i(x) = a_i * fmix32(x) + b_i (mod 2^32)} with
 * {@code a_i} odd: {@code fmix32} and the odd multiply-add are both bijections of the 32-bit words,
 * so each h_i is a pseudo-random permutation of the shingle universe. The signature keeps, per
 * function, the minimum over the set (in signed order; any fixed total order will do). 32-bit lanes
 * and a branch-free minimum let the JIT vectorise the inner loop (8–16 lanes per instruction).
 *
 * <p>Invariant: for sets A and B, {@code P[min h_i(A) = min h_i(B)] = |A ∩ B| / |A ∪ B|} (their
 * Jaccard similarity), because the minimum of a random permutation over A ∪ B is equally likely
 * to be any element, and the minima agree exactly when that element lies in A ∩ B (a bijection
 * never maps two different shingles to one value, so agreement means the same shingle).
 * Multiply-add permutations are only approximately min-wise independent; {@code MinHasherTest}
 * measures the collision rate against exact Jaccard on seeded random sets. Functions are drawn
 * from {@link SplittableRandom} with a fixed seed: the same seed gives the same signatures on
 * every machine, thread count and run (and in the Spark job).
 */
public final class MinHasher {
  private final int[] a;
  private final int[] b;

  public MinHasher(int functions, long seed) {
    if (functions <= 0) {
      throw new IllegalArgumentException("functions must be positive: " + functions);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    a = new int[functions];
    b = new int[functions];
    for (int i = 0; i < functions; i++) {
      a[i] = rnd.nextInt() | 1;
      b[i] = rnd.nextInt();
    }
  }

  public int functions() {
    return a.length;
  }

  /**
   * Writes the signature of {@code shingles} (any order, duplicates allowed) into {@code out}.
   * An empty set gives {@link Integer#MAX_VALUE} in every position.
   */
  public void signature(int[] shingles, int[] out) {
    int k = a.length;
    int[] aa = a;
    int[] bb = b;
    Arrays.fill(out, 0, k, Integer.MAX_VALUE);
    for (int s : shingles) {
      int x = Hashing.fmix32(s);
      for (int i = 0; i < k; i++) {
        out[i] = Math.min(out[i], aa[i] * x + bb[i]);
      }
    }
  }

  public int[] signature(int[] shingles) {
    int[] out = new int[a.length];
    signature(shingles, out);
    return out;
  }
}
