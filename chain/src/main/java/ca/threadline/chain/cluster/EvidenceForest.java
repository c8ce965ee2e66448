package ca.threadline.chain.cluster;

import java.util.Arrays;

/**
 * Union-find over address ids that also keeps why: every union that joins two clusters adds one
 * labelled edge (the transaction and heuristic that caused it) between the two addresses
 * involved, so each cluster is a tree of evidence and any two of its addresses are joined by
 * exactly one path of transactions.
 *
 * <p>Invariants: {@code parent}/{@code size} form a union-by-size union-find with path halving
 * (find is near O(1)); {@code evParent} forms a forest with the same components, each rooted
 * anywhere. To add edge (x, y), the smaller side's evidence tree is re-rooted at x (reversing
 * the labels along x's root path) and hung under y; with the smaller side re-rooted, the total
 * re-rooting work is O(n log n). Memory: 17 bytes per address.
 */
public final class EvidenceForest {
  final int[] parent;
  final int[] size;
  final int[] evParent;
  final int[] evTx;
  final byte[] evHeuristic;
  private long unions;

  public EvidenceForest(int n) {
    parent = new int[n];
    size = new int[n];
    evParent = new int[n];
    evTx = new int[n];
    evHeuristic = new byte[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      size[i] = 1;
    }
    Arrays.fill(evParent, -1);
  }

  public int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** Joins the clusters of {@code a} and {@code b}; returns false when already one. */
  public boolean union(int a, int b, long tx, Heuristic h) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return false;
    }
    int x = a;
    int y = b;
    if (size[ra] > size[rb]) {
      int t = ra;
      ra = rb;
      rb = t;
      x = b;
      y = a;
    }
    reroot(x);
    evParent[x] = y;
    evTx[x] = (int) tx;
    evHeuristic[x] = (byte) h.ordinal();
    parent[ra] = rb;
    size[rb] += size[ra];
    unions++;
    return true;
  }

  private void reroot(int x) {
    int prev = -1;
    int prevTx = 0;
    byte prevH = 0;
    int cur = x;
    while (cur != -1) {
      int next = evParent[cur];
      int t = evTx[cur];
      byte h = evHeuristic[cur];
      evParent[cur] = prev;
      evTx[cur] = prevTx;
      evHeuristic[cur] = prevH;
      prev = cur;
      prevTx = t;
      prevH = h;
      cur = next;
    }
  }

  public long unions() {
    return unions;
  }

  public int size() {
    return parent.length;
  }
}
