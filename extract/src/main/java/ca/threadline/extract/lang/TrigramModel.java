package ca.threadline.extract.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Character-trigram evidence for words the word lists do not know (names aside: misspellings,
 * slang, run-together words such as "septhuit"). Trained at start-up from two small texts written
 * for Threadline ({@code corpus-en.txt}, {@code corpus-fr.txt}) plus the word lists themselves.
 *
 * <p>For a trigram t, {@code ratio(t) = ln P_fr(t) - ln P_en(t)} with add-½ smoothing; positive
 * means French. Words are folded (lower case, no accents) and padded with a space on each side, so
 * word starts and ends count ("eau ", " wh"). Trigrams unseen in both texts score 0.
 */
final class TrigramModel {
  private static final double ALPHA = 0.5;
  private static final float CLIP = 2.5f;

  private final long[] keys;
  private final float[] values;
  private final int mask;

  private TrigramModel(Map<Long, Float> ratios) {
    int cap = Integer.highestOneBit(Math.max(16, ratios.size() * 2 + 1)) << 1;
    keys = new long[cap];
    values = new float[cap];
    mask = cap - 1;
    java.util.Arrays.fill(keys, -1L);
    ratios.forEach(
        (k, v) -> {
          int h = slot(k);
          while (keys[h] != -1L) {
            h = (h + 1) & mask;
          }
          keys[h] = k;
          values[h] = v;
        });
  }

  static TrigramModel train(List<String> englishText, List<String> frenchText) {
    Map<Long, int[]> en = count(englishText);
    Map<Long, int[]> fr = count(frenchText);
    long nEn = en.values().stream().mapToLong(a -> a[0]).sum();
    long nFr = fr.values().stream().mapToLong(a -> a[0]).sum();
    java.util.Set<Long> all = new java.util.HashSet<>(en.keySet());
    all.addAll(fr.keySet());
    double v = all.size();
    Map<Long, Float> ratios = new HashMap<>();
    for (long k : all) {
      int ce = en.getOrDefault(k, new int[1])[0];
      int cf = fr.getOrDefault(k, new int[1])[0];
      double r = Math.log((cf + ALPHA) / (nFr + ALPHA * v)) - Math.log((ce + ALPHA) / (nEn + ALPHA * v));
      ratios.put(k, (float) Math.max(-CLIP, Math.min(CLIP, r)));
    }
    return new TrigramModel(ratios);
  }

  private static Map<Long, int[]> count(List<String> lines) {
    Map<Long, int[]> counts = new HashMap<>();
    StringBuilder word = new StringBuilder();
    for (String line : lines) {
      if (line.startsWith("#")) {
        continue;
      }
      for (int i = 0; i <= line.length(); ) {
        int cp = i < line.length() ? line.codePointAt(i) : ' ';
        i += i < line.length() ? Character.charCount(cp) : 1;
        if (Character.isLetter(cp)) {
          TextFold.fold(cp, word);
        } else if (!word.isEmpty()) {
          String w = " " + word + " ";
          for (int j = 0; j + 3 <= w.length(); j++) {
            counts.computeIfAbsent(key(w.charAt(j), w.charAt(j + 1), w.charAt(j + 2)), x -> new int[1])[0]++;
          }
          word.setLength(0);
        }
      }
    }
    return counts;
  }

  static long key(char a, char b, char c) {
    return ((long) a << 32) | ((long) b << 16) | c;
  }

  private int slot(long k) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29)) & mask;
  }

  /** The mean trigram ratio of {@code folded[0, len)} padded with spaces; positive means French. */
  float meanRatio(CharSequence folded, int len) {
    if (len == 0) {
      return 0;
    }
    float sum = 0;
    int n = 0;
    char a = ' ';
    char b = folded.charAt(0);
    for (int i = 1; i <= len; i++) {
      char c = i < len ? folded.charAt(i) : ' ';
      sum += ratio(key(a, b, c));
      n++;
      a = b;
      b = c;
    }
    return sum / n;
  }

  private float ratio(long k) {
    int h = slot(k);
    while (true) {
      long stored = keys[h];
      if (stored == k) {
        return values[h];
      }
      if (stored == -1L) {
        return 0;
      }
      h = (h + 1) & mask;
    }
  }
}
