package ca.threadline.testkit.ads;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * English and French number words for digits (0–9) and two-digit numbers (10–99), with the
 * misspellings seen in obfuscated ads. The French tens follow the Canadian (and French) usage:
 * {@code soixante-dix}, {@code quatre-vingts}, {@code quatre-vingt-douze}, never the Belgian or
 * Swiss {@code septante}/{@code nonante}; both the traditional ({@code vingt et un}) and the 1990
 * rectified spelling ({@code vingt-et-un}) occur.
 */
final class NumberWords {
  private static final List<String> EN_DIGITS =
      List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
  private static final List<String> FR_DIGITS =
      List.of("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf");
  private static final List<String> EN_TEENS =
      List.of(
          "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen");
  private static final List<String> EN_TENS =
      List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
  private static final List<String> FR_TEENS =
      List.of("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
          "dix-neuf");
  private static final List<String> FR_TENS =
      List.of("", "", "vingt", "trente", "quarante", "cinquante", "soixante");

  private NumberWords() {}

  /**
   * One digit as a word; with probability {@code misspell} a common misspelling or alternative
   * when one exists ({@code oh}, {@code to}, {@code too}, {@code for}; {@code une}, {@code zero},
   * {@code troi}, {@code quattre}, {@code cinque}, {@code uit}).
   */
  static String digit(int d, NumberLanguage lang, double misspell, RandomGenerator random) {
    boolean alt = random.nextDouble() < misspell;
    if (lang == NumberLanguage.EN) {
      if (alt) {
        switch (d) {
          case 0 -> { return "oh"; }
          case 2 -> { return random.nextBoolean() ? "to" : "too"; }
          case 4 -> { return "for"; }
          default -> { }
        }
      }
      return EN_DIGITS.get(d);
    }
    if (alt) {
      switch (d) {
        case 0 -> { return "zero"; }
        case 1 -> { return "une"; }
        case 3 -> { return "troi"; }
        case 4 -> { return "quattre"; }
        case 5 -> { return "cinque"; }
        case 8 -> { return "uit"; }
        default -> { }
      }
    }
    return FR_DIGITS.get(d);
  }

  /** A number 10–99 as one word or compound ({@code ninety-two}, {@code quatre-vingt-douze}). */
  static String pair(int n, NumberLanguage lang, RandomGenerator random) {
    if (n < 10 || n > 99) {
      throw new IllegalArgumentException("not a two-digit number: " + n);
    }
    return lang == NumberLanguage.EN ? pairEn(n, random) : pairFr(n, random);
  }

  private static String pairEn(int n, RandomGenerator random) {
    if (n < 20) {
      return EN_TEENS.get(n - 10);
    }
    String tens = EN_TENS.get(n / 10);
    if (n % 10 == 0) {
      return tens;
    }
    // "ninety-two" is the dictionary form; "ninety two" is common in ads.
    return tens + (random.nextInt(4) == 0 ? " " : "-") + EN_DIGITS.get(n % 10);
  }

  private static String pairFr(int n, RandomGenerator random) {
    boolean rectified = random.nextInt(4) == 0;
    String et = rectified ? "-et-" : " et ";
    if (n < 20) {
      return FR_TEENS.get(n - 10);
    }
    if (n < 70) {
      String tens = FR_TENS.get(n / 10);
      int u = n % 10;
      if (u == 0) {
        return tens;
      }
      return u == 1 ? tens + et + "un" : tens + "-" + FR_DIGITS.get(u);
    }
    if (n < 80) {
      return n == 71 ? "soixante" + et + "onze" : "soixante-" + FR_TEENS.get(n - 70);
    }
    if (n == 80) {
      return "quatre-vingts";
    }
    if (n < 90) {
      return "quatre-vingt-" + FR_DIGITS.get(n - 80);
    }
    return "quatre-vingt-" + FR_TEENS.get(n - 90);
  }
}
