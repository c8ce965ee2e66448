package ca.threadline.link.template;

import ca.threadline.link.graph.UnionFind;
import ca.threadline.link.minhash.Hashing;
import ca.threadline.link.minhash.Jaccard;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Template clusters of a growing set of ads: the connected components of the graph whose edges are
 * the LSH candidate pairs (ads sharing all MinHash rows of at least one band) whose exact Jaccard
 * similarity reaches the threshold, plus edges between ads with identical shingle sets.
 *
 * <p>Invariants (they make the result independent of thread count, batch boundaries and the order
 * of work):
 *
 * <ul>
 *   <li>Whether a pair is an edge depends only on the two ads (their band keys and shingle sets),
 *       never on other ads, the order of arrival or the thread that verified it.
 *   <li>{@link #add} considers every pair with at least one new ad that shares a bucket; pairs of
 *       two old ads were considered when the later of the two was added. So after any sequence of
 *       batches, every edge of the full graph has been seen once.
 *   <li>A pair already in one component is not verified: the edge could not change the partition.
 *       This skip depends on timing, the partition does not.
 *   <li>Among ads with identical shingle sets, only the first (lowest index) enters the LSH
 *       buckets; the others are joined to it directly. Their edges to any other ad would equal the
 *       first one's, so the components are the same. A spam blast of one text costs O(n), not
 *       O(n²).
 *   <li>Ads with fewer than {@code minShingles} shingles take part in nothing and stay singletons.
 *   <li>Within a bucket (ads in input order), a pair is a candidate only if the earlier ad is among
 *       the bucket's first {@code bucketCap}. Appending ads never changes those first members, so
 *       the candidate set of the final corpus is the same however it was built up; a bucket of m
 *       look-alike ads costs at most {@code bucketCap · m} checks instead of m²/2. Near-duplicates
 *       in a huge bucket still meet one of its first members; two late members that share only
 *       that bucket are not compared (they usually share other bands).
 * </ul>
 *
 * <p>Not thread-safe; {@link #add} uses the given pool for sorting buckets and verifying pairs.
 */
public final class TemplateIndex {
  private static final int VERIFY_CHUNK = 1 << 14;

  private final TemplateParameters params;
  private final int bands;
  private int[][] shingles = new int[16][];
  private int[] bandKeys = new int[16 * 32];
  private final UnionFind uf = new UnionFind(0);
  /** Shingle-set hash → first ad with that set (exact-duplicate collapsing). */
  private final Map<Long, Integer> firstWithSet = new HashMap<>();
  /** Whether an ad is the LSH representative of its set (eligible and first with its set). */
  private boolean[] representative = new boolean[16];
  private int size;
  private long verifiedPairs;
  private long linkedPairs;

  public TemplateIndex(TemplateParameters params) {
    this.params = params;
    this.bands = params.bands();
  }

  public TemplateParameters parameters() {
    return params;
  }

  public int size() {
    return size;
  }

  /** Shingle set of ad {@code i} (sorted, distinct); do not modify. */
  public int[] shingles(int i) {
    return shingles[i];
  }

  /** Band keys of ad {@code i}, a copy. */
  public int[] bandKeys(int i) {
    return Arrays.copyOfRange(bandKeys, i * bands, (i + 1) * bands);
  }

  /** Candidate pairs verified by exact Jaccard so far (a cost figure for progress output). */
  public long verifiedPairs() {
    return verifiedPairs;
  }

  public long linkedPairs() {
    return linkedPairs;
  }

  public boolean eligible(int i) {
    return shingles[i].length >= params.minShingles();
  }

  /**
   * Adds ads with their shingle sets and band keys ({@code keys[k]} has {@code bands} entries) and
   * links them; returns nothing, read {@link #labels()} afterwards.
   */
  public void add(int[][] newShingles, int[][] keys, ForkJoinPool pool) {
    int first = size;
    int added = newShingles.length;
    ensure(first + added);
    uf.grow(first + added);
    for (int k = 0; k < added; k++) {
      int i = first + k;
      if (keys[k].length != bands) {
        throw new IllegalArgumentException("ad " + i + " has " + keys[k].length + " band keys, expected " + bands);
      }
      shingles[i] = newShingles[k];
      System.arraycopy(keys[k], 0, bandKeys, i * bands, bands);
    }
    size = first + added;
    for (int i = first; i < size; i++) {
      representative[i] = eligible(i) && !joinDuplicate(i);
    }
    linkCandidates(first, pool);
  }

  /** Restores ads from a saved state: sets, keys and the canonical labels of the components. */
  public void restore(int[][] savedShingles, int[][] keys, int[] labels) {
    if (size != 0) {
      throw new IllegalStateException("restore into an empty index only");
    }
    int n = savedShingles.length;
    ensure(n);
    UnionFind saved = UnionFind.fromLabels(labels);
    uf.grow(n);
    for (int i = 0; i < n; i++) {
      shingles[i] = savedShingles[i];
      System.arraycopy(keys[i], 0, bandKeys, i * bands, bands);
    }
    size = n;
    for (int i = 0; i < n; i++) {
      representative[i] = eligible(i) && !isDuplicate(i);
      if (saved.find(i) != i) {
        uf.union(i, saved.find(i));
      }
    }
  }

  /** For every ad, the smallest index in its template cluster. */
  public int[] labels() {
    return uf.canonicalLabels();
  }

  private boolean joinDuplicate(int i) {
    int[] set = shingles[i];
    Integer j = firstWithSet.putIfAbsent(setHash(set), i);
    if (j != null && Arrays.equals(shingles[j], set)) {
      uf.union(i, j);
      return true;
    }
    return false;
  }

  /** Like {@link #joinDuplicate} while restoring: unions are already in the saved labels. */
  private boolean isDuplicate(int i) {
    if (!eligible(i)) {
      return false;
    }
    int[] set = shingles[i];
    Integer j = firstWithSet.putIfAbsent(setHash(set), i);
    return j != null && Arrays.equals(shingles[j], set);
  }

  private static long setHash(int[] set) {
    return shingleSetHash(set);
  }

  /**
   * The hash under which ads with identical shingle sets are collapsed (the first ad with a set
   * enters the LSH buckets, later ones are joined to it when their sets are equal). Public so that
   * the Spark job collapses exactly the same ads.
   */
  public static long shingleSetHash(int[] set) {
    long h = set.length;
    for (int s : set) {
      h = Hashing.combine(h, s);
    }
    return h;
  }

  private void linkCandidates(int firstNew, ForkJoinPool pool) {
    int reps = 0;
    for (int i = 0; i < size; i++) {
      if (representative[i]) {
        reps++;
      }
    }
    boolean anyNew = false;
    for (int i = firstNew; i < size && !anyNew; i++) {
      anyNew = representative[i];
    }
    if (!anyNew) {
      return;
    }
    int[] repIds = new int[reps];
    for (int i = 0, r = 0; i < size; i++) {
      if (representative[i]) {
        repIds[r++] = i;
      }
    }
    Verifier verifier = new Verifier(pool);
    int parallel = Math.max(1, pool.getParallelism());
    for (int band0 = 0; band0 < bands; band0 += parallel) {
      int bandEnd = Math.min(bands, band0 + parallel);
      long[][] sorted = sortBands(band0, bandEnd, repIds, pool);
      for (long[] packed : sorted) {
        scanBuckets(packed, firstNew, verifier);
      }
    }
    verifier.flush();
  }

  /** Per band: (key, ad) packed into longs and sorted, so each bucket is a run of equal keys. */
  private long[][] sortBands(int band0, int bandEnd, int[] repIds, ForkJoinPool pool) {
    return invoke(
        pool,
        () ->
            IntStream.range(band0, bandEnd)
                .parallel()
                .mapToObj(
                    band -> {
                      long[] packed = new long[repIds.length];
                      for (int r = 0; r < repIds.length; r++) {
                        int ad = repIds[r];
                        packed[r] = ((long) bandKeys[ad * bands + band] << 32) | ad;
                      }
                      Arrays.sort(packed);
                      return packed;
                    })
                .toArray(long[][]::new));
  }

  private void scanBuckets(long[] packed, int firstNew, Verifier verifier) {
    int n = packed.length;
    int start = 0;
    int[] members = new int[16];
    int[] roots = new int[16];
    while (start < n) {
      int key = (int) (packed[start] >> 32);
      int end = start + 1;
      while (end < n && (int) (packed[end] >> 32) == key) {
        end++;
      }
      int m = end - start;
      // members are in ascending ad order; a bucket without a new ad was seen before
      if (m > 1 && (int) packed[end - 1] >= firstNew) {
        if (members.length < m) {
          members = new int[m];
          roots = new int[m];
        }
        for (int k = 0; k < m; k++) {
          members[k] = (int) packed[start + k];
          roots[k] = uf.find(members[k]);
        }
        int cap = params.bucketCap();
        for (int y = 1; y < m; y++) {
          int b = members[y];
          if (b < firstNew) {
            continue;
          }
          for (int x = 0, xEnd = Math.min(y, cap); x < xEnd; x++) {
            if (roots[x] != roots[y] && uf.find(members[x]) != uf.find(b)) {
              verifier.offer(members[x], b);
            }
          }
          roots[y] = uf.find(b);
        }
      }
      start = end;
    }
  }

  /** Verifies candidate pairs in parallel chunks, then applies the unions in one thread. */
  private final class Verifier {
    private final ForkJoinPool pool;
    private final long[] pairs = new long[VERIFY_CHUNK];
    private int count;

    Verifier(ForkJoinPool pool) {
      this.pool = pool;
    }

    void offer(int a, int b) {
      pairs[count++] = ((long) a << 32) | (b & 0xffffffffL);
      if (count == pairs.length) {
        flush();
      }
    }

    void flush() {
      if (count == 0) {
        return;
      }
      int c = count;
      double t = params.threshold();
      boolean[] ok = new boolean[c];
      invoke(
          pool,
          () -> {
            IntStream.range(0, c)
                .parallel()
                .forEach(k -> ok[k] = Jaccard.atLeast(shingles[(int) (pairs[k] >>> 32)], shingles[(int) pairs[k]], t));
            return null;
          });
      verifiedPairs += c;
      for (int k = 0; k < c; k++) {
        if (ok[k] && uf.union((int) (pairs[k] >>> 32), (int) pairs[k])) {
          linkedPairs++;
        }
      }
      count = 0;
    }
  }

  private void ensure(int capacity) {
    if (capacity > shingles.length) {
      int cap = Math.max(capacity, shingles.length + (shingles.length >> 1));
      shingles = Arrays.copyOf(shingles, cap);
      representative = Arrays.copyOf(representative, cap);
      bandKeys = Arrays.copyOf(bandKeys, cap * bands);
    }
    if (bandKeys.length < capacity * bands) {
      bandKeys = Arrays.copyOf(bandKeys, shingles.length * bands);
    }
  }

  private static <T> T invoke(ForkJoinPool pool, java.util.concurrent.Callable<T> task) {
    try {
      return pool.submit(task).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
