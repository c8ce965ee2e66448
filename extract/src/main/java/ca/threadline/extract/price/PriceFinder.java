package ca.threadline.extract.price;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import ca.threadline.extract.Language;
import ca.threadline.extract.SelectorFinder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds prices: an amount with a currency written before or after it ("$150/hh", "280 $ l'heure",
 * "700$ la nuit", "5 500 $", "$2,800", "US$200", "150€"), "roses" for dollars ("160 roses hh";
 * in escort-ad slang a rose stands for a dollar, Jennex &amp; Whitney 2017), and rate sheets
 * without a currency sign ("HH 140 / H 200 / 2H 400", "150hh 250h"). Canonical value: the integer
 * amount ("2800"; cents dropped); {@code currency}: ISO 4217, CAD unless another is written.
 *
 * <p>Never from phone numbers, ages, dates or measurements: an amount needs a currency or a
 * rate-sheet unit next to it on its line (not glued inside a word or an address: "…535h",
 * "…4b995cAD"), a rate-sheet amount must be 40 or more (a French time "20h30" or a
 * duration "1h 30" is not a price), and an amount glued to more digits ("514 555 0199") is part of
 * something else.
 */
public final class PriceFinder implements SelectorFinder {
  private static final String AMOUNT =
      "(?<amt>\\d{1,3}(?:[ \\u00A0\\u202F,]\\d{3}){1,3}(?![\\d])|\\d{1,6})(?<cents>[.,]\\d{1,2}(?!\\d))?(?<k>k(?![\\p{L}\\p{N}]))?";
  // A code is a whole word ("extérieur" ends in "eur", hex addresses hold "CaD"); the amount
  // follows on the same line.
  private static final String SIGN_BEFORE =
      "(?<![\\p{L}\\p{N}])(?<cur>US ?\\$|USD ?\\$?|CAD ?\\$?|CA\\$|C\\$|\\$ ?US|\\$ ?CAD|\\$|€|£|EUR|GBP)";
  private static final String SIGN_AFTER =
      "(?<cur>\\$\\s?(?:USD|US|CAD|CA)?|US\\$|€|£|CAD|USD|EUR|GBP|dollars?|bucks|euros?|piasses?|piastres?|roses?|\uD83C\uDF39)";
  private static final String UNIT =
      "(?:hh|h|1h|2h|3h|hr|1hr|2hrs?|hour|half|qv|qk|15\\s?min|20\\s?min|30\\s?min|45\\s?min|60\\s?min|90\\s?min|overnight|nuit|night)";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern BEFORE = Pattern.compile(SIGN_BEFORE + "[ \\u00A0\\u202F]?" + AMOUNT, FLAGS);
  static final Pattern AFTER =
      Pattern.compile("(?<![\\p{L}\\d.,])" + AMOUNT + "[ \\u00A0\\u202F]?" + SIGN_AFTER + "(?![\\p{L}\\p{N}])", FLAGS);
  private static final Pattern UNIT_THEN_AMOUNT =
      Pattern.compile("(?<![\\p{L}\\p{N}])" + UNIT + "[ \\u00A0]?[:=\\-–]?[ \\u00A0]?(?<amt>\\d{2,4})(?![\\d.,:]\\d|\\d|\\s?[-.]?\\d|\\p{L}\\p{N}|\\p{Ll}|%)", FLAGS); // "hour - 100% pictures"
  static final Pattern AMOUNT_THEN_UNIT =
      Pattern.compile("(?<![\\p{L}\\d.,:$])(?<amt>\\d{2,4})[ \\u00A0]?/?[ \\u00A0]?(?:hh|hr|hrs|h|hour|half hour|qv|qk)(?![\\p{L}\\p{N}])", FLAGS);
  private static final int MIN_RATE = 40;
  private static final String[] WORK_PERIODS =
      {"semaine", "sem", "week", "wk", "par semaine", "per week", "a week", "par jour", "per day", "a day", "/jour",
       "jour", "day", "mois", "month", "par mois", "per month"};

