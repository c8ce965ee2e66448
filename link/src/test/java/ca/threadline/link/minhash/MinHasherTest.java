package ca.threadline.link.minhash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MinHasherTest {
  private static final long SEED = 20260105L;

  private static int[] set(TreeSet<Integer> s) {
    return s.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The invariant P[equal minima] = Jaccard, measured over many set pairs and all 128 functions. */
  @Test
  void collisionRateMatchesJaccardSimilarity() {
    System.out.println("MinHasherTest seed " + SEED);
    SplittableRandom rnd = new SplittableRandom(SEED);
    MinHasher h = new MinHasher(128, 42);
    for (double target : new double[] {0.1, 0.3, 0.5, 0.8}) {
      double sumJ = 0;
      long equal = 0;
      long total = 0;
      for (int pair = 0; pair < 200; pair++) {
        int shared = (int) Math.round(60 * target);
        TreeSet<Integer> a = new TreeSet<>();
        TreeSet<Integer> b = new TreeSet<>();
        while (a.size() < shared) {
          int x = rnd.nextInt();
          a.add(x);
          b.add(x);
        }
        int own = (60 - shared) / 2 + 1;
        while (a.size() < shared + own) {
          a.add(rnd.nextInt());
        }
        while (b.size() < shared + own) {
          b.add(rnd.nextInt());
        }
        int[] sa = set(a);
        int[] sb = set(b);
        sumJ += Jaccard.of(sa, sb);
        int[] ga = h.signature(sa);
        int[] gb = h.signature(sb);
        for (int i = 0; i < ga.length; i++) {
          equal += ga[i] == gb[i] ? 1 : 0;
          total++;
        }
      }
      // 25,600 Bernoulli trials per target: standard error below 0.0032
      assertThat((double) equal / total).as("collision rate at J~%.1f", target).isCloseTo(sumJ / 200, within(0.02));
    }
  }

  @Test
  void sameSeedSameSignatureAnyOrderOfShingles() {
    int[] s = {5, -3, 99, 1 << 30, 7};
    int[] shuffled = {7, 1 << 30, 5, 99, -3, 5};
    assertThat(new MinHasher(64, 9).signature(s)).isEqualTo(new MinHasher(64, 9).signature(shuffled));
    assertThat(new MinHasher(64, 9).signature(s)).isNotEqualTo(new MinHasher(64, 10).signature(s));
  }

  @Test
  void emptySetHasMaximalSignature() {
    int[] sig = new MinHasher(16, 1).signature(new int[0]);
    assertThat(sig).containsOnly(Integer.MAX_VALUE);
  }

  @Test
  void bandsCollideForEqualSignaturesAndFollowTheSCurve() {
    LshBands lsh = new LshBands(42, 3);
    int[] sig = new MinHasher(126, 3).signature(new int[] {1, 2, 3, 4});
    assertThat(lsh.keys(sig)).isEqualTo(lsh.keys(sig.clone()));
    int[] other = sig.clone();
    other[0]++;
    int[] k1 = lsh.keys(sig);
    int[] k2 = lsh.keys(other);
    assertThat(k1[0]).isNotEqualTo(k2[0]);
    assertThat(Arrays.copyOfRange(k1, 1, 42)).isEqualTo(Arrays.copyOfRange(k2, 1, 42));
    assertThat(lsh.candidateProbability(0.35)).isCloseTo(1 - Math.pow(1 - Math.pow(0.35, 3), 42), within(1e-12));
    assertThat(lsh.candidateProbability(0.1)).isLessThan(0.05);
    assertThat(lsh.candidateProbability(0.6)).isGreaterThan(0.999);
  }

  @Test
  void jaccardAtLeastAgreesWithExactValue() {
    SplittableRandom rnd = new SplittableRandom(SEED + 7);
    for (int k = 0; k < 2000; k++) {
      TreeSet<Integer> a = new TreeSet<>();
      TreeSet<Integer> b = new TreeSet<>();
      for (int i = rnd.nextInt(30); i > 0; i--) {
        a.add(rnd.nextInt(40));
      }
      for (int i = rnd.nextInt(30); i > 0; i--) {
        b.add(rnd.nextInt(40));
      }
      int[] sa = set(a);
      int[] sb = set(b);
      double t = rnd.nextDouble();
      assertThat(Jaccard.atLeast(sa, sb, t)).isEqualTo(!(a.isEmpty() && b.isEmpty()) && Jaccard.of(sa, sb) >= t - 1e-12);
    }
    assertThat(Jaccard.of(new int[] {1, 2, 3}, new int[] {2, 3, 4})).isEqualTo(0.5);
  }
}
