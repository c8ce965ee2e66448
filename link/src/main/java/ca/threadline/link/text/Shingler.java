package ca.threadline.link.text;

import ca.threadline.link.minhash.Hashing;
import java.util.Arrays;

/**
 * Word w-shingles of a {@link MaskedText}, hashed to 32 bits, as a sorted set without duplicates.
 *
 * <p>Why 3-word shingles: on short, edited ads, 5-grams (InfoShield's choice) leave too few intact
 * shingles after a handful of edits and 2-grams are shared by unrelated ads of one genre; our
 * measurements (research notes §1.4 and docs/linking.md) put 3 at the sweet spot, provided the
 * candidates are verified by exact Jaccard.
 *
 * <p>When {@code withinSentences} is set, shingles do not cross sentence boundaries, so moving a
 * sentence (a common edit between reposts) changes no shingle; a sentence shorter than w words
 * gives one shingle of all its words (if it has at least two), so "Call ⟨phone⟩" still counts.
 *
 * <p>32-bit hashes collide for a given pair of distinct shingles with probability 2^-32; across the
 * ~50×50 comparisons of two ads that shifts Jaccard by one shingle about once in a million pairs,
 * far below the noise of editing. Stateless and thread-safe.
 */
public final class Shingler {
  private final int width;
  private final boolean withinSentences;

  public Shingler(int width, boolean withinSentences) {
    if (width < 1) {
      throw new IllegalArgumentException("width must be >= 1");
    }
    this.width = width;
    this.withinSentences = withinSentences;
  }

  public int width() {
    return width;
  }

  public boolean withinSentences() {
    return withinSentences;
  }

  public int[] shingles(MaskedText text) {
    int n = text.size();
    long[] th = new long[n];
    for (int i = 0; i < n; i++) {
      th[i] = Hashing.hash(text.tokens()[i]);
    }
    int[] out = new int[Math.max(1, n)];
    int count = 0;
    int from = 0;
    while (from < n) {
      int to = from + 1;
      if (withinSentences) {
        while (to < n && !text.sentenceStart()[to]) {
          to++;
        }
      } else {
        to = n;
      }
      int len = to - from;
      if (len >= width) {
        for (int s = from; s + width <= to; s++) {
          out[count++] = shingle(th, s, width);
        }
      } else if (len >= 2 || (!withinSentences && len >= 1)) {
        out[count++] = shingle(th, from, len);
      }
      from = to;
    }
    int[] set = Arrays.copyOf(out, count);
    Arrays.sort(set);
    return distinct(set);
  }

  private static int shingle(long[] th, int from, int len) {
    long h = len;
    for (int k = 0; k < len; k++) {
      h = Hashing.combine(h, th[from + k]);
    }
    return (int) (h ^ (h >>> 32));
  }

  static int[] distinct(int[] sorted) {
    if (sorted.length < 2) {
      return sorted;
    }
    int w = 1;
    for (int r = 1; r < sorted.length; r++) {
      if (sorted[r] != sorted[w - 1]) {
        sorted[w++] = sorted[r];
      }
    }
    return w == sorted.length ? sorted : Arrays.copyOf(sorted, w);
  }
}
