package ca.threadline.link.minhash;

/** Exact Jaccard similarity of two sets given as sorted arrays of distinct ints. */
public final class Jaccard {
  private Jaccard() {}

  public static double of(int[] a, int[] b) {
    if (a.length == 0 && b.length == 0) {
      return 0;
    }
    int inter = intersection(a, b);
    return (double) inter / (a.length + b.length - inter);
  }

  /** Size of the intersection; both arrays sorted ascending without duplicates. */
  public static int intersection(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      int x = a[i];
      int y = b[j];
      if (x == y) {
        n++;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  /**
   * Whether {@code J(a,b) >= threshold}, stopping early when the sizes alone rule it out (the
   * Jaccard of sets of sizes p <= q is at most p/q).
   */
  public static boolean atLeast(int[] a, int[] b, double threshold) {
    int p = Math.min(a.length, b.length);
    int q = Math.max(a.length, b.length);
    if (q == 0 || p < threshold * q) {
      return false;
    }
    int inter = intersection(a, b);
    return inter >= threshold * (a.length + b.length - inter);
  }
}
