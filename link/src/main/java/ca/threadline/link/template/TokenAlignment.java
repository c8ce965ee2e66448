package ca.threadline.link.template;

import java.util.Arrays;

/**
 * Global alignment of two token sequences by longest common subsequence (unit costs, ties broken
 * towards the earliest match), the pairwise step of a center-star multiple alignment (Gusfield
 * 1993): each ad of a cluster is aligned to one central ad, and columns are the central ad's
 * tokens.
 */
final class TokenAlignment {
  /** Sequences longer than this are cut for alignment (cost grows with the product of lengths). */
  static final int MAX_TOKENS = 400;

  private TokenAlignment() {}

  /**
   * For each position of {@code center}, the index of the token of {@code other} aligned to it
   * (equal tokens only), or -1.
   */
  static int[] align(String[] center, String[] other) {
    int n = Math.min(center.length, MAX_TOKENS);
    int m = Math.min(other.length, MAX_TOKENS);
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = center[i].equals(other[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int[] match = new int[center.length];
    Arrays.fill(match, -1);
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (center[i].equals(other[j]) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
        match[i++] = j++;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return match;
  }
}
