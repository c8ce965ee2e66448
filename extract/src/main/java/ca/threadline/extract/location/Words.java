package ca.threadline.extract.location;

import ca.threadline.extract.geo.Fold;

/**
 * The words of a text as the location finder sees them: maximal runs of letters, digits, combining
 * marks and underscores (so {@code kali_yyz} stays one word and never reads as "YYZ"), each with
 * its span and folded key. Built once per text; arrays, not objects, because it runs on every ad.
 */
final class Words {
  final String text;
  final int[] start;
  final int[] end;
  final String[] key;
  final int size;

  private Words(String text, int[] start, int[] end, String[] key, int size) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.key = key;
    this.size = size;
  }

  static Words of(String text) {
    int cap = Math.max(8, text.length() / 4);
    int[] start = new int[cap];
    int[] end = new int[cap];
    int n = 0;
    int i = 0;
    int len = text.length();
    while (i < len) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < len && isWordChar(text.charAt(i))) {
        i++;
      }
      if (n == start.length) {
        start = java.util.Arrays.copyOf(start, n * 2);
        end = java.util.Arrays.copyOf(end, n * 2);
      }
      start[n] = s;
      end[n] = i;
      n++;
    }
    String[] key = new String[n];
    StringBuilder sb = new StringBuilder(16);
    for (int k = 0; k < n; k++) {
      sb.setLength(0);
      Fold.append(text, start[k], end[k], sb);
      key[k] = sb.toString();
    }
    return new Words(text, start, end, key, n);
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /**
   * Whether words {@code k} and {@code k + 1} may belong to one place name: only spaces, hyphens,
   * periods and apostrophes between them ("Trois-Rivières", "St. John's", "Sault Ste. Marie").
   */
  boolean joinable(int k) {
    int from = end[k];
    int to = start[k + 1];
    if (to - from > 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\u00A0' && c != '-' && c != '–' && c != '.' && c != '\'' && c != '’') {
        return false;
      }
    }
    return true;
  }
}
