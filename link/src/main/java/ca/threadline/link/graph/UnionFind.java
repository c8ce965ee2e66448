package ca.threadline.link.graph;

import java.util.Arrays;

/**
 * Disjoint sets over the integers {@code 0..size()-1} (Tarjan's union-find), grown as ads arrive.
 *
 * <p>Invariants:
 *
 * <ul>
 *   <li>{@code parent[x] == x} iff {@code x} is the root of its set; following {@code parent} from
 *       any element reaches its root without cycles.
 *   <li>For a root {@code r}, {@code weight[r]} is the number of elements in its set (union by
 *       size), so every path has at most {@code log2(n)} links even before compression.
 *   <li>{@link #find} halves paths (each visited node points to its grandparent), so a sequence of
 *       m operations costs O(m α(n)).
 *   <li>Which element ends up as a root depends on the order of unions, but the partition does
 *       not: it is the connected components of every pair ever passed to {@link #union}. Callers
 *       that need stable names use {@link #canonicalLabels()} (smallest member of each set).
 * </ul>
 *
 * <p>Not thread-safe: one thread mutates it (callers verify candidate pairs in parallel, then
 * apply unions in one thread).
 */
public final class UnionFind {
  private int[] parent;
  private int[] weight;
  private int size;

  public UnionFind(int size) {
    this.parent = new int[Math.max(16, size)];
    this.weight = new int[parent.length];
    grow(size);
  }

  /** Rebuilds sets from canonical labels (as {@link #canonicalLabels()} returns them). */
  public static UnionFind fromLabels(int[] labels) {
    UnionFind uf = new UnionFind(labels.length);
    for (int i = 0; i < labels.length; i++) {
      int l = labels[i];
      if (l < 0 || l > i || labels[l] != l) {
        throw new IllegalArgumentException("label of " + i + " is " + l + ": not the smallest member of a set");
      }
      uf.parent[i] = l;
      if (l != i) {
        uf.weight[l]++;
      }
    }
    return uf;
  }

  public int size() {
    return size;
  }

  /** Adds singleton sets until there are {@code newSize} elements. */
  public void grow(int newSize) {
    if (newSize > parent.length) {
      int cap = Math.max(newSize, parent.length + (parent.length >> 1));
      parent = Arrays.copyOf(parent, cap);
      weight = Arrays.copyOf(weight, cap);
    }
    for (int i = size; i < newSize; i++) {
      parent[i] = i;
      weight[i] = 1;
    }
    size = Math.max(size, newSize);
  }

  public int find(int x) {
    int[] p = parent;
    while (p[x] != x) {
      int g = p[p[x]];
      p[x] = g;
      x = g;
    }
    return x;
  }

  public boolean connected(int a, int b) {
    return find(a) == find(b);
  }

  /** Merges the sets of {@code a} and {@code b}; returns {@code false} if they were one already. */
  public boolean union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return false;
    }
    if (weight[ra] < weight[rb] || (weight[ra] == weight[rb] && rb < ra)) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    weight[ra] += weight[rb];
    return true;
  }

  /**
   * For every element, the smallest element of its set. Independent of the order of unions, so
   * it names sets stably: adding elements or merging other sets never renames a set unless it
   * merges with one holding a smaller element.
   */
  public int[] canonicalLabels() {
    int[] minOfRoot = new int[size];
    Arrays.fill(minOfRoot, Integer.MAX_VALUE);
    int[] root = new int[size];
    for (int i = 0; i < size; i++) {
      int r = find(i);
      root[i] = r;
      if (i < minOfRoot[r]) {
        minOfRoot[r] = i;
      }
    }
    int[] labels = new int[size];
    for (int i = 0; i < size; i++) {
      labels[i] = minOfRoot[root[i]];
    }
    return labels;
  }
}
