package ca.threadline.extract.phone;

/**
 * Says how a number read from groups {@code [from, to)} of a run was hidden, as
 * {@link Obfuscation} bits, applying the definitions in {@link Obfuscation} literally: digit forms
 * and letters from the groups' flags, words and mixtures from their flags, separators and line
 * breaks from the gaps between groups, and irregular spacing from the group lengths.
 */
final class ObfuscationReader {
  private ObfuscationReader() {}

  static int read(Run run, int from, int to) {
    int flags = 0;
    for (int k = from; k < to; k++) {
      flags |= run.group(k).flags();
    }
    int bits = 0;
    bits |= (flags & DigitFlags.KEYCAP) != 0 ? Obfuscation.KEYCAP_EMOJI.bit() : 0;
    bits |= (flags & DigitFlags.FULLWIDTH) != 0 ? Obfuscation.FULLWIDTH_DIGITS.bit() : 0;
    bits |= (flags & DigitFlags.MATH) != 0 ? Obfuscation.MATH_DIGITS.bit() : 0;
    bits |= (flags & DigitFlags.ENCLOSED) != 0 ? Obfuscation.CIRCLED_DIGITS.bit() : 0;
    bits |= (flags & DigitFlags.LEET) != 0 ? Obfuscation.LETTER_FOR_DIGIT.bit() : 0;
    boolean words = (flags & DigitFlags.WORD) != 0;
    if (words) {
      bits |= Obfuscation.NUMBER_WORDS.bit();
      if (DigitFlags.hasGlyphs(flags)) {
        bits |= Obfuscation.MIXED_WORDS_DIGITS.bit();
      }
    }
    for (int k = from; k < to; k++) {
      // Invisible characters between digits are separators nobody sees (a zero-width space in "416 555").
      int f = run.group(k).flags();
      if ((f & DigitFlags.INVISIBLE_INSIDE) != 0 || ((f & DigitFlags.INVISIBLE_END) != 0 && k < to - 1)) {
        bits |= Obfuscation.SEPARATORS.bit();
      }
    }
    for (int k = from + 1; k < to; k++) {
      int gap = run.gaps()[k];
      bits |= (gap & Separators.NEWLINE) != 0 ? Obfuscation.LINE_BREAK.bit() : 0;
      bits |= (gap & Separators.UNUSUAL) != 0 ? Obfuscation.SEPARATORS.bit() : 0;
    }
    if (!words && spaced(run, from, to)) {
      bits |= Obfuscation.SPACED_DIGITS.bit();
    }
    return bits;
  }

  private static boolean spaced(Run run, int from, int to) {
    String first = run.group(from).digits();
    int total = 0;
    for (int k = from; k < to; k++) {
      total += run.group(k).length();
    }
    boolean nanp = total == 10 || (total == 11 && first.charAt(0) == '1');
    if (!nanp) {
      // Another country: only a run of single digits counts as spaced; its groupings vary.
      int singles = 0;
      for (int k = from; k < to; k++) {
        singles += run.group(k).length() == 1 ? 1 : 0;
      }
      return singles >= 6;
    }
    return !WindowResolver.usualGrouping(run, from, to, total - 10);
  }
}
