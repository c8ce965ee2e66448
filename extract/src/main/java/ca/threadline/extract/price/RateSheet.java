package ca.threadline.extract.price;

import ca.threadline.extract.geo.Fold;
import ca.threadline.extract.words.Slips;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the rate lines of escort ads that write no currency: the amount next to the length of the
 * visit it buys, in English and French, as posters write them (Jennex &amp; Whitney 2017 list
 * "hh", "qv", "hr" and "roses" among the pricing slang of such ads). The duration comes before
 * the amount ("Quickie 180", "Short visit 240", "Express 260", "full hour 380", "une heure 420",
 * "heure complète 380", "60 min 290", "Rapide 180", "Courte visite 180") or after it ("180 half
 * hour", "180 30 min", "290 1 hour", "180 la demi-heure", "290 l'heure", "290 1 heure").
 *
 * <p>Words of four letters or more are also read with one typing slip (a letter doubled, dropped
 * or swapped, first letter kept: "houur", "heuure", "demi-heeure", "Shrot visit", "dolllars"), the
 * slips copy-pasted ads carry; the first letter must match, as in the gazetteer's misspelling
 * rule, and real words one slip away that would misread a number ("here" for "heure") are
 * excluded.
 *
 * <p>Never a price: a number that is itself a duration ("30 min", "45 min 200": the 45), one under
 * {@link #MIN_RATE} (a time or a count of hours), one starting with 0 or glued to other digits
 * (phone pieces, see {@link PriceFinder#gluedToDigits}).
 */
final class RateSheet {
  /** Rate-sheet amounts below this are times, counts of hours or minutes, not prices. */
  static final int MIN_RATE = 40;

  /** Durations written before the amount; "#" is a small number ("60 min", "1 hour"). */
  private static final String[][] BEFORE = {
      {"hh"}, {"hr"}, {"hrs"}, {"half", "hour"}, {"demi", "heure"}, {"qv"}, {"qk"}, {"quickie"}, {"express"},
      {"short", "visit"}, {"courte", "visite"}, {"rapide"}, {"full", "hour"}, {"one", "hour"}, {"une", "heure"},
      {"heure", "complete"}, {"#", "min"}, {"#", "mins"}, {"#", "minutes"}, {"#", "hour"}, {"#", "hours"},
      {"#", "hr"}, {"#", "hrs"}, {"#", "heure"}, {"#", "heures"}, {"overnight"}};

  /** Durations written after the amount ("180 half hour", "290 l'heure"). */
  private static final String[][] AFTER = {
      {"hh"}, {"hr"}, {"hrs"}, {"hour"}, {"half", "hour"}, {"demi", "heure"}, {"la", "demi", "heure"},
      {"l", "heure"}, {"la", "nuit"}, {"full", "hour"}, {"une", "heure"}, {"#", "min"}, {"#", "mins"},
      {"#", "minutes"}, {"#", "hour"}, {"#", "hours"}, {"#", "hr"}, {"#", "hrs"}, {"#", "h"}, {"#", "heure"},
      {"#", "heures"}};

  /** Currency words written after the amount, read with one slip ("dolllars", "dollaars"). */
  private static final Set<String> CURRENCY_WORDS = Set.of("dollars", "dollar", "roses", "bucks", "piasses", "piastres");

  /**
   * Real words one slip from a unit that would turn a number into a price: "40 hours a week" counts
   * hours of work, "here" is not "heure".
   */
  private static final Set<String> NOT_SLIPS = Set.of("hours", "heures", "here", "hors", "hall", "halt", "fill", "fall", "sport", "shirt", "demo", "rise", "rises", "dolls");

  private RateSheet() {}

  /** A word read in a rate line: folded letters, or digits; its span in the text. */
  private record Token(String word, int start, int end) {
    boolean number() {
      return Character.isDigit(word.charAt(0));
    }
  }

  /**
   * The end of a rate-sheet duration written after the amount ending at {@code end} ("180 30
   * min", "290 l'heure", "180/hh"), or -1.
   */
  static int durationAfter(String text, int end) {
    int i = end;
    int first = skip(text, end < text.length() && text.charAt(end) == '/' ? end + 1 : end, " \u00A0");
    if (first >= text.length() || !Character.isLetterOrDigit(text.charAt(first))) {
      return -1; // nothing to read: the common case, checked before any allocation
    }
    if (i < text.length() && text.charAt(i) == '/') {
      i++;
    }
    i = skip(text, i, " \u00A0");
    if (i == end && i < text.length() && Character.isDigit(text.charAt(i))) {
      return -1;
    }
    List<Token> tokens = tokensAfter(text, i, 3);
    for (String[] phrase : AFTER) {
      if (matches(tokens, phrase)) {
        return tokens.get(phrase.length - 1).end();
      }
    }
    return -1;
  }

  /**
   * The start of a rate-sheet duration written before the amount starting at {@code start}
   * ("Quickie 180", "full hour: 380", "60 min - 290"), or -1.
   */
  static int durationBefore(String text, int start) {
    int i = start;
    i = skipBack(text, i, " \u00A0");
    if (i > 0 && ":=-–".indexOf(text.charAt(i - 1)) >= 0) {
      i = skipBack(text, i - 1, " \u00A0");
    }
    if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
      return -1;
    }
    List<Token> tokens = tokensBefore(text, i, 3);
    for (String[] phrase : BEFORE) {
      if (tokens.size() >= phrase.length) {
        List<Token> tail = tokens.subList(tokens.size() - phrase.length, tokens.size());
        if (matches(tail, phrase)) {
          return tail.get(0).start();
        }
      }
    }
    return -1;
  }

  /** Whether the number ending at {@code end} counts minutes ("30 min", "45 minutes"): a duration, not a price. */
  static boolean minutesAfter(String text, int end) {
    int i = skip(text, end, " \u00A0");
    if (i >= text.length() || (text.charAt(i) | 0x20) != 'm') {
      return false;
    }
    List<Token> t = tokensAfter(text, i, 1);
    return !t.isEmpty() && (t.get(0).word().equals("min") || t.get(0).word().equals("mins") || like(t.get(0).word(), "minutes"));
  }

  /** The end of a currency word after the amount ending at {@code end} ("180 dolllars", "180 rosses"), or -1. */
  static int currencyWordAfter(String text, int end) {
    int i = skip(text, end, " \u00A0");
    if (i >= text.length() || "dDrRbBpP".indexOf(text.charAt(i)) < 0) {
      return -1; // the first letter is kept by a slip: only d(ollars), r(oses), b(ucks), p(iasses) can follow
    }
    List<Token> t = tokensAfter(text, i, 1);
    if (t.isEmpty() || t.get(0).number()) {
      return -1;
    }
    for (String w : CURRENCY_WORDS) {
      if (like(t.get(0).word(), w)) {
        return t.get(0).end();
      }
    }
    return -1;
  }

  private static boolean matches(List<Token> tokens, String[] phrase) {
    if (tokens.size() < phrase.length) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      Token t = tokens.get(k);
      if (phrase[k].equals("#")) {
        // A count of minutes up to 120, or of hours up to 12: "18 heures 45" is a time, not "1 heure 290".
        int max = phrase[k + 1].startsWith("m") ? 120 : 12;
        if (!t.number() || t.word().length() > 3 || Integer.parseInt(t.word()) > max || t.word().charAt(0) == '0') {
          return false;
        }
        continue;
      }
      // a real word one slip from a unit ("here") is read as the unit only inside a longer phrase ("demi-here")
      boolean unit = phrase.length > 1 ? Slips.like(t.word(), phrase[k]) : like(t.word(), phrase[k]);
      if (t.number() || !unit) {
        return false;
      }
    }
    return true;
  }

  /** {@code word} is {@code unit} or one slip from it ({@link Slips}), unless it is a real word that would misread a number. */
  static boolean like(String word, String unit) {
    return word.equals(unit) || (!NOT_SLIPS.contains(word) && Slips.like(word, unit));
  }

  /** Up to {@code max} tokens from {@code i}, separated by one space, hyphen or apostrophe, on one line. */
  private static List<Token> tokensAfter(String text, int i, int max) {
    List<Token> out = new ArrayList<>(max);
    int n = text.length();
    while (out.size() < max && i < n) {
      int s = i;
      if (Character.isLetter(text.charAt(i))) {
        while (i < n && Character.isLetter(text.charAt(i))) {
          i++;
        }
      } else if (Character.isDigit(text.charAt(i))) {
        while (i < n && Character.isDigit(text.charAt(i))) {
          i++;
        }
      } else {
        break;
      }
      out.add(new Token(Fold.of(text.substring(s, i)), s, i));
      if (i < n && isJoin(text.charAt(i)) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
        i++;
      } else if (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        break;
      }
    }
    return out;
  }

  /** Up to {@code max} tokens ending at {@code i}, in text order. */
  private static List<Token> tokensBefore(String text, int i, int max) {
    List<Token> out = new ArrayList<>(max);
    while (out.size() < max && i > 0) {
      int e = i;
      if (Character.isLetter(text.charAt(i - 1))) {
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
          i--;
        }
      } else if (Character.isDigit(text.charAt(i - 1))) {
        while (i > 0 && Character.isDigit(text.charAt(i - 1))) {
          i--;
        }
      } else {
        break;
      }
      out.add(0, new Token(Fold.of(text.substring(i, e)), i, e));
      if (i > 1 && isJoin(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i - 2))) {
        i--;
      } else {
        break;
      }
    }
    return out;
  }

  private static boolean isJoin(char c) {
    return c == ' ' || c == '\u00A0' || c == '-' || c == '\'' || c == '’';
  }

  static int skipSpaces(String text, int i) {
    return skip(text, i, " \u00A0");
  }

  private static int skip(String text, int i, String chars) {
    while (i < text.length() && chars.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static int skipBack(String text, int i, String chars) {
    while (i > 0 && chars.indexOf(text.charAt(i - 1)) >= 0) {
      i--;
    }
    return i;
  }
}
