package ca.threadline.extract.indicator;

import ca.threadline.extract.lang.CharTable;
import ca.threadline.extract.lang.TextFold;

/**
 * Cuts ad text into {@link Tokens}: runs of letters (folded), runs of digits (any script's
 * decimal digits, read as numbers: {@code 2,800} and {@code 5 500} are 2800 and 5500,
 * {@code 16,50} and {@code 17.50} are decimals), and single symbols ({@code $ / + %}, emoji). The same tokenizer reads lexicon patterns,
 * so a pattern and the text it should match are cut alike by construction.
 *
 * <p>Rules worth knowing: variation selectors, ZWJ, keycap marks and skin tones are transparent;
 * French elisions split ({@code l'agence} → {@code l agence}), other apostrophes join
 * ({@code don't} → {@code dont}); hyphens split without a break ({@code week-end}, {@code no-fee});
 * a full stop followed directly by a letter or digit is no break ({@code wa.me}, {@code b.c.}).
 */
final class Tokenizer {
  private static final CharTable ELISIONS = CharTable.of("l", "d", "j", "m", "t", "s", "n", "c", "qu", "jusqu", "lorsqu", "puisqu");
  private static final String SYMBOLS = "$€£¢¥%/+&@#";
  private static final byte OTHER = 0;
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  private static final byte SPACE = 3;
  /** Class of each ASCII char for the fast path; OTHER goes the general way. */
  private static final byte[] ASCII = asciiClasses();

  private static byte[] asciiClasses() {
    byte[] c = new byte[128];
    for (int ch = 'a'; ch <= 'z'; ch++) {
      c[ch] = LETTER;
      c[ch - 32] = LETTER;
    }
    for (int ch = '0'; ch <= '9'; ch++) {
      c[ch] = DIGIT;
    }
    for (char ch : new char[] {' ', '\t', '\n', '\r', 0x0B, 0x0C}) {
      c[ch] = SPACE;
    }
    return c;
  }

  private final CharTable vocabulary;

  /** @param vocabulary terms to resolve to ids (may be empty) */
  Tokenizer(CharTable vocabulary) {
    this.vocabulary = vocabulary;
  }

