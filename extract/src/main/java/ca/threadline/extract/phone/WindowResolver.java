package ca.threadline.extract.phone;

import ca.threadline.extract.text.FoldedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the phone numbers of one {@link Run}: chooses non-overlapping windows of whole groups
 * that libphonenumber accepts, by dynamic programming over the groups.
 *
 * <p>A window is a candidate when its digit count fits: 10 national digits; 11 with a leading
 * country code 1 (written as a digit, not a letter or a lone word "one", so "correct one is
 * 2505550103" stays ten digits; and alone or at the head of a group of four or more digits, so
 * the "170" of a price does not become "1 70..."); after a {@code +}, 11 starting with 1, or 8 to 15 for another
 * country; the same after an international call prefix {@code 00} or {@code 011}. Windows never
 * split a group, so the digits of "2024-865-2634" or "1PixF...7kgq"
 * cannot be regrouped into a number.
 *
 * <p>Among candidates the programme maximises, in order: national digits covered (a run holding
 * two numbers yields both); ends that fall on separators at least as strong as those inside the
 * window (so in "age 23⏎4 1 6 5 5 5 0 1 9 9" the line break ends the number rather than "23"
 * starting it); a usual NANP grouping (3-3-4, 3-7, 10; this keeps "2024 416 555 0199" to
 * "416 555 0199"); and last, a country code 1 ("1 416 555 0199" keeps its 1). libphonenumber runs only for windows that could
 * improve the current best, which keeps validation to one or two calls per number.
 */
final class WindowResolver {
  /** A number read from groups {@code [from, to)} of a run. */
  record Window(int from, int to, String e164, boolean plus) {}

  /**
   * Score weights below one digit (100): an end on a separator at least as strong as any inside
   * the window is better evidence than a usual grouping ("2hrs 430⏎📱 365 ⏎5550 1⏎46" is
   * 365 555 0146, not the 3-3-4 "430 365 5550"), which beats a country code (3).
   */
  private static final int END_BONUS = 15;
  private static final int USUAL_BONUS = 10;

  /** 15 digits of E.164 after a 3-digit call prefix. */
  private static final int MAX_DIGITS = 18;

  private static final int[][] USUAL_GROUPINGS = {{10}, {3, 7}, {3, 3, 4}};
  private static final int[][] USUAL_WITH_COUNTRY_CODE = {{11}, {1, 10}, {1, 3, 7}, {1, 3, 3, 4}};

  private final FoldedText text;
  private final PhoneValidator validator;

  WindowResolver(FoldedText text, PhoneValidator validator) {
    this.text = text;
    this.validator = validator;
  }

  List<Window> resolve(Run run) {
    int m = run.size();
    int[] cum = new int[m + 1];
    for (int k = 0; k < m; k++) {
      cum[k + 1] = cum[k] + run.group(k).length();
    }
    if (cum[m] < 8) {
      return List.of();
    }
    long[] best = new long[m + 1];
    int[] from = new int[m + 1];
    String[] value = new String[m + 1];
    for (int b = 1; b <= m; b++) {
      best[b] = best[b - 1];
      from[b] = -1;
      for (int a = b - 1; a >= 0; a--) {
        int len = cum[b] - cum[a];
        if (len > MAX_DIGITS) {
          break;
        }
        int score = score(run, a, b, len);
        if (score <= 0 || best[a] + score <= best[b]) {
          continue;
        }
        String e164 = validate(run, a, b, len);
        if (e164 != null) {
          best[b] = best[a] + score;
          from[b] = a;
          value[b] = e164;
        }
      }
    }
    List<Window> out = new ArrayList<>();
    for (int b = m; b > 0; ) {
      if (from[b] < 0) {
        b--;
      } else {
        out.add(new Window(from[b], b, value[b], plus(run, from[b])));
        b = from[b];
      }
    }
    return out.reversed();
  }

  private static boolean plus(Run run, int a) {
    return a == 0 && run.plusAt() >= 0;
  }

