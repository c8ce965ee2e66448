package ca.threadline.extract.age;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import ca.threadline.extract.Language;
import ca.threadline.extract.SelectorFinder;
import ca.threadline.extract.geo.Fold;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the stated age of the person advertised, in English and French: "19yo", "27 y/o",
 * "28y.o.", "21 yrs old", "38 years old", "19yrs", "age 45", "Age: 19", "âge : 27", "âgée de 22
 * ans", "22 ans", "32ans", "j'ai 31 ans", "I'm 22", and the same with number words ("twenty-two
 * years old", "vingt-deux ans"). Canonical value: the number ("19").
 *
 * <p>Not ages: durations and experience ("5 years experience", "depuis 10 ans", "3 ans
 * d'expérience", "for 20 years"), requirements and bounds ("18+", "18 ans et plus", "must be 18 or
 * older", "age 18-25"), "24/7", years ("since 2019"). Range: 14–70 where a unit says the number is
 * an age ("yo", "years old", "j'ai … ans", "age:"); 16–70 for forms that could be something else
 * ("19yrs", "22 ans", "I'm 22"). Statements under 18 are reported, not filtered: they are what an
 * investigator most needs to see.
 */
public final class AgeFinder implements SelectorFinder {
  private static final int MIN_STRONG = 14;
  private static final int MIN_WEAK = 16;
  private static final int MAX = 70;

  private static final String NUM = "(?<![\\d.,$/:+#-])(?<n>\\d{2})(?!\\d)";
  private static final String WORD_NUM =
      "(?<w>(?:twenty|thirty|forty|fifty|sixty)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
          + "|sixteen|seventeen|eighteen|nineteen"
          + "|(?:vingt|trente|quarante|cinquante|soixante)(?:[\\s-](?:et[\\s-])?(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf))?"
          + "|seize|dix-sept|dix-huit|dix-neuf)";
  private static final String OLD_UNIT =
      "\\s?-?\\s?(?:yo|y/o|y\\.o\\.?|y-o|yrs?\\.?[\\s-]?old|years?[\\s-]old|years? of age)(?![\\p{L}\\p{N}])";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern OLD = Pattern.compile("(?:" + NUM + "|\\b" + WORD_NUM + ")" + OLD_UNIT, FLAGS);
  private static final Pattern YEARS = Pattern.compile(NUM + "\\s?(?:yrs?|years?)\\.?(?![\\p{L}\\p{N}])", FLAGS);
  private static final Pattern ANS = Pattern.compile("(?:" + NUM + "|\\b" + WORD_NUM + ")\\s?ans(?![\\p{L}\\p{N}])", FLAGS);
  private static final Pattern LABEL =
      Pattern.compile("(?<![\\p{L}\\p{N}])(?:age|âge|aged|âgée?|agée?|agee?)\\s*(?:[:=\\-–]|is|est|de|d'environ)?\\s*"
          + "(?<n>\\d{2})(?!\\d)(?<unit>\\s?(?:ans|yo|y/o|years?(?:\\s?old)?|yrs?(?:\\s?old)?)(?![\\p{L}\\p{N}]))?", FLAGS);
  private static final Pattern IM =
      Pattern.compile("(?<![\\p{L}\\p{N}])(?:i'?m|i’m|i am|im)\\s+(?<n>\\d{2})(?!\\d)", FLAGS);
  private static final Pattern QUICK = Pattern.compile("\\d|twenty|thirty|forty|fifty|sixty|teen|vingt|trente|quarante|cinquante|soixante|seize|dix", FLAGS);

  @Override
  public void find(String text, Language language, List<Selector> out) {
    if (!QUICK.matcher(text).find()) {
      return;
    }
    List<int[]> found = new ArrayList<>();
    Matcher m = OLD.matcher(text);
    while (m.find()) {
      add(text, found, m.start(), m.end(), number(m), MIN_STRONG);
    }
    m = LABEL.matcher(text);
    while (m.find()) {
      if (!notOwnAgeBefore(text, m.start()) && !bound(text, m.end())) {
        add(text, found, m.start(), m.end(), Integer.parseInt(m.group("n")), MIN_STRONG);
      }
    }
    m = ANS.matcher(text);
    while (m.find()) {
      int start = m.group("n") != null ? m.start("n") : m.start("w");
      String before = wordBefore(text, start);
      boolean jai = before.equals("ai") || before.equals("jai");
      boolean de = before.equals("de") && AgeWords.PERSON_BEFORE_DE.contains(wordBefore(text, wordStart(text, start)));
      if (!jai && !de && AgeWords.DURATION_BEFORE.contains(before)) {
        continue;
      }
      if (bound(text, m.end()) || AgeWords.REJECT_AFTER.contains(wordAt(text, skipSpaces(text, m.end())))) {
        continue;
      }
      add(text, found, m.start(), m.end(), number(m), jai || de ? MIN_STRONG : MIN_WEAK);
    }
    m = YEARS.matcher(text);
    while (m.find()) {
      if (!AgeWords.DURATION_BEFORE.contains(wordBefore(text, m.start())) && endsStatement(text, m.end())) {
        add(text, found, m.start(), m.end(), number(m), MIN_WEAK);
      }
    }
    m = IM.matcher(text);
    while (m.find()) {
      if (endsStatement(text, m.end())) {
        add(text, found, m.start("n"), m.end(), Integer.parseInt(m.group("n")), MIN_WEAK);
      }
    }
    emit(found, out);
  }

  private static void add(String text, List<int[]> found, int start, int end, int age, int min) {
    if (age >= min && age <= MAX && !requirementBefore(text, start)) {
      found.add(new int[] {start, end, age});
    }
  }

  private static void emit(List<int[]> found, List<Selector> out) {
    found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    Set<Integer> seen = new HashSet<>();
    int taken = -1;
    for (int[] f : found) {
      if (f[0] < taken) {
        continue;
      }
      taken = f[1];
      if (seen.add(f[2])) {
        out.add(new Selector(SelectorType.AGE, Integer.toString(f[2]), new Span(f[0], f[1])));
      }
    }
  }

  private static int number(Matcher m) {
    String digits = m.group("n");
    return digits != null ? Integer.parseInt(digits) : NumberWords.value(m.group("w"));
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

  /** "19yrs" counts only at the end of a statement: end, line break, punctuation, emoji, "young". */
  private static boolean endsStatement(String text, int end) {
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
    return c != '/' && c != ':' && c != '%' && c != '$' && c != '\'' && c != '"' && c != '-' && c != '+';
  }

  /**
   * A requirement or bound earlier in the same clause: "Âge minimum : 18 ans", "clients must be
   * 18 years old", "at least 21 yo", "doit avoir 18 ans".
   */
  static boolean requirementBefore(String text, int start) {
    int from = start;
    int words = 0;
    while (from > 0 && words < 2) {
      char c = text.charAt(from - 1);
      if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ';' || c == '•' || c == '|') {
        break;
      }
      if (Character.isLetter(c) && (from - 1 == 0 || !Character.isLetter(text.charAt(from - 2)))) {
        words++;
      }
      from--;
    }
    String clause = Fold.of(text.substring(from, start));
    for (String w : clause.split("[^a-z]+")) {
      if (AgeWords.REQUIREMENT_BEFORE.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean notOwnAgeBefore(String text, int start) {
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

  private static int wordStart(String text, int pos) {
    int e = pos;
    while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\u00A0')) {
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

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
