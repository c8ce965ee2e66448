package ca.threadline.extract.text;

import java.util.Arrays;

/**
 * The folding loop: one left-to-right pass over the UTF-16 text, one table look-up per BMP char,
 * with the few rules that need context. See {@link FoldingTable} for the per-character rules.
 *
 * <p>Context rules:
 *
 * <ul>
 *   <li>A keycap sequence (ASCII digit, {@code #} or {@code *}, optional U+FE0F, U+20E3) folds to
 *       its base character, form KEYCAP, its span covering the whole sequence.
 *   <li>CR LF folds to one line feed; a lone CR to a line feed.
 *   <li>A surrogate pair is read as one code point: mathematical digits U+1D7CE..U+1D7FF fold to
 *       {@code (cp - 0x1D7CE) % 10} (the five digit fonts are consecutive runs of ten),
 *       mathematical letters to ASCII letters, the enclosed digits U+1F100..U+1F10C (digit with
 *       full stop or comma, dingbat circled zeros) to digits, the keycap ten 🔟 to "10"; skin-tone
 *       modifiers, tag characters and supplementary variation selectors attach to the previous
 *       character; anything else (emoji above all) folds to U+FFFC, one folded char per code point.
 *   <li>ZERO WIDTH JOINER attaches to the previous character and, when that character is an emoji
 *       or symbol, so does the code point after it: a ZWJ sequence such as 👩‍❤️‍👨 folds to one
 *       U+FFFC. Between letters or digits the joiner alone vanishes.
 *   <li>An unpaired surrogate folds to U+FFFD.
 * </ul>
 *
 * Invariant: folded chars are emitted in order and their original ranges do not overlap, except
 * that the two chars of 🔟 share one range; every original char is either inside exactly one
 * folded char's range or is an attachment before the first folded char.
 */
final class TextFolder {
  static final char OBJECT = '\uFFFC';
  private static final char ZWJ = '\u200D';

  private final String s;
  private final int n;
  private char[] chars;
  private int[] starts;
  private int[] ends;
  private byte[] forms;
  private int size;

  TextFolder(String s) {
    this.s = s;
    this.n = s.length();
    this.chars = new char[n];
    this.starts = new int[n];
    this.ends = new int[n];
    this.forms = new byte[n];
  }

  FoldedText fold() {
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c < 0x80) {
        i = ascii(c, i);
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        supplementary(s.codePointAt(i), i);
        i += 2;
      } else if (Character.isSurrogate(c)) {
        emit('\uFFFD', i, i + 1, CharForm.PLAIN);
        i++;
      } else if (c == ZWJ) {
        i = joiner(i);
      } else {
        char f = FoldingTable.fold(c);
        if (f == FoldingTable.ATTACH) {
          attach(i + 1);
        } else {
          emit(f, i, i + 1, FoldingTable.form(c));
        }
        i++;
      }
    }
    return new FoldedText(s, chars, starts, ends, forms, size);
  }

  private int ascii(char c, int i) {
    if ((c >= '0' && c <= '9') || c == '#' || c == '*') {
      int j = i + 1;
      if (j < n && s.charAt(j) == '\uFE0F') {
        j++;
      }
      if (j < n && s.charAt(j) == '\u20E3') {
        emit(c, i, j + 1, CharForm.KEYCAP);
        return j + 1;
      }
    }
    if (c == '\r') {
      int end = i + 1 < n && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
      emit('\n', i, end, CharForm.PLAIN);
      return end;
    }
    emit(FoldingTable.fold(c), i, i + 1, CharForm.PLAIN);
    return i + 1;
  }

  private void supplementary(int cp, int i) {
    if (cp >= 0x1D7CE && cp <= 0x1D7FF) {
      emit((char) ('0' + (cp - 0x1D7CE) % 10), i, i + 2, CharForm.MATHEMATICAL);
    } else if (FoldingTable.mathLetter(cp) != 0) {
      emit(FoldingTable.mathLetter(cp), i, i + 2, CharForm.MATHEMATICAL);
    } else if (cp == 0x1F100 || cp == 0x1F10B || cp == 0x1F10C) {
      emit('0', i, i + 2, CharForm.ENCLOSED);
    } else if (cp >= 0x1F101 && cp <= 0x1F10A) {
      emit((char) ('0' + cp - 0x1F101), i, i + 2, CharForm.ENCLOSED);
    } else if (cp == 0x1F51F) {
      emit('1', i, i + 2, CharForm.KEYCAP);
      emit('0', i, i + 2, CharForm.KEYCAP);
    } else if ((cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0000 && cp <= 0xE01EF)) {
      attach(i + 2);
    } else {
      emit(OBJECT, i, i + 2, CharForm.PLAIN);
    }
  }

  /** ZWJ at {@code i}: attach it, and the next code point too when it continues an emoji. */
  private int joiner(int i) {
    int next = i + 1;
    boolean afterSymbol = size > 0 && isSymbol(chars[size - 1]);
    if (afterSymbol && next < n) {
      next += Character.charCount(s.codePointAt(next));
    }
    attach(next);
    return next;
  }

  private static boolean isSymbol(char c) {
    if (c == OBJECT) {
      return true;
    }
    int type = Character.getType(c);
    return c >= 0x80 && (type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL);
  }

  private void emit(char c, int start, int end, CharForm form) {
    if (size == chars.length) {
      grow();
    }
    chars[size] = c;
    starts[size] = start;
    ends[size] = end;
    forms[size] = (byte) form.ordinal();
    size++;
  }

  /** Extends the previous folded char's range to {@code end} (nothing before the first char). */
  private void attach(int end) {
    if (size > 0) {
      ends[size - 1] = end;
      forms[size - 1] |= FoldedText.INVISIBLE_BIT;
      if (size > 1 && starts[size - 2] == starts[size - 1]) {
        ends[size - 2] = end; // the shared range of 🔟
      }
    }
  }

  private void grow() {
    int cap = Math.max(16, chars.length * 2);
    chars = Arrays.copyOf(chars, cap);
    starts = Arrays.copyOf(starts, cap);
    ends = Arrays.copyOf(ends, cap);
    forms = Arrays.copyOf(forms, cap);
  }
}
