package ca.threadline.extract.words;

/**
 * One typing slip between a written word and the word meant: a letter doubled or added, dropped,
 * changed, or two neighbours swapped (Damerau–Levenshtein distance 1; Damerau 1964 found these four
 * make up about 80% of misspellings), with the first letter kept, as people rarely mistype it and
 * as the gazetteer's misspelling rule also requires. Copy-pasted ads carry such slips ("houur",
 * "demi-heeure", "visitng", "en tourée"); the age and price finders read their unit and tour
 * words through it.
 */
public final class Slips {
  private Slips() {}

  /**
   * {@code word} is {@code meant}, or (for a meant word of four letters or more, where one slip
   * still leaves the word recognisable) one slip from it with the same first letter. Both folded.
   */
  public static boolean like(String word, String meant) {
    if (word.equals(meant)) {
      return true;
    }
    if (meant.length() < 4 || word.length() < 3 || word.charAt(0) != meant.charAt(0) || Math.abs(word.length() - meant.length()) > 1) {
      return false;
    }
    return oneSlip(word, meant);
  }

  /** Damerau–Levenshtein distance exactly one between two different strings. */
  public static boolean oneSlip(String a, String b) {
    int la = a.length();
    int lb = b.length();
    int i = 0;
    while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (la == lb) {
      if (i == la) {
        return false;
      }
      if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
        return true; // one letter changed
      }
      return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.regionMatches(i + 2, b, i + 2, la - i - 2); // neighbours swapped
    }
    if (la == lb + 1) {
      return a.regionMatches(i + 1, b, i, lb - i); // one letter added
    }
    return lb == la + 1 && b.regionMatches(i + 1, a, i, la - i); // one letter dropped
  }
}
