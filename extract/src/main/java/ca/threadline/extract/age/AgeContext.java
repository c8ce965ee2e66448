package ca.threadline.extract.age;

import ca.threadline.extract.geo.Fold;
import ca.threadline.extract.words.Slips;
import java.util.Set;

/**
 * The words around a number that tell an age statement from a bound, a duration or a requirement:
 * what comes right before it ("must be", "depuis", "j'ai"), right after it ("+", "and over",
 * "minimum", "ans d'expérience") and where the statement ends. Shared by {@link AgeFinder}'s forms.
 */
final class AgeContext {
  private AgeContext() {}

  /**
   * "à", "in" or "at" before a capitalised word after "N ans": where the person is ("Belle
   * Haïtienne 27 ans à Montréal-Nord"), not a duration's complement ("2 ans à temps plein").
   */
  static boolean placeAfter(String text, int i) {
    String w = wordAt(text, i);
    if (!w.equals("a") && !w.equals("in") && !w.equals("at")) {
      return false;
    }
    int j = skipSpaces(text, i + (text.charAt(i) == 'à' || text.charAt(i) == 'À' ? 1 : w.length()));
    return j > i + w.length() && j < text.length() && Character.isUpperCase(text.charAt(j));
  }

  /**
   * "Justine 22 ans en tournée à Ottawa", "Laurence 33 ans de passage à Montréal", "27 ans en
   * visite": the person is touring, the "en"/"de" after "ans" starts no duration ("2 ans
   * d'expérience", "3 ans en poste" stay durations). Touring between cities is how these ads
   * announce a circuit.
   */
  static boolean touringAfter(String text, int i) {
    String w = wordAt(text, i);
    if (!w.equals("en") && !w.equals("de")) {
      return false;
    }
    String next = wordAt(text, skipSpaces(text, i + w.length()));
    // read with one typing slip ("en tourée", "de passgae"): see Slips
    return w.equals("en") ? Slips.like(next, "tournee") || Slips.like(next, "visite") || next.equals("ville")
        : Slips.like(next, "passage") || Slips.like(next, "retour");
  }

  /**
   * Whether what follows {@code end} makes the number a bound or a range rather than someone's
   * age: "+", "-25", "/7", "and over", "ou plus", "to 25", "à 25", "minimum", "requis".
   */
  static boolean bound(String text, int end) {
    int i = skipSpaces(text, end);
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    if (c == '+' || ((c == '-' || c == '–' || c == '/') && i + 1 < text.length() && Character.isDigit(text.charAt(skipSpaces(text, i + 1))))) {
      return true;
    }
    String next = wordAt(text, i);
    if (AgeWords.BOUND_AFTER.contains(next)) {
      return true;
    }
    if (next.equals("and") || next.equals("or") || next.equals("et") || next.equals("ou") || next.equals("a")
        || next.equals("to")) {
      int j = skipSpaces(text, i + next.length());
      if (j < text.length() && (text.charAt(j) == '+' || Character.isDigit(text.charAt(j)))) {
        return true;
      }
      return AgeWords.BOUND_AFTER_CONJUNCTION.contains(wordAt(text, j));
    }
    return false;
  }

  /**
   * After "N years old": "minimum", "and over", "or older", "+" make it a bound; another number
   * does not ("21yo and 24yo" are two people).
   */
  static boolean boundAfterUnit(String text, int end) {
    int i = skipSpaces(text, end);
    if (i >= text.length()) {
      return false;
    }
    if (text.charAt(i) == '+') {
      return true;
    }
    String next = wordAt(text, i);
    if (AgeWords.BOUND_AFTER.contains(next)) {
      return true;
    }
    if (next.equals("and") || next.equals("or") || next.equals("et") || next.equals("ou")) {
      return AgeWords.BOUND_AFTER_CONJUNCTION.contains(wordAt(text, skipSpaces(text, i + next.length())));
    }
    return false;
  }

  /** "19yrs" counts only at the end of a statement: end, line break, punctuation, emoji, "young". */
  static boolean endsStatement(String text, int end) {
    int i = end;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i >= text.length()) {
      return true;
    }
    char c = text.charAt(i);
    if (c == '\n' || c == '\r' || ",;!|•·)]}".indexOf(c) >= 0 || (c == '.' && (i + 1 >= text.length() || !Character.isDigit(text.charAt(i + 1))))) {
      return true;
    }
    if (Character.isLetterOrDigit(c)) {
      String w = wordAt(text, i);
      return w.equals("young") || w.equals("and") || w.equals("et") || w.equals("&");
    }
    if ((c == '-' || c == '–' || c == '—') && i > end && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
      return true; // "Skye - 25yrs - Quebec City": a spaced dash separates, it does not make a range
    }
    return c != '/' && c != ':' && c != '%' && c != '$' && c != '\'' && c != '"' && c != '-' && c != '+';
  }

  /**
   * A requirement or bound earlier in the same clause: "Âge minimum : 18 ans", "clients must be
   * 18 years old", "at least 21 yo", "doit avoir 18 ans".
   */
  static boolean requirementBefore(String text, int start) {
    if (contextBefore(text, start, Set.of("legal")) && contextBefore(text, start, Set.of("barely", "just"))) {
      return false; // "Barely legal 18yo": youth language about the person, not a requirement
    }
    return contextBefore(text, start, AgeWords.REQUIREMENT_BEFORE);
  }

  /** One of {@code words} among the two words before {@code start}, in the same clause. */
  static boolean contextBefore(String text, int start, Set<String> words) {
    int i = start;
    for (int seen = 0; seen < 2; seen++) {
      while (i > 0 && !Character.isLetter(text.charAt(i - 1))) {
        char c = text.charAt(i - 1);
        // "No under 21 ~ Daisy, 27": a tilde separates sentences in ads as a period does
        if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ';' || c == '•' || c == '|' || c == '~') {
          return false;
        }
        i--;
      }
      int end = i;
      while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
        i--;
      }
      if (i == end) {
        return false;
      }
      if (end - i <= 12 && words.contains(Fold.of(text.substring(i, end)))) {
        return true;
      }
    }
    return false;
  }

  static boolean notOwnAgeBefore(String text, int start) {
    return AgeWords.NOT_OWN_AGE_BEFORE.contains(wordBefore(text, start));
  }

  /** The folded word that ends right before {@code pos} (spaces between allowed), or "". */
  static String wordBefore(String text, int pos) {
    int e = pos;
    while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\u00A0' || text.charAt(e - 1) == '\'' || text.charAt(e - 1) == '’')) {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return Fold.of(text.substring(s, e));
  }

  /** Start of the word {@link #wordBefore} reads. */
  static int wordStart(String text, int pos) {
    int e = pos;
    while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\u00A0' || text.charAt(e - 1) == '\'' || text.charAt(e - 1) == '’')) {
      e--;
    }
    while (e > 0 && Character.isLetter(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** The folded word starting at {@code i} (letters only), or "". */
  static String wordAt(String text, int i) {
    int e = i;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return Fold.of(text.substring(i, e));
  }

  static int skipSpaces(String text, int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
