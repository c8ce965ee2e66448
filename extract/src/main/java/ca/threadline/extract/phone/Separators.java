package ca.threadline.extract.phone;

import ca.threadline.extract.text.FoldedText;

/**
 * What may stand between two digit groups of one phone number, and what it says about
 * obfuscation. A gap is the folded text between two groups.
 *
 * <p>Allowed: spaces, line feeds, {@code - . / ( )} (plain: the slash is libphonenumber's own
 * punctuation, as in "HUIT SEPT TROIS / CINQ CINQ CINQ"), and unusual separators:
 * {@code , * _ ~ | =}, emoji (folded to U+FFFC) and any other non-ASCII symbol or punctuation
 * ({@code · • ⭐ ♥ ✨}) except currency signs. Anything else, letters above all, ends the number:
 * {@code $150/hh}, {@code 9:30}, {@code 5'6}, {@code Unit 732, 8674 Jasper} (the comma is allowed,
 * but "Jasper" is not a digit) keep their digits apart.
 *
 * <p>Limits, so that distant numbers do not fuse: at most {@value #MAX_GAP} chars, two line
 * feeds, three non-space separators, one {@code (} and one {@code )}.
 */
final class Separators {
  static final int MAX_GAP = 6;

  /** Gap bits. */
  static final int NEWLINE = 1;
  static final int UNUSUAL = 2;
  static final int OPEN = 4;
  static final int CLOSE = 8;
  /** Returned for a gap that cannot be inside a number. */
  static final int INVALID = -1;

  private Separators() {}

  /** The bits of the gap {@code [from, to)}, or {@link #INVALID}. */
  static int gap(FoldedText t, int from, int to) {
    if (to - from > MAX_GAP || to <= from) {
      return INVALID;
    }
    int bits = 0;
    int newlines = 0;
    int marks = 0;
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      switch (c) {
        case ' ' -> { }
        case '\n' -> {
          newlines++;
          bits |= NEWLINE;
        }
        case '-', '.', '/' -> marks++;
        case '(' -> {
          if ((bits & OPEN) != 0) return INVALID;
          bits |= OPEN;
          marks++;
        }
        case ')' -> {
          if ((bits & CLOSE) != 0) return INVALID;
          bits |= CLOSE;
          marks++;
        }
        default -> {
          if (!isUnusual(c)) {
            return INVALID;
          }
          bits |= UNUSUAL;
          marks++;
        }
      }
    }
    return newlines > 2 || marks > 3 ? INVALID : bits;
  }

  /**
   * How strongly a gap separates: 4 line feed with a symbol ("⏎📱 "), 3 line feed, 2 unusual
   * separator, 1 plain. {@link #RUN_EDGE} (5) stands for the edge of a run.
   */
  static int strength(int bits) {
    boolean nl = (bits & NEWLINE) != 0;
    boolean unusual = (bits & UNUSUAL) != 0;
    return nl ? (unusual ? 4 : 3) : unusual ? 2 : 1;
  }

  static final int RUN_EDGE = 5;

  static boolean isUnusual(char c) {
    switch (c) {
      case ',', '*', '_', '~', '|', '=', '\uFFFC' -> {
        return true;
      }
      default -> { }
    }
    if (c < 0x80 || c == '\u00B0' || c == '\uFFFD') {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL
        || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_PUNCTUATION
        || type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION;
  }
}
