package ca.threadline.testkit.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairwiseScoreTest {
  @Test
  void handComputedExample() {
    // gold {0,1,2} {3,4}; predicted {0,1} {2,3,4}
    PairwiseScore s = PairwiseScore.of(new int[] {7, 7, 8, 8, 8}, new int[] {1, 1, 1, 2, 2});
    assertThat(s.goldPairs()).isEqualTo(4); // 01 02 12 34
    assertThat(s.predictedPairs()).isEqualTo(4); // 01 23 24 34
    assertThat(s.truePairs()).isEqualTo(2); // 01 34
    assertThat(s.precision()).isEqualTo(0.5);
    assertThat(s.recall()).isEqualTo(0.5);
    assertThat(s.f1()).isEqualTo(0.5);
  }

  @Test
  void singletonsEverywhereScorePerfectly() {
    PairwiseScore s = PairwiseScore.of(new int[] {1, 2, 3}, new int[] {4, 5, 6});
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
  }

  @Test
  void agreesWithPairEnumerationOnRandomLabels() {
    long seed = 31L;
    System.out.println("PairwiseScoreTest seed " + seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int round = 0; round < 100; round++) {
      int n = 1 + rnd.nextInt(80);
      int[] p = new int[n];
      int[] g = new int[n];
      for (int i = 0; i < n; i++) {
        p[i] = rnd.nextInt(1 + n / 3);
        g[i] = rnd.nextInt(1 + n / 4);
      }
      long tp = 0;
      long pp = 0;
      long gp = 0;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          boolean sp = p[i] == p[j];
          boolean sg = g[i] == g[j];
          pp += sp ? 1 : 0;
          gp += sg ? 1 : 0;
          tp += sp && sg ? 1 : 0;
        }
      }
      PairwiseScore s = PairwiseScore.of(p, g);
      assertThat(s.truePairs()).isEqualTo(tp);
      assertThat(s.predictedPairs()).isEqualTo(pp);
      assertThat(s.goldPairs()).isEqualTo(gp);
      assertThat(s.f1()).isCloseTo(pp + gp == 0 ? 1.0 : 2.0 * tp / (pp + gp), within(1e-9));
    }
  }
}
