package ca.threadline.extract.age;

import static ca.threadline.extract.age.AgeContext.bound;
import static ca.threadline.extract.age.AgeContext.boundAfterUnit;
import static ca.threadline.extract.age.AgeContext.contextBefore;
import static ca.threadline.extract.age.AgeContext.endsStatement;
import static ca.threadline.extract.age.AgeContext.notOwnAgeBefore;
import static ca.threadline.extract.age.AgeContext.placeAfter;
import static ca.threadline.extract.age.AgeContext.requirementBefore;
import static ca.threadline.extract.age.AgeContext.skipSpaces;
import static ca.threadline.extract.age.AgeContext.wordAt;
import static ca.threadline.extract.age.AgeContext.wordBefore;
import static ca.threadline.extract.age.AgeContext.wordStart;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import ca.threadline.extract.Language;
import ca.threadline.extract.SelectorFinder;
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
  private static final String ANS_UNIT = "\\s?ans(?![\\p{L}\\p{N}])";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  // Patterns that start at a two-digit number: tried with lookingAt() at each such number only.
  private static final Pattern OLD = Pattern.compile(NUM + OLD_UNIT, FLAGS);
  private static final Pattern ANS = Pattern.compile(NUM + ANS_UNIT, FLAGS);
  private static final Pattern YEARS = Pattern.compile(NUM + "\\s?(?:yrs?|years?)\\.?(?![\\p{L}\\p{N}])", FLAGS);
  // After "age 45", "âgée de 22": the unit is part of the statement when written.
  private static final Pattern LABEL_UNIT =
      Pattern.compile("\\s?(?:ans|yo|y/o|years?(?:\\s?old)?|yrs?(?:\\s?old)?)(?![\\p{L}\\p{N}])", FLAGS);
  private static final Set<String> LABELS = Set.of("age", "aged", "agee", "agees");
  private static final Set<String> LABEL_LINKS = Set.of("is", "est", "de", "environ");
  // Ages in words: whole-text search, only when a tens word is present.
  private static final Pattern OLD_WORDS = Pattern.compile("\\b" + WORD_NUM + OLD_UNIT, FLAGS);
  private static final Pattern ANS_WORDS = Pattern.compile("\\b" + WORD_NUM + ANS_UNIT, FLAGS);
  // "age twenty-two", "Âge : vingt-cinq": a label before a number in words.
  // "I'm twenty-five": "I'm" before a number in words, ending the statement.
  private static final Pattern IM_WORDS =
      Pattern.compile("(?<![\\p{L}])(?:i'm|i’m|im|i am)\\s" + WORD_NUM + "(?![\\p{L}-])", FLAGS);
  private static final Pattern LABEL_WORDS =
      Pattern.compile("(?<![\\p{L}])(?:age|aged|âge|âgée|agee)\\s?[:=-]?\\s?" + WORD_NUM + "(?![\\p{L}-])", FLAGS);
  private static final String[] TENS_WORDS =
      {"teen", "twenty", "thirty", "forty", "fifty", "sixty", "vingt", "trente", "quarante", "cinquante", "soixante",
       "seize", "dix-"};

  @Override
  public void find(String text, Language language, List<Selector> out) {
    List<int[]> found = new ArrayList<>();
    Matcher old = null;
    Matcher ans = null;
    Matcher years = null;
    Matcher unit = null;
    int len = text.length();
    for (int p = 0; p + 1 < len; p++) {
      if (!isDigit(text.charAt(p)) || !isDigit(text.charAt(p + 1)) || (p > 0 && isDigit(text.charAt(p - 1)))
          || (p + 2 < len && isDigit(text.charAt(p + 2)))) {
        continue;
      }
      if (old == null) {
        old = OLD.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        ans = ANS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        years = YEARS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        unit = LABEL_UNIT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      int windowEnd = Math.min(len, p + 40);
      if (old.region(p, windowEnd).lookingAt() && !boundAfterUnit(text, old.end())) {
        // "25 years old minimum", "18 yo and over": a bound, not someone's age
        add(text, found, old.start(), old.end(), Integer.parseInt(old.group("n")), MIN_STRONG);
      }
      if (ans.region(p, windowEnd).lookingAt()) {
        french(text, found, ans.start(), ans.end(), p, Integer.parseInt(ans.group("n")));
      }
      if (years.region(p, windowEnd).lookingAt()) {
        // "I am 24 yrs. They say": the period after "yrs" abbreviates and ends the statement at once
        int yearsEnd = text.charAt(years.end() - 1) == '.' ? years.end() - 1 : years.end();
        if (!AgeWords.DURATION_BEFORE.contains(wordBefore(text, p)) && endsStatement(text, yearsEnd)
            && !contextBefore(text, p, AgeWords.DURATION_CONTEXT)) {
          add(text, found, years.start(), years.end(), Integer.parseInt(years.group("n")), MIN_WEAK);
        }
      }
      int labelStart = labelBefore(text, p);
      if (labelStart >= 0 && !notOwnAgeBefore(text, labelStart)) {
        int end = unit.region(p + 2, windowEnd).lookingAt() ? unit.end() : p + 2;
        if (!bound(text, end)) {
          add(text, found, labelStart, end, Integer.parseInt(text.substring(p, p + 2)), MIN_STRONG);
        }
      }
      if (wordBefore(text, p).equals("turned") && endsStatement(text, p + 2)) {
        add(text, found, wordStart(text, p), p + 2, Integer.parseInt(text.substring(p, p + 2)), MIN_STRONG); // "just turned 19!"
      }
      if (afterIm(text, p) && (endsStatement(text, p + 2) || yearsWord(text, p + 2))) {
        add(text, found, p, p + 2, Integer.parseInt(text.substring(p, p + 2)), MIN_WEAK);
      }
      if (NameAge.statementAt(text, p) >= 0 || NameAge.introducedAt(text, p)) {
        int n = Integer.parseInt(text.substring(p, p + 2));
        if (n <= NameAge.MAX) {
          add(text, found, p, p + 2, n, NameAge.MIN);
        }
      }
    }
    if (mayHoldTensWord(text)) {
      Matcher m = OLD_WORDS.matcher(text);
      while (m.find()) {
        add(text, found, m.start(), m.end(), NumberWords.value(m.group("w")), MIN_STRONG);
      }
      m = ANS_WORDS.matcher(text);
      while (m.find()) {
        french(text, found, m.start(), m.end(), m.start(), NumberWords.value(m.group("w")));
      }
      m = IM_WORDS.matcher(text);
      while (m.find()) {
        if (endsStatement(text, m.end())) {
          add(text, found, m.start(), m.end(), NumberWords.value(m.group("w")), MIN_WEAK);
        }
      }
      m = LABEL_WORDS.matcher(text);
      while (m.find()) {
        if (!notOwnAgeBefore(text, m.start())) {
          add(text, found, m.start(), m.end(), NumberWords.value(m.group("w")), MIN_STRONG);
        }
      }
    }
    emit(found, out);
  }

  /**
   * Start of an age label that ends right before the number at {@code p} ("age 45", "Age: 19",
   * "âge : 27", "âgée de 22", "age is 30"), or -1. The plural "ages" introduces a range
   * ("ages 18-35"), never one person's age.
   */
  private static int labelBefore(String text, int p) {
    int i = p;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    if (i > 0 && ":=-–".indexOf(text.charAt(i - 1)) >= 0) {
      i--;
    } else if (LABEL_LINKS.contains(wordBefore(text, i))) {
      i = wordStart(text, i);
      if (i > 1 && text.charAt(i - 1) == '\'' && text.charAt(i - 2) == 'd') {
        i -= 2; // "d'environ"
      }
    }
    String label = wordBefore(text, i);
    if (!LABELS.contains(label)) {
      return -1;
    }
    return wordStart(text, i);
  }

  /** The number at {@code p} follows "I'm", "I am" or "im". */
  private static boolean afterIm(String text, int p) {
    String w = wordBefore(text, p);
    if (w.equals("im")) {
      return true;
    }
    if (w.equals("m") || w.equals("am")) {
      return wordBefore(text, wordStart(text, p)).equals("i");
    }
    return false;
  }

  /**
   * "I am 24 years yung", "I am 24 yeras old", "I'm 24 yearrs young": after "I am" a word in "y"
   * right after the number is the unit of an age, however misspelt (copy-pasted ads carry typing
   * slips); "I am 24 and…" is read by {@link AgeContext#endsStatement}.
   */
  private static boolean yearsWord(String text, int end) {
    int i = skipSpaces(text, end);
    if (i == end || i >= text.length()) {
      return false;
    }
    String w = wordAt(text, i);
    return w.length() >= 2 && w.length() <= 7 && w.charAt(0) == 'y' && !w.equals("you") && !w.equals("your");
  }

  /** "N ans": an age unless a duration word comes before or after it; strong after "j'ai". */
  private static void french(String text, List<int[]> found, int start, int end, int numberStart, int age) {
    String before = wordBefore(text, numberStart);
    boolean jai = before.equals("ai") || before.equals("jai");
    boolean de = before.equals("de") && AgeWords.PERSON_BEFORE_DE.contains(wordBefore(text, wordStart(text, numberStart)));
    if (!jai && !de && (AgeWords.DURATION_BEFORE.contains(before) || contextBefore(text, numberStart, AgeWords.DURATION_CONTEXT))) {
      return;
    }
    int next = skipSpaces(text, end);
    if (bound(text, end)
        || (AgeWords.REJECT_AFTER.contains(wordAt(text, next)) && !placeAfter(text, next) && !AgeContext.touringAfter(text, next))) {
      return;
    }
    add(text, found, start, end, age, jai || de ? MIN_STRONG : MIN_WEAK);
  }

  /** Whether a tens word ("twenty", "vingt", "-teen") occurs, before running the word patterns. */
  private static boolean mayHoldTensWord(String text) {
    for (int i = 0; i + 4 <= text.length(); i++) {
      char c = (char) (text.charAt(i) | 0x20);
      if ("tfsvqcd".indexOf(c) < 0) {
        continue;
      }
      for (String w : TENS_WORDS) {
        // c is an ASCII lower-case letter here, as is every word's first letter: compare it
        // before the whole region.
        if (w.charAt(0) == c && text.regionMatches(true, i, w, 0, w.length())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
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

}
