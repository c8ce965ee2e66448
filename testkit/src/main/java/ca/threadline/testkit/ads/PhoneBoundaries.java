package ca.threadline.testkit.ads;

import java.util.Locale;
import java.util.Set;

/**
 * Checks that nothing next to a planted phone could be read as part of it: the nearest
 * non-space character on each side is not a digit of any kind (ASCII, fullwidth, mathematical,
 * circled, keycap) and the nearest word is not a number word. Otherwise a correct finder could
 * honestly read a different number, and the ground truth would be unfair; the generator then
 * writes the ad again.
 */
final class PhoneBoundaries {
  private static final Set<String> NUMBER_WORDS = Set.of("zero", "zéro", "oh", "o", "one", "un", "une", "two", "to",
      "too", "deux", "three", "trois", "troi", "four", "for", "quatre", "quattre", "five", "cinq", "cinque", "six",
      "seven", "sept", "eight", "huit", "uit", "nine", "neuf", "ten", "dix", "l", "i");

  private PhoneBoundaries() {}

  static boolean clean(String text, PlantedSpan phone) {
    return cleanBefore(text, phone.start()) && cleanAfter(text, phone.end());
  }

  private static boolean cleanBefore(String text, int start) {
    int i = start;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    if (i == 0) {
      return true;
    }
    int cp = text.codePointBefore(i);
    if (digitLike(cp)) {
      return false;
    }
    int end = i;
    while (i > 0 && Character.isLetter(text.codePointBefore(i))) {
      i -= Character.charCount(text.codePointBefore(i));
    }
    return !NUMBER_WORDS.contains(text.substring(i, end).toLowerCase(Locale.ROOT));
  }

  private static boolean cleanAfter(String text, int end) {
    int i = end;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return true;
    }
    int cp = text.codePointAt(i);
    if (digitLike(cp)) {
      return false;
    }
    int start = i;
    while (i < text.length() && Character.isLetter(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    return !NUMBER_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT));
  }

  static boolean digitLike(int cp) {
    return Character.isDigit(cp) || Character.getType(cp) == Character.OTHER_NUMBER || cp == 0x20E3 || cp == 0xFE0F;
  }
}
