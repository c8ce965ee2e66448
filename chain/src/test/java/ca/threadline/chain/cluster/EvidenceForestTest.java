package ca.threadline.chain.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EvidenceForestTest {
  @Test
  void forestKeepsTheComponentsOfTheUnionFindAndOneEdgePerUnion() {
    long seed = 5;
    System.out.println("seed " + seed);
    SplittableRandom r = new SplittableRandom(seed);
    int n = 5_000;
    EvidenceForest f = new EvidenceForest(n);
    int[] naive = new int[n];
    for (int i = 0; i < n; i++) {
      naive[i] = i;
    }
    long unions = 0;
    for (int k = 0; k < 6_000; k++) {
      int a = r.nextInt(n);
      int b = r.nextInt(n);
      if (f.union(a, b, k, Heuristic.MULTI_INPUT)) {
        unions++;
      }
      int ra = root(naive, a);
      int rb = root(naive, b);
      naive[ra] = rb;
    }
    int edges = 0;
    for (int a = 0; a < n; a++) {
      assertThat(f.find(a) == f.find(evRoot(f, a))).isTrue();
      if (f.evParent[a] >= 0) {
        edges++;
        assertThat(f.find(f.evParent[a])).isEqualTo(f.find(a));
      }
      for (int b = a + 1; b < Math.min(n, a + 40); b++) {
        assertThat(f.find(a) == f.find(b)).isEqualTo(root(naive, a) == root(naive, b));
        assertThat(f.find(a) == f.find(b)).isEqualTo(evRoot(f, a) == evRoot(f, b));
      }
    }
    assertThat(edges).isEqualTo(unions);
    assertThat(f.unions()).isEqualTo(unions);
  }

  @Test
  void rerootingKeepsEachEdgeLabel() {
    EvidenceForest f = new EvidenceForest(4);
    f.union(0, 1, 10, Heuristic.MULTI_INPUT);
    f.union(1, 2, 11, Heuristic.LOCKTIME);
    f.union(3, 2, 12, Heuristic.MULTI_INPUT);
    // Whatever the orientation, the edges are {0-1: 10}, {1-2: 11 locktime}, {2-3: 12}.
    java.util.Set<String> edges = new java.util.HashSet<>();
    for (int a = 0; a < 4; a++) {
      int p = f.evParent[a];
      if (p >= 0) {
        edges.add(Math.min(a, p) + "-" + Math.max(a, p) + ":" + f.evTx[a] + ":" + Heuristic.values()[f.evHeuristic[a]]);
      }
    }
    assertThat(edges).containsExactlyInAnyOrder("0-1:10:MULTI_INPUT", "1-2:11:LOCKTIME", "2-3:12:MULTI_INPUT");
  }

  private static int evRoot(EvidenceForest f, int a) {
    while (f.evParent[a] >= 0) {
      a = f.evParent[a];
    }
    return a;
  }

  private static int root(int[] p, int a) {
    while (p[a] != a) {
      a = p[a];
    }
    return a;
  }
}
