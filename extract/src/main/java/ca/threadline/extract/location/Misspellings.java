package ca.threadline.extract.location;

import ca.threadline.extract.geo.Alias;
import ca.threadline.extract.geo.Gazetteer;
import ca.threadline.extract.geo.Place;
import ca.threadline.extract.geo.PopulationClass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one-letter misspellings of the larger cities' names: "Torronto", "Monteal", "Vancover",
 * "Winipeg", "Missisauga", "Calgray". Ads are typed fast on phones, and an investigator wants an
 * ad in "Torronto" filed under Toronto.
 *
 * <p>Kept narrow, since a near-miss of a word is not a place: only municipalities of 50,000 or
 * more (classes A–D) whose name is one word of seven letters or more with no matching flag (no
 * person, common-word or province homonym: not "Victoria", "Delta", "Québec"); the written word
 * must start with the same letter, be seven letters or more, and be at Damerau–Levenshtein
 * distance 1 (one letter inserted, dropped, changed, or two swapped) from exactly one name. A
 * seven-letter name only matches words as long or longer (a dropped letter would leave six, where
 * near-misses of ordinary words begin). Words known to be ordinary words at distance 1 are listed
 * in {@link #WORDS}.
 *
 * <p>Lookup is by symmetric deletion (Garbe's SymSpell): every name and every one-letter deletion
 * of it is indexed; a word and its one-letter deletions are looked up and each hit verified.
 */
final class Misspellings {
  private static final int MIN_LENGTH = 7;
  /** Ordinary words and brands one letter away from an indexed name ("calvary" / Calgary, "Brompton" bicycles). */
  private static final Set<String> WORDS = Set.of("calvary", "burlingame", "kitchenet", "brompton");

  private final Map<String, List<Place>> byDeletion = new HashMap<>();
  private final Map<String, Place> byName = new HashMap<>();
  /**
   * For each (first letter, length) a word may have, the letter sets (26-bit masks) of the names it
   * could misspell: one edit changes at most two bits of a word's letter set, so most words are
   * ruled out without building their folded key.
   */
  private final int[][][] masks = new int[26][64][];

  Misspellings(Gazetteer gazetteer) {
    for (Place p : gazetteer.places()) {
      if (p.populationClass().compareTo(PopulationClass.D) > 0 || !p.within().isEmpty()) {
        continue;
      }
      String key = Gazetteer.key(p.name());
      if (key.length() < MIN_LENGTH || key.indexOf(' ') >= 0 || !plainForm(gazetteer, key, p) || !ascii(key)) {
        continue;
      }
      byName.put(key, p);
      index(key, p);
      for (int i = 0; i < key.length(); i++) {
        index(key.substring(0, i) + key.substring(i + 1), p);
      }
      int first = key.charAt(0) - 'a';
      int mask = letters(key, 0, key.length());
      for (int len = key.length() - (key.length() > MIN_LENGTH ? 1 : 0); len <= key.length() + 1 && len < 64; len++) {
        int[] old = masks[first][len];
        int[] grown = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
        grown[grown.length - 1] = mask;
        masks[first][len] = grown;
      }
    }
  }

  private static boolean plainForm(Gazetteer gazetteer, String key, Place p) {
    for (Alias a : gazetteer.candidates(key)) {
      if (a.place() != p || a.needsQualifier() || a.personName() || a.exactCase() != null || a.provinceHomonym()) {
        return false; // "Windsor" in two provinces, "Victoria" the name, "Québec" the province
      }
    }
    return true;
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < 'a' || s.charAt(i) > 'z') {
        return false;
      }
    }
    return true;
  }

  private void index(String s, Place p) {
    List<Place> list = byDeletion.computeIfAbsent(s, k -> new ArrayList<>(1));
    if (!list.contains(p)) {
      list.add(p);
    }
  }

  /**
   * Cheap pre-test on the word {@code text[start, end)} as written, allocating nothing: its first
   * letter, length and letter set can belong to a misspelling of some name.
   */
  boolean mayMatch(CharSequence text, int start, int end) {
    int length = end - start;
    if (length < MIN_LENGTH || length >= 64) {
      return false;
    }
    char f = ca.threadline.extract.geo.Fold.fold(text.charAt(start));
    if (f < 'a' || f > 'z') {
      return false;
    }
    int[] candidates = masks[f - 'a'][length];
    if (candidates == null) {
      return false;
    }
    int mask = letters(text, start, end);
    for (int m : candidates) {
      if (Integer.bitCount(m ^ mask) <= 2) {
        return true;
      }
    }
    return false;
  }

  /** The set of letters a-z in {@code s[start, end)} (folded) as a 26-bit mask. */
  private static int letters(CharSequence s, int start, int end) {
    int mask = 0;
    for (int i = start; i < end; i++) {
      char c = ca.threadline.extract.geo.Fold.fold(s.charAt(i));
      if (c >= 'a' && c <= 'z') {
        mask |= 1 << (c - 'a');
      }
    }
    return mask;
  }

  /** The one place the folded word {@code w} misspells, or {@code null}. */
  Place lookup(String w) {
    int n = w.length();
    if (n < MIN_LENGTH || n >= 64 || !ascii(w) || masks[w.charAt(0) - 'a'][n] == null || byName.containsKey(w)
        || WORDS.contains(w)) {
      return null;
    }
    Place found = null;
    for (int i = -1; i < n; i++) {
      String probe = i < 0 ? w : w.substring(0, i) + w.substring(i + 1);
      List<Place> hits = byDeletion.get(probe);
      if (hits == null) {
        continue;
      }
      for (Place p : hits) {
        String name = Gazetteer.key(p.name());
        if (name.charAt(0) != w.charAt(0) || (name.length() == MIN_LENGTH && n < MIN_LENGTH) || distance(w, name) != 1) {
          continue;
        }
        if (found != null && found != p) {
          return null; // two names one letter away: no guess
        }
        found = p;
      }
    }
    return found;
  }

  /** Optimal-string-alignment distance (Damerau–Levenshtein with adjacent swaps), capped at 2. */
  static int distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > 1) {
      return 2;
    }
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return Math.min(d[n][m], 2);
  }
}
