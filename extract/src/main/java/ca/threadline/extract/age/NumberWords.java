package ca.threadline.extract.age;

import ca.threadline.extract.geo.Fold;
import java.util.Locale;

/** Reads ages written in words, 16 to 69: "twenty-two", "twenty two", "vingt-deux", "trente et un". */
final class NumberWords {
  private NumberWords() {}

  static int value(String words) {
    String w = Fold.of(words.toLowerCase(Locale.ROOT)).replace('\u00A0', ' ');
    Integer whole = AgeWords.EN_TENS.get(w);
    if (whole == null) {
      whole = AgeWords.FR_TENS.get(w);
    }
    if (whole != null) {
      return whole;
    }
    String[] parts = w.split("[\\s-]+");
    Integer tens = AgeWords.EN_TENS.get(parts[0]);
    Integer unit = null;
    if (tens != null) {
      unit = AgeWords.EN_UNITS.get(parts[parts.length - 1]);
    } else {
      tens = AgeWords.FR_TENS.get(parts[0]);
      if (tens != null) {
        unit = AgeWords.FR_UNITS.get(parts[parts.length - 1]);
      }
    }
    if (tens == null || unit == null) {
      return -1;
    }
    return tens + unit;
  }
}
