package ca.threadline.extract.text;

import java.text.Normalizer;

/**
 * The per-character folding rules, computed once when the class loads and never changed after
 * (immutable lookup arrays, about 200 KB). {@link TextFolder} reads them; sequences that need
 * context (keycaps, CR LF, surrogate pairs, ZWJ emoji) are handled there.
 *
 * <p>Rules for a BMP character, first match wins:
 *
 * <ol>
 *   <li>ASCII upper case to lower case; TAB to space; VT, FF to line feed.
 *   <li>Space-like characters (NBSP, U+2000 to U+200A, U+202F, U+205F, U+3000, U+1680) to space;
 *       NEL, U+2028, U+2029 to line feed.
 *   <li>Hyphens and dashes U+2010 to U+2015, the minus sign U+2212 and the small hyphens U+FE58,
 *       U+FE63 to {@code -}.
 *   <li>Invisible characters are <em>attached</em> to the preceding character (they vanish from
 *       the folded text but stay inside its span): combining marks (Mn, Mc, Me, incl. the
 *       variation selectors U+FE00 to U+FE0F and a keycap mark without a digit), and format
 *       characters (Cf: soft hyphen, zero-width space and joiners, bidi controls, BOM). A
 *       zero-width space between digits is a classic way to defeat phone regexes.
 *   <li>Fullwidth forms U+FF01 to U+FF5E to their ASCII counterparts (form FULLWIDTH).
 *   <li>Enclosed digits: circled ①..⑨ ⓪, parenthesised ⑴..⑼, with full stop ⒈..⒐, double
 *       circled ⓵..⓽, negative circled ⓿ ❶..❾, dingbat circled sans-serif ➀..➈ and negative
 *       ➊..➒ (form ENCLOSED). Two-digit enclosed numbers (⑩..⑳) are left alone: an ad that wants
 *       to hide "10" has easier ways, and mapping them would mint digits out of list bullets.
 *       Circled letters Ⓐ..ⓩ fold to letters.
 *   <li>Decimal digits of other scripts (Unicode Nd) to ASCII digits (form OTHER_SCRIPT), as
 *       libphonenumber itself does.
 *   <li>Latin letters with diacritics (U+00C0 to U+024F, U+1E00 to U+1EFF) to the base letter, lower
 *       case ({@code É} to {@code e}), so that "ZÉRO" and "zero" read alike; other letters to lower
 *       case.
 * </ol>
 *
 * Superscript and subscript digits are deliberately not folded: "m²" and "CO₂" are not digits an
 * ad hides a phone number in, and folding them would glue stray digits onto real numbers.
 */
final class FoldingTable {
  /** Per BMP char: the folded char, 0 meaning "attach to the previous character". */
  private static final char[] FOLD = new char[0x10000];

  /** Per BMP char: the {@link CharForm} ordinal of the folded char. */
  private static final byte[] FORM = new byte[0x10000];

  /** Mathematical alphanumeric letters U+1D400..U+1D7CD to lower-case ASCII (0 = no mapping). */
  private static final char[] MATH_LETTERS = new char[0x1D7CE - 0x1D400];

  static final char ATTACH = 0;

  private static final CharForm[] FORMS = CharForm.values();

  static {
    for (int c = 0; c < 0x10000; c++) {
      FOLD[c] = (char) c;
      FORM[c] = (byte) CharForm.PLAIN.ordinal();
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      FOLD[c] = (char) (c + 32);
    }
    FOLD['\t'] = ' ';
    FOLD[0x0B] = '\n';
    FOLD[0x0C] = '\n';
    for (int c = 0x80; c < 0x10000; c++) {
      if (c >= 0xD800 && c <= 0xDFFF) {
        continue; // surrogates: TextFolder pairs them up
      }
      foldBmp(c);
    }
    for (int cp = 0x1D400; cp < 0x1D7CE; cp++) {
      String n = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
      if (n.length() == 1 && Character.isLetter(n.charAt(0))) {
        MATH_LETTERS[cp - 0x1D400] = asciiLetter(n.charAt(0));
      }
    }
  }

  private FoldingTable() {}

  private static void foldBmp(int c) {
    if (c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F
        || c == 0x3000) {
      FOLD[c] = ' ';
      return;
    }
    if (c == 0x85 || c == 0x2028 || c == 0x2029) {
      FOLD[c] = '\n';
      return;
    }
    if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63) {
      FOLD[c] = '-';
      return;
    }
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
      FOLD[c] = ATTACH;
      return;
    }
    if (c >= 0xFF01 && c <= 0xFF5E) {
      FOLD[c] = asciiLetter((char) (c - 0xFEE0));
      FORM[c] = (byte) CharForm.FULLWIDTH.ordinal();
      return;
    }
    int enclosed = enclosedDigit(c);
    if (enclosed >= 0) {
      FOLD[c] = (char) ('0' + enclosed);
      FORM[c] = (byte) CharForm.ENCLOSED.ordinal();
      return;
    }
    if (c >= 0x24B6 && c <= 0x24E9) {
      FOLD[c] = (char) ('a' + (c - 0x24B6) % 26);
      FORM[c] = (byte) CharForm.ENCLOSED.ordinal();
      return;
    }
    if (type == Character.DECIMAL_DIGIT_NUMBER) {
      FOLD[c] = (char) ('0' + Character.digit(c, 10));
      FORM[c] = (byte) CharForm.OTHER_SCRIPT.ordinal();
      return;
    }
    if (Character.isLetter(c)) {
      if ((c >= 0xC0 && c <= 0x24F) || (c >= 0x1E00 && c <= 0x1EFF)) {
        String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
        char base = d.charAt(0);
        if (base < 0x80 && Character.isLetter(base)) {
          FOLD[c] = Character.toLowerCase(base);
          return;
        }
      }
      FOLD[c] = Character.toLowerCase((char) c);
    }
  }

  /** The digit an enclosed-digit character stands for, or -1. */
  private static int enclosedDigit(int c) {
    if (c >= 0x2460 && c <= 0x2468) return c - 0x2460 + 1; // ① .. ⑨
    if (c == 0x24EA || c == 0x24FF) return 0; // ⓪ ⓿
    if (c >= 0x2474 && c <= 0x247C) return c - 0x2474 + 1; // ⑴ .. ⑼
    if (c >= 0x2488 && c <= 0x2490) return c - 0x2488 + 1; // ⒈ .. ⒐
    if (c >= 0x24F5 && c <= 0x24FD) return c - 0x24F5 + 1; // ⓵ .. ⓽
    if (c >= 0x2776 && c <= 0x277E) return c - 0x2776 + 1; // ❶ .. ❾
    if (c >= 0x2780 && c <= 0x2788) return c - 0x2780 + 1; // ➀ .. ➈
    if (c >= 0x278A && c <= 0x2792) return c - 0x278A + 1; // ➊ .. ➒
    return -1;
  }

  private static char asciiLetter(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : Character.toLowerCase(c);
  }

  /** The folded form of a BMP char, or {@link #ATTACH}. */
  static char fold(char c) {
    return FOLD[c];
  }

  static CharForm form(char c) {
    return FORMS[FORM[c]];
  }

  /** The lower-case ASCII letter a mathematical letter stands for, or 0. */
  static char mathLetter(int cp) {
    return cp >= 0x1D400 && cp < 0x1D7CE ? MATH_LETTERS[cp - 0x1D400] : 0;
  }
}
