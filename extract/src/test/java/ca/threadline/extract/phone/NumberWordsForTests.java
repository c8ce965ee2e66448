package ca.threadline.extract.phone;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Test-only English and French number words for digits and two-digit numbers, written
 * independently of {@link NumberLexicon} and {@link NumeralGrammar}, with the misspellings ads
 * use. French tens follow Canadian usage ({@code soixante-dix}, {@code quatre-vingt-douze}); both
 * {@code vingt et un} and the 1990 spelling {@code vingt-et-un} occur.
 */
final class NumberWordsForTests {
  private static final String[][] EN = {{"zero", "oh"}, {"one", "won"}, {"two", "to", "too"},
      {"three"}, {"four", "for", "fore"}, {"five", "fiv"}, {"six", "sixe"}, {"seven", "sevin"},
      {"eight", "ate"}, {"nine", "nein"}};
  private static final String[][] FR = {{"zéro", "zero"}, {"un", "une"}, {"deux"},
      {"trois", "troi"}, {"quatre", "quattre", "katre"}, {"cinq", "cinque", "sinq"}, {"six"},
      {"sept"}, {"huit", "uit"}, {"neuf", "nuef"}};
  private static final List<String> EN_TEENS = List.of("ten", "eleven", "twelve", "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");
  private static final List<String> EN_TENS = List.of("", "", "twenty", "thirty", "forty", "fifty",
      "sixty", "seventy", "eighty", "ninety");
  private static final List<String> FR_TEENS = List.of("dix", "onze", "douze", "treize",
      "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf");
  private static final List<String> FR_TENS = List.of("", "", "vingt", "trente", "quarante",
      "cinquante", "soixante");

  private NumberWordsForTests() {}

  static String digit(int d, boolean fr, double misspell, SplittableRandom random) {
    String[] options = (fr ? FR : EN)[d];
    return options.length > 1 && random.nextDouble() < misspell
        ? options[1 + random.nextInt(options.length - 1)]
        : options[0];
  }

  /** 10..99 as words. */
  static String pair(int n, boolean fr, SplittableRandom random) {
    if (!fr) {
      if (n < 20) {
        return EN_TEENS.get(n - 10);
      }
      String tens = EN_TENS.get(n / 10);
      return n % 10 == 0 ? tens : tens + (random.nextInt(4) == 0 ? " " : "-") + EN[n % 10][0];
    }
    String et = random.nextInt(4) == 0 ? "-et-" : " et ";
    if (n < 20) {
      return FR_TEENS.get(n - 10);
    }
    if (n < 70) {
      String tens = FR_TENS.get(n / 10);
      int u = n % 10;
      return u == 0 ? tens : u == 1 ? tens + et + "un" : tens + "-" + FR[u][0];
    }
    if (n < 80) {
      return n == 71 ? "soixante" + et + "onze" : "soixante-" + FR_TEENS.get(n - 70);
    }
    if (n == 80) {
      return "quatre-vingts";
    }
    return n < 90 ? "quatre-vingt-" + FR[n - 80][0] : "quatre-vingt-" + FR_TEENS.get(n - 90);
  }
}
