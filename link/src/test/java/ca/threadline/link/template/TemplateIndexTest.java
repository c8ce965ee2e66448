package ca.threadline.link.template;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.link.graph.UnionFind;
import ca.threadline.link.minhash.Jaccard;
import ca.threadline.link.minhash.LshBands;
import ca.threadline.link.minhash.MinHasher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class TemplateIndexTest {
  private static final long SEED = 314159L;
  private static final TemplateParameters PARAMS = TemplateParameters.defaults();
  private static final ForkJoinPool ONE = new ForkJoinPool(1);
  private static final ForkJoinPool FOUR = new ForkJoinPool(4);

  @AfterAll
  static void shutdown() {
    ONE.shutdown();
    FOUR.shutdown();
  }

  /** Random "documents": families of edited copies of a base set, plus noise and duplicates. */
  private static int[][] documents(SplittableRandom rnd, int n) {
    int[][] docs = new int[n][];
    List<int[]> bases = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (bases.isEmpty() || rnd.nextInt(4) == 0) {
        TreeSet<Integer> base = new TreeSet<>();
        for (int k = 5 + rnd.nextInt(40); k > 0; k--) {
          base.add(rnd.nextInt(5000));
        }
        bases.add(base.stream().mapToInt(Integer::intValue).toArray());
      }
      int[] base = bases.get(rnd.nextInt(bases.size()));
      TreeSet<Integer> d = new TreeSet<>();
      for (int x : base) {
        if (rnd.nextInt(5) != 0) {
          d.add(x);
        }
      }
      for (int k = rnd.nextInt(8); k > 0; k--) {
        d.add(rnd.nextInt(5000));
      }
      docs[i] = rnd.nextInt(10) == 0 && i > 0 ? docs[rnd.nextInt(i)].clone() : d.stream().mapToInt(Integer::intValue).toArray();
    }
    return docs;
  }

  private static int[][] keys(int[][] docs) {
    LshBands lsh = PARAMS.lsh();
    MinHasher h = new MinHasher(lsh.signatureLength(), PARAMS.seed());
    int[][] out = new int[docs.length][];
    for (int i = 0; i < docs.length; i++) {
      out[i] = docs[i].length >= PARAMS.minShingles() ? lsh.keys(h.signature(docs[i])) : new int[lsh.bands()];
    }
    return out;
  }

  /**
   * The specification: components of candidate pairs with J >= threshold, where a pair is a
   * candidate when the sets are equal, or when they share a band key and the earlier ad is among
   * the first {@code bucketCap} ads with that key (short ads take no part).
   */
  private static int[] bruteForce(int[][] docs, int[][] keys, TemplateParameters p) {
    int n = docs.length;
    java.util.Map<Long, Integer> bucketSize = new java.util.HashMap<>();
    int[][] rank = new int[n][p.bands()];
    boolean[] rep = new boolean[n];
    java.util.Set<String> seenSets = new java.util.HashSet<>();
    for (int i = 0; i < n; i++) {
      rep[i] = docs[i].length >= p.minShingles() && seenSets.add(Arrays.toString(docs[i]));
      for (int b = 0; b < p.bands() && rep[i]; b++) {
        long bucket = ((long) b << 32) | (keys[i][b] & 0xffffffffL);
        rank[i][b] = bucketSize.merge(bucket, 1, Integer::sum) - 1;
      }
    }
    UnionFind uf = new UnionFind(n);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        if (docs[i].length < p.minShingles() || docs[j].length < p.minShingles()) {
          continue;
        }
        boolean candidate = Arrays.equals(docs[i], docs[j]);
        for (int b = 0; b < p.bands() && !candidate && rep[i] && rep[j]; b++) {
          candidate = keys[i][b] == keys[j][b] && rank[j][b] < p.bucketCap();
        }
        if (candidate && Jaccard.of(docs[i], docs[j]) >= p.threshold()) {
          uf.union(i, j);
        }
      }
    }
    return uf.canonicalLabels();
  }

  private static int[] bruteForce(int[][] docs, int[][] keys) {
    return bruteForce(docs, keys, PARAMS);
  }

  @Test
  void equalsTheBruteForceSpecificationForAnyBatchingAndThreadCount() {
    System.out.println("TemplateIndexTest seed " + SEED);
    SplittableRandom rnd = new SplittableRandom(SEED);
    for (int round = 0; round < 8; round++) {
      int n = 50 + rnd.nextInt(400);
      int[][] docs = documents(rnd, n);
      int[][] keys = keys(docs);
      int[] expected = bruteForce(docs, keys);

      TemplateIndex all = new TemplateIndex(PARAMS);
      all.add(docs, keys, FOUR);
      assertThat(all.labels()).as("one batch, 4 threads").isEqualTo(expected);

      TemplateIndex batched = new TemplateIndex(PARAMS);
      int from = 0;
      while (from < n) {
        int to = Math.min(n, from + 1 + rnd.nextInt(60));
        batched.add(Arrays.copyOfRange(docs, from, to), Arrays.copyOfRange(keys, from, to), ONE);
        from = to;
      }
      assertThat(batched.labels()).as("random batches, 1 thread").isEqualTo(expected);
    }
  }

  /** With a tiny bucket cap the candidate set depends on ranks in buckets; batches must agree. */
  @Test
  void bucketCapIsAppendStable() {
    TemplateParameters tiny = new TemplateParameters(3, false, 64, 4, 0.35, 5, 2, TemplateParameters.DEFAULT_SEED);
    SplittableRandom rnd = new SplittableRandom(SEED + 2);
    for (int round = 0; round < 4; round++) {
      int[][] docs = documents(rnd, 300);
      int[][] keys = keys(docs);
      int[] expected = bruteForce(docs, keys, tiny);
      TemplateIndex once = new TemplateIndex(tiny);
      once.add(docs, keys, FOUR);
      assertThat(once.labels()).isEqualTo(expected);
      TemplateIndex batched = new TemplateIndex(tiny);
      for (int from = 0; from < docs.length; from += 37) {
        int to = Math.min(docs.length, from + 37);
        batched.add(Arrays.copyOfRange(docs, from, to), Arrays.copyOfRange(keys, from, to), ONE);
      }
      assertThat(batched.labels()).isEqualTo(expected);
    }
  }

  @Test
  void restoredIndexContinuesLikeTheOriginal() {
    SplittableRandom rnd = new SplittableRandom(SEED + 1);
    int[][] docs = documents(rnd, 300);
    int[][] keys = keys(docs);
    TemplateIndex first = new TemplateIndex(PARAMS);
    first.add(Arrays.copyOfRange(docs, 0, 200), Arrays.copyOfRange(keys, 0, 200), ONE);
    int[][] savedSh = new int[200][];
    int[][] savedKeys = new int[200][];
    for (int i = 0; i < 200; i++) {
      savedSh[i] = first.shingles(i);
      savedKeys[i] = first.bandKeys(i);
    }
    TemplateIndex restored = new TemplateIndex(PARAMS);
    restored.restore(savedSh, savedKeys, first.labels());
    restored.add(Arrays.copyOfRange(docs, 200, 300), Arrays.copyOfRange(keys, 200, 300), FOUR);
    assertThat(restored.labels()).isEqualTo(bruteForce(docs, keys));
  }

  @Test
  void exactDuplicatesJoinAndShortAdsStayAlone() {
    int[] text = {1, 2, 3, 4, 5, 6, 7, 8};
    int[] tiny = {1, 2};
    int[][] docs = {text, tiny, text.clone(), tiny.clone(), text.clone()};
    TemplateIndex index = new TemplateIndex(PARAMS);
    index.add(docs, keys(docs), ONE);
    assertThat(index.labels()).containsExactly(0, 1, 0, 3, 0);
  }
}
