package ca.threadline.extract.phone;

import ca.threadline.extract.text.FoldedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the groups of a text into {@link Run}s: a group joins the run before it when the gap
 * between them is a valid separator ({@link Separators}) and no {@code +} starts a new number.
 *
 * <p>Decoys removed here, before any number is read (after DIG/pnmatcher's preprocessing, which
 * strips dates and "24/7" before extraction):
 *
 * <ul>
 *   <li>Dates in plain digits with one repeated separator {@code - / .}, standing alone (not
 *       part of a longer chain such as "204/5/5/50/134"): {@code 2024-11-29},
 *       {@code 29/11/2024}, {@code 11.29.24} (year-month-day with a 19xx/20xx year, or
 *       day-month-year / month-day-year with plausible day and month).
 *   <li>{@code 24/7}, {@code 7/7}, {@code 24/24} ("open all hours").
 *   <li>Heights ({@code 5'1}, {@code 5’6"}): digits touching a foot or inch mark.
 *   <li>Body measurements ({@code 32-22-34}, {@code 80-55-103}) and amounts with a thousands
 *       comma standing apart ({@code 1,400 CAD}).
 * </ul>
 *
 * A masked group cuts the run, so a date's digits can neither form a number nor lend digits to
 * the number next to it.
 */
final class RunSplitter {
  private RunSplitter() {}

  static List<Run> split(FoldedText text, List<DigitGroup> groups) {
    List<Run> runs = new ArrayList<>();
    boolean[] masked = maskDecoys(text, groups);
    Builder run = new Builder(groups.size());
    for (int k = 0; k < groups.size(); k++) {
      DigitGroup g = groups.get(k);
      if (masked[k]) {
        run.flush(runs, -1);
        continue;
      }
      int plus = plusBefore(text, g);
      int gap = run.isEmpty() || plus >= 0
          ? Separators.INVALID
          : Separators.gap(text, run.last().end(), g.start());
      if (gap == Separators.INVALID) {
        run.flush(runs, plus);
        gap = 0;
      }
      run.add(g, gap);
    }
    run.flush(runs, -1);
    return runs;
  }

  private static final class Builder {
    private final List<DigitGroup> groups = new ArrayList<>();
    private final int[] gaps;
    private int plus = -1;

    Builder(int capacity) {
      gaps = new int[Math.max(1, capacity)];
    }

    boolean isEmpty() {
      return groups.isEmpty();
    }

    DigitGroup last() {
      return groups.getLast();
    }

    void add(DigitGroup g, int gap) {
      gaps[groups.size()] = gap;
      groups.add(g);
    }

    /** Closes the current run, if any; the next one starts with {@code nextPlus}. */
    void flush(List<Run> runs, int nextPlus) {
      if (!groups.isEmpty()) {
        runs.add(new Run(List.copyOf(groups), java.util.Arrays.copyOf(gaps, groups.size()), plus));
        groups.clear();
      }
      plus = nextPlus;
    }
  }

  /** Folded index of a {@code +} (optionally followed by one space) just before {@code g}, or -1. */
  static int plusBefore(FoldedText t, DigitGroup g) {
    if (g.has(DigitFlags.WORD) && !g.has(DigitFlags.STARTS_REAL)) {
      return -1;
    }
    int k = g.start() - 1;
    if (k >= 0 && t.charAt(k) == ' ') {
      k--;
    }
    if (k < 0 || t.charAt(k) != '+') {
      return -1;
    }
    return k == 0 || !Character.isLetterOrDigit(t.charAt(k - 1)) ? k : -1;
  }

  private static boolean[] maskDecoys(FoldedText t, List<DigitGroup> groups) {
    boolean[] masked = new boolean[groups.size()];
    for (int k = 0; k < groups.size(); k++) {
      masked[k] = touchesFootOrInchMark(t, groups.get(k));
    }
    for (int k = 0; k + 1 < groups.size(); k++) {
      DigitGroup a = groups.get(k);
      DigitGroup b = groups.get(k + 1);
      char sep = singleSeparator(t, a, b);
      // A date stands alone: not continued by the same separator ("204/5/5/50/134" is no date).
      if (sep == 0 || !plainDigits(a) || !plainDigits(b) || (k > 0 && continues(t, groups.get(k - 1), a, sep))) {
        continue;
      }
      if (k + 2 < groups.size()) {
        DigitGroup c = groups.get(k + 2);
        boolean continued = k + 3 < groups.size() && continues(t, c, groups.get(k + 3), sep);
        if (singleSeparator(t, b, c) == sep && plainDigits(c) && !continued
            && (isDate(a, b, c) || (sep != '.' && isMeasurements(a, b, c)))) {
          masked[k] = masked[k + 1] = masked[k + 2] = true;
          continue;
        }
      }
      boolean continued = k + 2 < groups.size() && continues(t, b, groups.get(k + 2), sep);
      if (sep == '/' && !continued && isAllHours(a.digits(), b.digits())) {
        masked[k] = masked[k + 1] = true;
      }
    }
    maskThousands(t, groups, masked);
    return masked;
  }

  /**
   * "1,400", "$2,800", "10,000 CAD": one to three digits, then groups of exactly three after a
   * comma, with no digits linked before or after (an amount stands apart; "416,555,0199" goes on
   * with "0199"). Not with full stops: "1 368.555⏎0196" is a phone.
   */
  private static void maskThousands(FoldedText t, List<DigitGroup> groups, boolean[] masked) {
    for (int k = 0; k + 1 < groups.size(); k++) {
      DigitGroup head = groups.get(k);
      char sep = singleSeparator(t, head, groups.get(k + 1));
      if (sep != ',' || head.length() > 3 || !plainDigits(head)
          || (k > 0 && linked(t, groups.get(k - 1), head))) {
        continue;
      }
      int end = k + 1;
      while (end < groups.size() && groups.get(end).length() == 3 && plainDigits(groups.get(end))
          && singleSeparator(t, groups.get(end - 1), groups.get(end)) == sep) {
        end++;
      }
      boolean continued = end < groups.size() && linked(t, groups.get(end - 1), groups.get(end));
      if (end > k + 1 && !continued) {
        for (int j = k; j < end; j++) {
          masked[j] = true;
        }
        k = end - 1;
      }
    }
  }

  /**
   * Body measurements "32-22-34", "80-55-103", "36/24/36": three groups of two or three digits,
   * each 20 to 140 (inches or centimetres), one separator. A phone number never has this shape
   * (its last group has four digits), but a price on the next line can complete it to ten
   * digits: "80-55-103⏎250hh".
   */
  private static boolean isMeasurements(DigitGroup a, DigitGroup b, DigitGroup c) {
    for (DigitGroup g : List.of(a, b, c)) {
      if (g.length() < 2 || g.length() > 3 || !inRange(g, 20, 140)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAllHours(String a, String b) {
    return (a.equals("24") && (b.equals("7") || b.equals("24"))) || (a.equals("7") && b.equals("7"));
  }

  /** The one char between {@code a} and {@code b} if it is {@code - / .}, else 0. */
  private static char singleSeparator(FoldedText t, DigitGroup a, DigitGroup b) {
    if (b.start() - a.end() != 1) {
      return 0;
    }
    char c = t.charAt(a.end());
    return c == '-' || c == '/' || c == '.' ? c : 0;
  }

  /** Whether the short gap between {@code a} and {@code b} holds {@code sep}: the chain goes on. */
  private static boolean continues(FoldedText t, DigitGroup a, DigitGroup b, char sep) {
    if (Separators.gap(t, a.end(), b.start()) == Separators.INVALID) {
      return false;
    }
    for (int k = a.end(); k < b.start(); k++) {
      if (t.charAt(k) == sep) {
        return true;
      }
    }
    return false;
  }

  /** Heights: {@code 5'1}, {@code 5’6"}, {@code 6′2″}; the digits are feet and inches. */
  private static boolean touchesFootOrInchMark(FoldedText t, DigitGroup g) {
    return (g.start() > 0 && isFootOrInch(t.charAt(g.start() - 1)))
        || (g.end() < t.length() && isFootOrInch(t.charAt(g.end())));
  }

  private static boolean isFootOrInch(char c) {
    return c == '\'' || c == '"' || c == '\u2019' || c == '\u2032' || c == '\u2033' || c == '\u201D';
  }

  /** Whether {@code b} would join {@code a}'s run: a valid separator gap between them. */
  private static boolean linked(FoldedText t, DigitGroup a, DigitGroup b) {
    return Separators.gap(t, a.end(), b.start()) != Separators.INVALID;
  }

  /** Written with ordinary digits only: no words, letters, or look-alike forms. */
  private static boolean plainDigits(DigitGroup g) {
    int fancy = DigitFlags.WORD | DigitFlags.LEET | DigitFlags.FULLWIDTH | DigitFlags.MATH
        | DigitFlags.KEYCAP | DigitFlags.ENCLOSED | DigitFlags.OTHER_SCRIPT;
    return (g.flags() & fancy) == 0;
  }

  private static boolean isDate(DigitGroup a, DigitGroup b, DigitGroup c) {
    int la = a.length();
    int lb = b.length();
    int lc = c.length();
    if (la == 4 && lb <= 2 && lc <= 2) {
      int y = Integer.parseInt(a.digits());
      return y >= 1900 && y <= 2099 && inRange(b, 1, 12) && inRange(c, 1, 31);
    }
    if (la <= 2 && lb <= 2 && (lc == 2 || (lc == 4 && inRange(c, 1900, 2099)))) {
      return (inRange(a, 1, 31) && inRange(b, 1, 12)) || (inRange(a, 1, 12) && inRange(b, 1, 31));
    }
    return false;
  }

  private static boolean inRange(DigitGroup g, int lo, int hi) {
    int v = Integer.parseInt(g.digits());
    return v >= lo && v <= hi;
  }
}
