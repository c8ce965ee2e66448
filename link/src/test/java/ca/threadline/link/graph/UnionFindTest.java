package ca.threadline.link.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UnionFindTest {
  private static final long SEED = 0x5EEDL;

  /** Components by brute force: repeated relabelling until no pair changes. */
  private static int[] naiveLabels(int n, List<int[]> pairs) {
    int[] label = new int[n];
    for (int i = 0; i < n; i++) {
      label[i] = i;
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int[] p : pairs) {
        int m = Math.min(label[p[0]], label[p[1]]);
        if (label[p[0]] != m || label[p[1]] != m) {
          label[p[0]] = m;
          label[p[1]] = m;
          changed = true;
        }
      }
    }
    // labels are component minima only after propagation through every member
    changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < n; i++) {
        if (label[label[i]] != label[i]) {
          label[i] = label[label[i]];
          changed = true;
        }
      }
    }
    return label;
  }

  @Test
  void canonicalLabelsAreComponentMinimaWhateverTheUnionOrder() {
    System.out.println("UnionFindTest seed " + SEED);
    SplittableRandom rnd = new SplittableRandom(SEED);
    for (int round = 0; round < 50; round++) {
      int n = 1 + rnd.nextInt(300);
      List<int[]> pairs = new ArrayList<>();
      for (int k = rnd.nextInt(n + 1); k > 0; k--) {
        pairs.add(new int[] {rnd.nextInt(n), rnd.nextInt(n)});
      }
      UnionFind forward = new UnionFind(n);
      pairs.forEach(p -> forward.union(p[0], p[1]));
      UnionFind backward = new UnionFind(n);
      for (int k = pairs.size() - 1; k >= 0; k--) {
        backward.union(pairs.get(k)[1], pairs.get(k)[0]);
      }
      int[] expected = naiveLabels(n, pairs);
      assertThat(forward.canonicalLabels()).isEqualTo(expected);
      assertThat(backward.canonicalLabels()).isEqualTo(expected);
    }
  }

  @Test
  void growAddsSingletonsAndKeepsSets() {
    UnionFind uf = new UnionFind(3);
    uf.union(0, 2);
    uf.grow(40);
    assertThat(uf.size()).isEqualTo(40);
    assertThat(uf.connected(0, 2)).isTrue();
    assertThat(uf.connected(0, 39)).isFalse();
    assertThat(uf.union(39, 2)).isTrue();
    assertThat(uf.union(0, 39)).isFalse();
    assertThat(uf.canonicalLabels()[39]).isZero();
  }

  @Test
  void fromLabelsRestoresTheSamePartition() {
    SplittableRandom rnd = new SplittableRandom(SEED + 1);
    UnionFind uf = new UnionFind(500);
    for (int k = 0; k < 300; k++) {
      uf.union(rnd.nextInt(500), rnd.nextInt(500));
    }
    int[] labels = uf.canonicalLabels();
    UnionFind restored = UnionFind.fromLabels(labels);
    assertThat(restored.canonicalLabels()).isEqualTo(labels);
    restored.union(1, 2);
    uf.union(2, 1);
    assertThat(restored.canonicalLabels()).isEqualTo(uf.canonicalLabels());
  }

  @Test
  void fromLabelsRejectsLabelsThatAreNotSetMinima() {
    assertThatThrownBy(() -> UnionFind.fromLabels(new int[] {0, 2, 2})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UnionFind.fromLabels(new int[] {1, 1})).isInstanceOf(IllegalArgumentException.class);
  }
}
