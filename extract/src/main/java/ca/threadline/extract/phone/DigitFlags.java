package ca.threadline.extract.phone;

import ca.threadline.extract.text.CharForm;

/** Bit flags describing how the digits of a piece or group were written. */
final class DigitFlags {
  static final int FULLWIDTH = 1;
  static final int MATH = 1 << 1;
  static final int KEYCAP = 1 << 2;
  static final int ENCLOSED = 1 << 3;
  static final int OTHER_SCRIPT = 1 << 4;
  /** A letter stands for a digit (O o → 0, l I i → 1). */
  static final int LEET = 1 << 5;
  /** At least one digit is a real digit character (any script or form, not a letter or word). */
  static final int REAL_DIGIT = 1 << 6;
  /** At least one digit is a number word. */
  static final int WORD = 1 << 7;
  /** The first digit symbol is a real digit character. */
  static final int STARTS_REAL = 1 << 8;

  private DigitFlags() {}

  static int ofForm(CharForm form) {
    return switch (form) {
      case PLAIN -> 0;
      case FULLWIDTH -> FULLWIDTH;
      case MATHEMATICAL -> MATH;
      case KEYCAP -> KEYCAP;
      case ENCLOSED -> ENCLOSED;
      case OTHER_SCRIPT -> OTHER_SCRIPT;
    };
  }

  /** Whether the piece or group has digit glyphs (real digits or letters for digits). */
  static boolean hasGlyphs(int flags) {
    return (flags & (REAL_DIGIT | LEET)) != 0;
  }
}
