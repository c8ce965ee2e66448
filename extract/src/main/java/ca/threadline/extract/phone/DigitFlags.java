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
  /** An invisible character (zero-width space, combining mark...) sits between two digits. */
  static final int INVISIBLE_INSIDE = 1 << 9;
  /** An invisible character follows the last digit of the piece or group. */
  static final int INVISIBLE_END = 1 << 10;

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

  /** The invisible-character flags of a run of {@code [start, end)} folded chars. */
  static int invisible(ca.threadline.extract.text.FoldedText text, int start, int end) {
    int flags = 0;
    for (int k = start; k < end; k++) {
      if (text.carriesInvisible(k)) {
        flags |= k == end - 1 ? INVISIBLE_END : INVISIBLE_INSIDE;
      }
    }
    return flags;
  }

  /** Flags after appending a piece with {@code more} flags to a group with {@code flags}. */
  static int append(int flags, int more) {
    int inside = (flags & INVISIBLE_END) != 0 ? INVISIBLE_INSIDE : 0;
    return (flags & ~INVISIBLE_END) | (more & ~STARTS_REAL) | inside;
  }

  /** Whether the piece or group has digit glyphs (real digits or letters for digits). */
  static boolean hasGlyphs(int flags) {
    return (flags & (REAL_DIGIT | LEET)) != 0;
  }
}
