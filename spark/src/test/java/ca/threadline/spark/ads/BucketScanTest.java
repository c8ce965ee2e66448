package ca.threadline.spark.ads;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.link.graph.UnionFind;
import ca.threadline.link.minhash.Jaccard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Skipping pairs already connected never changes the partition: the links a bucket scan emits,
 * with the earlier components, connect exactly what all verified candidate pairs connect.
 */
class BucketScanTest {
  @Test
  void sameComponentsAsVerifyingEveryCandidatePair() {
    long seed = 31337;
    System.out.println("seed " + seed);
    SplittableRandom r = new SplittableRandom(seed);
    for (int round = 0; round < 300; round++) {
      int m = 2 + r.nextInt(40);
      int cap = 1 + r.nextInt(12);
      long[] ads = new long[m];
      long[] labels = new long[m];
      int[][] sets = new int[m][];
      for (int k = 0; k < m; k++) {
        ads[k] = k * 3L + r.nextInt(3); // distinct, increasing; the scan must sort a shuffled copy
        labels[k] = r.nextInt(4) == 0 ? ads[0] : ads[k]; // some members already joined earlier
        sets[k] = set(r, 5 + r.nextInt(10));
      }
      shuffle(r, ads, labels, sets);
      List<long[]> links = new ArrayList<>();
      BucketScan.scan(ads, labels, sets, cap, 0.35, (a, b) -> links.add(new long[] {a, b}));

      int[] rank = rankByAd(ads);
      UnionFind viaScan = withLabels(ads, labels, rank);
      for (long[] l : links) {
        viaScan.union(rank[indexOf(ads, l[0])], rank[indexOf(ads, l[1])]);
      }
      UnionFind viaAll = withLabels(ads, labels, rank);
      for (int x = 0; x < m; x++) {
        for (int y = 0; y < m; y++) {
          int rx = rank[x];
          int ry = rank[y];
          if (rx < ry && rx < cap && Jaccard.of(sets[x], sets[y]) >= 0.35) {
            viaAll.union(rx, ry);
          }
        }
      }
      assertThat(viaScan.canonicalLabels()).as("round " + round).isEqualTo(viaAll.canonicalLabels());
    }
  }

  private static UnionFind withLabels(long[] ads, long[] labels, int[] rank) {
    UnionFind uf = new UnionFind(ads.length);
    for (int k = 0; k < ads.length; k++) {
      uf.union(rank[k], rank[indexOf(ads, labels[k])]);
    }
    return uf;
  }

  private static int[] rankByAd(long[] ads) {
    long[] sorted = ads.clone();
    Arrays.sort(sorted);
    int[] rank = new int[ads.length];
    for (int k = 0; k < ads.length; k++) {
      rank[k] = Arrays.binarySearch(sorted, ads[k]);
    }
    return rank;
  }

  private static int indexOf(long[] ads, long ad) {
    for (int k = 0; k < ads.length; k++) {
      if (ads[k] == ad) {
        return k;
      }
    }
    throw new AssertionError(ad);
  }

  /** A random set over a small universe, so that pairs land on both sides of the threshold. */
  private static int[] set(SplittableRandom r, int n) {
    return r.ints(n, 0, 24).distinct().sorted().toArray();
  }

  private static void shuffle(SplittableRandom r, long[] ads, long[] labels, int[][] sets) {
    for (int i = ads.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      long t = ads[i];
      ads[i] = ads[j];
      ads[j] = t;
      t = labels[i];
      labels[i] = labels[j];
      labels[j] = t;
      int[] s = sets[i];
      sets[i] = sets[j];
      sets[j] = s;
    }
  }
}