  Tokens tokenize(String text) {
    State s = new State(new Tokens(text));
    int n = text.length();
    int i = 0;
    while (i < n) {
      char ch = text.charAt(i);
      if (ch < 0x80 && ASCII[ch] != OTHER) {
        // fast path for plain ASCII letters, digits and spaces: most of any ad
        byte cls = ASCII[ch];
        if (cls == LETTER) {
          if (s.cur != Tokens.WORD) {
            s.end();
            s.begin(Tokens.WORD, i);
            s.upper = ch <= 'Z';
          }
          s.t.folded.append(ch <= 'Z' ? (char) (ch + 32) : ch);
          s.tokenEnd = i + 1;
        } else if (cls == DIGIT) {
          if (s.cur != Tokens.NUMBER) {
            s.end();
            s.begin(Tokens.NUMBER, i);
          }
          s.digit(ch - '0');
          s.tokenEnd = i + 1;
        } else if (ch == ' ' && s.joinsDigitGroup(text, i)) {
          // "5 500 $", "1 200 $": a space between digit groups is a thousands separator
        } else {
          s.end();
          if (ch == '\n' || ch == '\r' || ch == 0x0B || ch == 0x0C) {
            s.pending = Tokens.HARD;
          }
        }
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (TextFold.isTransparent(cp)) {
        i += len;
        continue;
      }
      int type = Character.getType(cp);
      if (Character.isLetter(cp) || (s.cur == Tokens.WORD && (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK))) {
        if (s.cur != Tokens.WORD) {
          s.end();
          s.begin(Tokens.WORD, i);
          s.upper = Character.isUpperCase(cp);
        }
        TextFold.fold(cp, s.t.folded);
        s.tokenEnd = i + len;
      } else if (type == Character.DECIMAL_DIGIT_NUMBER) {
        if (s.cur != Tokens.NUMBER) {
          s.end();
          s.begin(Tokens.NUMBER, i);
        }
        s.digit(Character.digit(cp, 10));
        s.tokenEnd = i + len;
      } else if (s.cur == Tokens.NUMBER && (cp == '.' || cp == ',') && !s.decimal && i + 1 < n && isDigit(text, i + 1)) {
        int digitsAfter = countDigits(text, i + 1);
        if (cp == ',' && digitsAfter == 3) {
          // thousands separator: 2,800
        } else {
          s.decimal = true;
          s.t.folded.append('.');
        }
      } else if (TextFold.isApostrophe(cp) && s.cur == Tokens.WORD && i + len < n && Character.isLetter(text.codePointAt(i + len))) {
        if (ELISIONS.id(s.t.folded, s.foldFrom, s.t.folded.length()) >= 0) {
          s.end();
        }
        // otherwise join: don't -> dont
      } else if (cp == '-' || cp == '‐' || cp == '‑') {
        s.end();
      } else if ((cp == 0xA0 || cp == 0x202F || cp == 0x2009) && s.joinsDigitGroup(text, i)) {
        // thousands separator written with a no-break or thin space
      } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        s.end();
        if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85 || cp == 0x0B || cp == 0x0C) {
          s.pending = Tokens.HARD;
        }
      } else if (cp == '.') {
        s.end();
        // "wa.me", "b.c.", "c.-b.", "t.-n.-l." are abbreviations or hosts, not sentence ends
        boolean glued = i + 1 < n && (Character.isLetterOrDigit(text.charAt(i + 1))
            || (text.charAt(i + 1) == '-' && i + 2 < n && Character.isLetter(text.charAt(i + 2))));
        if (!glued) {
          s.pending = Tokens.HARD;
        }
      } else if (cp == '!' || cp == '?' || cp == ';' || cp == '…' || cp == '•' || cp == '|' || cp == '·' || cp == '¡' || cp == '¿') {
        s.end();
        s.pending = Tokens.HARD;
      } else if (SYMBOLS.indexOf(cp) >= 0 || type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL
          || type == Character.CURRENCY_SYMBOL || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_NUMBER) {
        s.end();
        s.symbol(cp, i, i + len);
      } else {
        s.end();
        if (s.pending == Tokens.NONE) {
          s.pending = Tokens.SOFT;
        }
      }
      i += len;
    }
    s.end();
    return s.t;
  }

  private static boolean isDigit(String text, int i) {
    return Character.getType(text.codePointAt(i)) == Character.DECIMAL_DIGIT_NUMBER;
  }

  private static int countDigits(String text, int from) {
    int k = from;
    int count = 0;
    while (k < text.length()) {
      int cp = text.codePointAt(k);
      if (Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
        break;
      }
      count++;
      k += Character.charCount(cp);
    }
    return count;
  }

  /** Mutable state of one {@link #tokenize} call. */
  private final class State {
    final Tokens t;
    byte cur = -1;
    byte pending = Tokens.NONE;
    int tokenStart;
    int tokenEnd;
    int foldFrom;
    boolean upper;
    boolean decimal;
    boolean grouped;
    double intValue;
    double fraction;
    double scale;
    int intDigits;
    int segment;

    State(Tokens t) {
      this.t = t;
    }

    void begin(byte kind, int at) {
      cur = kind;
      tokenStart = at;
      foldFrom = t.folded.length();
      upper = false;
      decimal = false;
      grouped = false;
      intValue = 0;
      fraction = 0;
      scale = 1;
      intDigits = 0;
    }

    /**
     * Whether the space at {@code at} separates thousands inside the current number: the number so
     * far is a group of 1 to 3 digits (or already grouped), and exactly three digits follow.
     */
    boolean joinsDigitGroup(String text, int at) {
      if (cur != Tokens.NUMBER || decimal || (intDigits > 3 && !grouped)) {
        return false;
      }
      int k = at + 1;
      for (int d = 0; d < 3; d++, k++) {
        if (k >= text.length() || text.charAt(k) < '0' || text.charAt(k) > '9') {
          return false;
        }
      }
      if (k < text.length() && Character.isDigit(text.charAt(k))) {
        return false;
      }
      grouped = true;
      return true;
    }

    void digit(int d) {
      t.folded.append((char) ('0' + d));
      if (decimal) {
        scale /= 10;
        fraction += d * scale;
      } else {
        intValue = intValue * 10 + d;
        intDigits++;
      }
    }

    void symbol(int cp, int from, int to) {
      begin(Tokens.SYMBOL, from);
      t.folded.appendCodePoint(cp);
      tokenEnd = to;
      end();
    }

    void end() {
      if (cur < 0) {
        return;
      }
      int k = t.size;
      t.ensure(k + 1);
      if (pending == Tokens.HARD && k > 0) {
        segment++;
      }
      t.start[k] = tokenStart;
      t.end[k] = tokenEnd;
      t.foldStart[k] = foldFrom;
      t.foldEnd[k] = t.folded.length();
      t.kind[k] = cur;
      t.brk[k] = k == 0 ? Tokens.HARD : pending;
      t.value[k] = cur == Tokens.NUMBER ? intValue + fraction : 0;
      t.intDigits[k] = intDigits;
      t.upper[k] = upper;
      t.segment[k] = segment;
      t.term[k] = vocabulary.id(t.folded, foldFrom, t.folded.length());
      t.size = k + 1;
      cur = -1;
      pending = Tokens.NONE;
    }
  }
}