  /** The shape score of window [a, b), or 0 when its shape cannot be a phone number. */
  private int score(Run run, int a, int b, int len) {
    DigitGroup first = run.group(a);
    boolean leadingOne = first.digits().charAt(0) == '1';
    int cc;
    int idd = first.start() > 0 && text.charAt(first.start() - 1) == '(' ? 0 : iddLength(first);
    if (idd > 0) {
      if (len - idd < 10) {
        return 0;
      }
      cc = 0;
    } else if (plus(run, a)) {
      if (leadingOne ? len != 11 : len < 8) {
        return 0;
      }
      cc = leadingOne ? 1 : 0;
    } else if (len == 10) {
      cc = 0;
    } else if (len == 11 && leadingOne && countryCodeWritten(run, a, b)) {
      cc = 1;
    } else {
      return 0;
    }
    int leetOnly = 0;
    boolean words = false;
    int inner = 0;
    for (int k = a; k < b; k++) {
      DigitGroup g = run.group(k);
      leetOnly += g.leetOnly() ? 1 : 0;
      words |= g.has(DigitFlags.WORD);
      if (k > a) {
        inner = Math.max(inner, Separators.strength(run.gaps()[k]));
      }
    }
    if (leetOnly > 1 || (a == 0 && !plus(run, a) && !words && ReferenceCues.precedes(text, first.start()))) {
      return 0;
    }
    int left = a == 0 ? Separators.RUN_EDGE : Separators.strength(run.gaps()[a]);
    int right = b == run.size() ? Separators.RUN_EDGE : Separators.strength(run.gaps()[b]);
    // A country code 1 counts a little, not as a digit: it wins ties ("1 416 555 0199" keeps its
    // 1) but not against the separators ("overnight 1800⏎📱 for one eight..." is no 1-800 number).
    int score = (len - cc) * 100 + cc * 3 - leetOnly * 3;
    score += (left >= inner ? END_BONUS : 0) + (right >= inner ? END_BONUS : 0);
    if (!words && usualGrouping(run, a, b, cc)) {
      score += USUAL_BONUS;
    }
    return score;
  }

  /** An 11-digit window's leading 1 must be a written digit, or one word among other words. */
  private static boolean countryCodeWritten(Run run, int a, int b) {
    DigitGroup first = run.group(a);
    if (first.has(DigitFlags.STARTS_REAL)) {
      // "1 416", "1416", "14165550199"; but in "170 45 05 55 01" the 1 is no country code, nor
      // a "1" at the end of a line before the number ("5'1⏎📱 6 7 2 ...").
      return first.length() >= 4 || (first.length() == 1 && Separators.strength(run.gaps()[a + 1]) == 1);
    }
    if (!first.has(DigitFlags.WORD) || first.length() != 1) {
      return false;
    }
    for (int k = a + 1; k < b; k++) {
      if (run.group(k).has(DigitFlags.WORD)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the group lengths of [a, b) are a usual NANP grouping: 10, 3-7, 3-3-4, or with a
   * country code 1 ({@code cc} = 1) 11, 1-10, 1-3-7, 1-3-3-4 (so "1416 555 0199", 4-3-4, is not).
   */
  static boolean usualGrouping(Run run, int a, int b, int cc) {
    int[] lengths = new int[b - a];
    for (int j = a; j < b; j++) {
      lengths[j - a] = run.group(j).length();
    }
    for (int[] usual : cc == 1 ? USUAL_WITH_COUNTRY_CODE : USUAL_GROUPINGS) {
      if (Arrays.equals(lengths, usual)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The length of an international call prefix opening {@code g} ({@code 011} from North
   * America, {@code 00} from elsewhere), written in plain digits, or 0. Such a number is
   * international like one after a {@code +}: "0044 20 7946 0958" must not yield the US-looking
   * "207 946 0958".
   */
  private static int iddLength(DigitGroup g) {
    if (!g.has(DigitFlags.STARTS_REAL) || g.has(DigitFlags.WORD) || g.has(DigitFlags.LEET)) {
      return 0;
    }
    String d = g.digits();
    return d.startsWith("011") ? 3 : d.startsWith("00") ? 2 : 0;
  }

  private String validate(Run run, int a, int b, int len) {
    StringBuilder digits = new StringBuilder(len);
    for (int k = a; k < b; k++) {
      digits.append(run.group(k).digits());
    }
    DigitGroup head = run.group(a);
    int idd = head.start() > 0 && text.charAt(head.start() - 1) == '(' ? 0 : iddLength(head);
    if (idd > 0) {
      return validator.international(digits.subSequence(idd, len));
    }
    if (plus(run, a) && digits.charAt(0) != '1') {
      return validator.international(digits);
    }
    return validator.nanp(len == 11 ? digits.subSequence(1, 11) : digits);
  }
}