  @Override
  public void find(String text, Language language, List<Selector> out) {
    List<Found> found = new ArrayList<>();
    boolean signs = hasCurrencySign(text);
    Matcher before = null;
    Matcher after = null;
    Matcher unitThenAmount = null;
    Matcher amountThenUnit = null;
    int len = text.length();
    // Every pattern holds a number: try them only where a run of digits starts.
    for (int p = 0; p < len; p++) {
      if (!isDigit(text.charAt(p)) || (p > 0 && isDigit(text.charAt(p - 1)))) {
        continue;
      }
      int to = Math.min(len, p + 40);
      if (after == null) {
        before = BEFORE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        after = AFTER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        unitThenAmount = UNIT_THEN_AMOUNT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        amountThenUnit = AMOUNT_THEN_UNIT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      if (signs) {
        // A sign or code ends at most a few characters before the amount ("$150", "US$ 200", "CAD 300").
        for (int q = Math.max(0, p - 6); q < p; q++) {
          if ("$€£UuCcEeGg".indexOf(text.charAt(q)) >= 0 && before.region(q, to).lookingAt() && before.start("amt") == p
              && !signOfAmountBefore(text, q, p)) {
            collect(before, text, found, true);
            break;
          }
        }
      }
      if (signMayFollow(text, p, to) && after.region(p, to).lookingAt()) {
        collect(after, text, found, true);
      }
      int unit = unitBefore(text, p);
      if (unit >= 0 && !frenchTime(text, unit, p) && unitThenAmount.region(unit, Math.min(len, p + 6)).lookingAt()
          && unitThenAmount.start("amt") == p) {
        collect(unitThenAmount, text, found, false);
      }
      if (unitMayFollow(text, p, to) && amountThenUnit.region(p, to).lookingAt() && !hoursOfWork(text, amountThenUnit.end())) {
        collect(amountThenUnit, text, found, false);
      }
      rateLine(text, p, found);
    }
    emit(found, out);
  }

  /**
   * False only where {@link #AFTER} cannot match at {@code p}: everything between the amount's
   * first digit and the currency is an ASCII digit, a space, {@code ,} {@code .} or {@code k}, or a
   * non-ASCII character (no-break spaces, the Kelvin sign), so the currency starts at the first
   * other character, and every currency starts with one of {@code $ u c e g d b p r} (any case) or
   * a non-ASCII character. Saves running the pattern after most numbers.
   */
  static boolean signMayFollow(String text, int p, int to) {
    for (int q = p; q < to; q++) {
      char c = text.charAt(q);
      if (c > 0x7F) {
        return true;
      }
      if (!isDigit(c) && " ,.kK".indexOf(c) < 0) {
        return "$UuCcEeGgDdBbPpRr".indexOf(c) >= 0;
      }
    }
    return false;
  }

  /**
   * False only where {@link #AMOUNT_THEN_UNIT} cannot match at {@code p}: its amount is a whole run
   * of two to four digits, and its unit (starting with {@code h} or {@code q}, any case) follows
   * within a space, a slash and a space.
   */
  static boolean unitMayFollow(String text, int p, int to) {
    int e = p;
    while (e < to && isDigit(text.charAt(e))) {
      e++;
    }
    if (e - p < 2 || e - p > 4) {
      return false;
    }
    for (int q = e; q < Math.min(to, e + 4); q++) {
      char c = text.charAt(q);
      if (c > 0x7F || "hHqQ".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * "520$ 2h", "370 $ 1 heure": a sign written right after one amount and followed by a space
   * belongs to that amount; the number after it is not priced by it ("$150 $250" still is).
   */
  private static boolean signOfAmountBefore(String text, int sign, int amount) {
    if (amount == sign + 1 || !Character.isWhitespace(text.charAt(amount - 1))) {
      return false;
    }
    int i = sign;
    if (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    return i > 0 && isDigit(text.charAt(i - 1));
  }

  /** "de 18 h 45 à 23 h": hours, "h", then minutes under 60 is a French time of day, not "H 45". */
  private static boolean frenchTime(String text, int unit, int amount) {
    if (Character.toLowerCase(text.charAt(unit)) != 'h' || unit + 1 >= text.length() || Character.isLetter(text.charAt(unit + 1))) {
      return false;
    }
    int i = unit;
    if (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    if (i == 0 || !isDigit(text.charAt(i - 1))) {
      return false;
    }
    int e = amount;
    while (e < text.length() && isDigit(text.charAt(e))) {
      e++;
    }
    return e - amount == 2 && Integer.parseInt(text, amount, e, 10) < 60;
  }

  /** Another number right before {@code start}, across spaces: "87 35 55 01 51" is a phone in pairs. */
  private static boolean numberBefore(String text, int start) {
    int i = start;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    return i < start && i > 0 && isDigit(text.charAt(i - 1));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** "40h/semaine", "45 hrs per week": hours of work in a job ad, not an hourly rate. */
  private static boolean hoursOfWork(String text, int end) {
    int i = end;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '/')) {
      i++;
    }
    for (String w : WORK_PERIODS) {
      if (text.regionMatches(true, i, w, 0, w.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Start of a rate-sheet unit written right before the amount at {@code p} ("HH 140", "2H: 400",
   * "30 min 100", "overnight - 900"), or -1; the regex then confirms it.
   */
  private static int unitBefore(String text, int p) {
    int j = p;
    if (j > 0 && text.charAt(j - 1) == ' ') {
      j--;
    }
    if (j > 0 && ":=-–".indexOf(text.charAt(j - 1)) >= 0) {
      j--;
      if (j > 0 && text.charAt(j - 1) == ' ') {
        j--;
      }
    }
    int e = j;
    while (j > 0 && e - j < 10 && Character.isLetterOrDigit(text.charAt(j - 1))) {
      j--;
    }
    if (j == e || !Character.isLetter(text.charAt(e - 1))) {
      return -1;
    }
    // "30 min": a number and a space before "min".
    if (e - j == 3 && text.regionMatches(true, j, "min", 0, 3) && j > 1 && text.charAt(j - 1) == ' ' && isDigit(text.charAt(j - 2))) {
      j--;
      while (j > 0 && isDigit(text.charAt(j - 1))) {
        j--;
      }
    }
    return j;
  }

  private record Found(int start, int end, long amount, String currency) {}

  /**
   * The amount at {@code p} in a rate line without a currency sign, read by {@link RateSheet}:
   * "Quickie 180", "180 30 min", "une heure 420", "290 l'heure", "full houur 380", "180 dolllars".
   * The span is the amount: a duration between two amounts ("180 60 min 290") may belong to either.
   */
  private static void rateLine(String text, int p, List<Found> found) {
    int e = p;
    while (e < text.length() && isDigit(text.charAt(e))) {
      e++;
    }
    if (e - p < 2 || e - p > 4 || text.charAt(p) == '0' || (e < text.length() && text.charAt(e) == '%') || gluedToDigits(text, p, e) || (p > 0 && "$.,:/".indexOf(text.charAt(p - 1)) >= 0)
        || (p > 0 && Character.isLetter(text.charAt(p - 1))) || (e < text.length() && ".,".indexOf(text.charAt(e)) >= 0
            && e + 1 < text.length() && isDigit(text.charAt(e + 1)))) {
      return;
    }
    long amount = Long.parseLong(text, p, e, 10);
    if (amount == 0) {
      return;
    }
    int currencyWord = RateSheet.currencyWordAfter(text, e);
    if (currencyWord >= 0) {
      // "roses" under 20 may be flowers (see collect)
      if (amount >= 20 || Character.toLowerCase(text.charAt(RateSheet.skipSpaces(text, e))) != 'r') {
        found.add(new Found(p, currencyWord, amount, "CAD"));
      }
      return;
    }
    if (amount < RateSheet.MIN_RATE || RateSheet.minutesAfter(text, e)) {
      return; // "30 min", "45 min 200": the length of the visit, not its price
    }
    int after = RateSheet.durationAfter(text, e);
    if ((after >= 0 && !hoursOfWork(text, after)) || RateSheet.durationBefore(text, p) >= 0) {
      found.add(new Found(p, e, amount, "CAD"));
    }
  }

  private static void collect(Matcher m, String text, List<Found> found, boolean withCurrency) {
    long amount = 0;
    int digits = 0;
    for (int i = m.start("amt"); i < m.end("amt"); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        amount = amount * 10 + (c - '0');
        digits++;
      }
    }
    if (digits > 7) {
      return;
    }
    String currency = "CAD";
    if (withCurrency) {
      if (m.group("k") != null) {
        amount *= 1000;
      }
      currency = currency(m.group("cur"));
      String cur = m.group("cur").toLowerCase(Locale.ROOT);
      if ((cur.startsWith("rose") || cur.startsWith("\uD83C")) && amount < 20) {
        return; // "12 roses" may be flowers, "24/7 🌹" decoration; ad slang prices are larger
      }
      if (cur.startsWith("\uD83C") && m.start("cur") > m.end("amt") && (amount < RateSheet.MIN_RATE || numberBefore(text, m.start("amt")))) {
        // A rose emoji after a space is as often decoration as a price: "I'm Amber, 27 🌹", "55 01 51 🌹"
        // (a phone in pairs). Read it as dollars only for a rate-sized amount standing alone.
        return;
      }
    } else if (amount < MIN_RATE) {
      return;
    }
    int amountEnd = withCurrency && m.group("cents") != null ? m.end("cents") : m.end("amt");
    // "555 - 0114 🌹": no price is written with a leading zero; such a number is a phone's last group.
    boolean leadingZero = text.charAt(m.start("amt")) == '0' && m.end("amt") - m.start("amt") > 1;
    if (amount == 0 || leadingZero || gluedToDigits(text, m.start("amt"), amountEnd)) {
      return;
    }
    found.add(new Found(m.start(), m.end(), amount, currency));
  }

  /** ISO 4217 code for a written currency. */
  static String currency(String written) {
    String c = written.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
    if (c.contains("us")) {
      return "USD";
    }
    if (c.contains("€") || c.startsWith("eur")) {
      return "EUR";
    }
    if (c.contains("£") || c.equals("gbp")) {
      return "GBP";
    }
    return "CAD";
  }

  /**
   * More digits right before or after the amount: glued, across a hyphen or period, or a group of
   * three or more across a space ("514 555 0199", "2024-05-08"). Such an amount belongs to a
   * phone number, a date or a reference, not a price.
   */
  static boolean gluedToDigits(String text, int start, int end) {
    if (start > 0) {
      char c = text.charAt(start - 1);
      if (Character.isDigit(c) || ((c == '-' || c == '.') && start > 1 && Character.isDigit(text.charAt(start - 2)))) {
        return true;
      }
      int j = start;
      while (j > 0 && start - j < 3 && text.charAt(j - 1) == ' ') {
        j--;
      }
      if (j < start && digitsEndingAt(text, j) >= 3) {
        return true;
      }
    }
    if (end < text.length()) {
      char c = text.charAt(end);
      if (Character.isDigit(c) || ((c == '-' || c == '.') && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)))) {
        return true;
      }
      // "450  555  0159": phones are also written with double spaces between groups
      int j = end;
      while (j < text.length() && j - end < 3 && text.charAt(j) == ' ') {
        j++;
      }
      return j > end && digitsStartingAt(text, j) >= 3;
    }
    return false;
  }

  private static int digitsStartingAt(String text, int i) {
    int n = 0;
    while (i + n < text.length() && Character.isDigit(text.charAt(i + n))) {
      n++;
    }
    return n;
  }

  private static int digitsEndingAt(String text, int end) {
    int n = 0;
    while (end - n - 1 >= 0 && Character.isDigit(text.charAt(end - n - 1))) {
      n++;
    }
    return n;
  }

  private static void emit(List<Found> found, List<Selector> out) {
    found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    Set<String> seen = new HashSet<>();
    int taken = -1;
    for (Found f : found) {
      if (f.start() < taken) {
        continue;
      }
      taken = f.end();
      String value = Long.toString(f.amount());
      if (seen.add(value + f.currency())) {
        out.add(new Selector(SelectorType.PRICE, value, new Span(f.start(), f.end()), List.of(), f.currency()));
      }
    }
  }

  /** A currency sign, or a currency code's first letters in either case (u, c, e, g). */
  private static boolean hasCurrencySign(String text) {
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '$', '€', '£' -> {
          return true;
        }
        case 'U', 'u', 'C', 'c', 'E', 'e', 'G', 'g' -> {
          if (i + 2 < text.length() && isCode(text, i)) {
            return true;
          }
        }
        default -> { }
      }
    }
    return false;
  }

  private static boolean isCode(String text, int i) {
    return text.regionMatches(true, i, "usd", 0, 3) || text.regionMatches(true, i, "cad", 0, 3)
        || text.regionMatches(true, i, "eur", 0, 3) || text.regionMatches(true, i, "gbp", 0, 3);
  }
}
