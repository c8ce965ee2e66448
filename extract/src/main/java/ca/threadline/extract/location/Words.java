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
  private final String[] key;
  /** Words inside an e-mail address, URL or {@code @handle}: never place names. */
  final boolean[] masked;
  final int size;

  private Words(String text, int[] start, int[] end, String[] key, boolean[] masked, int size) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.key = key;
    this.masked = masked;
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
    return new Words(text, start, end, new String[n], mask(text, start, n), n);
  }

  /** The folded word {@code k}, computed on first use (most words are never looked at twice). */
  String key(int k) {
    String s = key[k];
    if (s == null) {
      StringBuilder sb = new StringBuilder(end[k] - start[k]);
      Fold.append(text, start[k], end[k], sb);
      s = sb.toString();
      key[k] = s;
    }
    return s;
  }

  /**
   * Marks the words of whitespace-separated chunks that are links, e-mail addresses or handles:
   * containing {@code @}, {@code ://}, {@code www.}, or a {@code /} after a dotted name
   * ("tryst.link/escort/luna-mtl").
   */
  private static boolean[] mask(String text, int[] start, int n) {
    boolean[] masked = new boolean[n];
    if (text.indexOf('@') < 0 && text.indexOf('/') < 0 && text.indexOf("www.") < 0) {
      return masked;
    }
    int w = 0;
    int i = 0;
    int len = text.length();
    while (i < len) {
      while (i < len && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int s = i;
      boolean at = false;
      boolean slashAfterDomain = false;
      int lastDot = -1;
      while (i < len && !Character.isWhitespace(text.charAt(i))) {
        char c = text.charAt(i);
        at |= c == '@';
        if (c == '.') {
          lastDot = i;
        } else if (c == '/' && lastDot >= 0 && i - lastDot >= 3) {
          // "tryst.link/..." but not "T.O./Hamilton": two or more letters between dot and slash.
          slashAfterDomain |= Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i - 2));
        }
        i++;
      }
      boolean link = at || slashAfterDomain || text.startsWith("www.", s) || text.substring(s, i).contains("://");
      while (w < n && start[w] < i) {
        if (start[w] >= s) {
          masked[w] = link;
        }
        w++;
      }
    }
    return masked;
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
