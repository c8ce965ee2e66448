package ca.threadline.spark.ads;

import ca.threadline.link.minhash.Jaccard;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Verifies the candidate pairs of one LSH bucket exactly as the embedded {@code TemplateIndex}
 * scans a bucket: members in ad order; a pair is a candidate when the earlier ad is among the
 * bucket's first {@code cap}; it is verified by exact Jaccard unless its two ads are already
 * connected, and linked when the similarity reaches the threshold.
 *
 * <p>"Already connected" uses the components found in earlier rounds (the {@code labels}) plus the
 * links made in this bucket (a small union-find over the labels). A skipped pair is connected
 * through verified links, so skipping it cannot change the partition: the components of the links
 * emitted by all buckets equal the components of all verified candidate pairs, which is what the
 * embedded engine computes. Stateless; one call per bucket.
 */
final class BucketScan {
  private BucketScan() {}

  /** Receives a verified link. */
  interface Links {
    void link(long a, long b);
  }

  /**
   * @param ads members of the bucket (any order; sorted here together with the other arrays)
   * @param labels each member's component in earlier rounds
   * @param shingles each member's shingle set (sorted, distinct)
   * @return pairs verified
   */
  static long scan(long[] ads, long[] labels, int[][] shingles, int cap, double threshold, Links out) {
    int m = ads.length;
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Long.compare(ads[x], ads[y]));
    Map<Long, Integer> slot = new HashMap<>();
    int[] set = new int[m];
    for (int k = 0; k < m; k++) {
      set[k] = slot.computeIfAbsent(labels[order[k]], l -> slot.size());
    }
    int[] parent = new int[slot.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    long verified = 0;
    for (int y = 1; y < m; y++) {
      for (int x = 0, xEnd = Math.min(y, cap); x < xEnd; x++) {
        int rx = find(parent, set[x]);
        int ry = find(parent, set[y]);
        if (rx == ry) {
          continue;
        }
        verified++;
        int ax = order[x];
        int ay = order[y];
        if (Jaccard.atLeast(shingles[ax], shingles[ay], threshold)) {
          parent[rx] = ry;
          out.link(ads[ax], ads[ay]);
        }
      }
    }
    return verified;
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
}
