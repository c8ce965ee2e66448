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
   * Whether {@code J(a,b) >= threshold}. Equivalent to {@code of(a, b) >= threshold}, but stops as
   * soon as the answer is known: J >= t exactly when the intersection reaches
   * {@code ceil(t (|a| + |b|) / (1 + t))}, so the merge ends when that count is reached or can no
   * longer be (too few elements left on either side). Most candidate pairs are clear rejections.
   */
  public static boolean atLeast(int[] a, int[] b, double threshold) {
    int na = a.length;
    int nb = b.length;
    if (na + nb == 0) {
      return false;
    }
    // smallest intersection n with n >= t (na + nb - n), i.e. n >= t (na + nb) / (1 + t)
    double bound = threshold * (na + nb) / (1 + threshold);
    int need = (int) Math.ceil(bound - 1e-9);
    if (need > Math.min(na, nb)) {
      return false;
    }
    if (need <= 0) {
      return true;
    }
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < na && j < nb) {
      int x = a[i];
      int y = b[j];
      if (x == y) {
        if (++n >= need) {
          return true;
        }
        i++;
        j++;
      } else if (x < y) {
        i++;
        if (n + na - i < need) {
          return false;
        }
      } else {
        j++;
        if (n + nb - j < need) {
          return false;
        }
      }
    }
    return false;
  }
}
