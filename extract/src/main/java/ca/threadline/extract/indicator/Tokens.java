package ca.threadline.extract.indicator;

/**
 * A text cut into tokens for lexicon matching: parallel arrays (no object per token), built by
 * {@link Tokenizer}. Token {@code i} covers the UTF-16 range {@code [start[i], end[i])} of the
 * original text; its folded form (lower case, no accents, ASCII digits) is
 * {@code folded[foldStart[i], foldEnd[i])}; {@code term[i]} is its id in the lexicon vocabulary or
 * -1. {@code brk[i]} says what separates token {@code i} from the one before: nothing,
 * a {@link #SOFT} break (comma, colon, parenthesis, dash) or a {@link #HARD} one (line break, full
 * stop, bullet). Phrases never match across a hard break; negation never reaches across any break.
 */
final class Tokens {
  static final byte WORD = 0;
  static final byte NUMBER = 1;
  static final byte SYMBOL = 2;

  static final byte NONE = 0;
  static final byte SOFT = 1;
  static final byte HARD = 2;

  final String text;
  final StringBuilder folded;
  int size;
  int[] start;
  int[] end;
  int[] foldStart;
  int[] foldEnd;
  int[] term;
  byte[] kind;
  byte[] brk;
  /** Numeric value of a {@link #NUMBER} token (decimal point or comma honoured). */
  double[] value;
  /** Digits before any decimal separator of a {@link #NUMBER} token. */
  int[] intDigits;
  /** First letter of a {@link #WORD} token is upper case in the original text. */
  boolean[] upper;
  /** Index of the hard-break-delimited segment (line or sentence) a token belongs to. */
  int[] segment;

  Tokens(String text) {
    this.text = text;
    int cap = Math.max(8, text.length() / 3);
    folded = new StringBuilder(text.length());
    start = new int[cap];
    end = new int[cap];
    foldStart = new int[cap];
    foldEnd = new int[cap];
    term = new int[cap];
    kind = new byte[cap];
    brk = new byte[cap];
    value = new double[cap];
    intDigits = new int[cap];
    upper = new boolean[cap];
    segment = new int[cap];
  }

  void ensure(int n) {
    if (n <= start.length) {
      return;
    }
    int cap = Math.max(n, start.length * 2);
    start = java.util.Arrays.copyOf(start, cap);
    end = java.util.Arrays.copyOf(end, cap);
    foldStart = java.util.Arrays.copyOf(foldStart, cap);
    foldEnd = java.util.Arrays.copyOf(foldEnd, cap);
    term = java.util.Arrays.copyOf(term, cap);
    kind = java.util.Arrays.copyOf(kind, cap);
    brk = java.util.Arrays.copyOf(brk, cap);
    value = java.util.Arrays.copyOf(value, cap);
    intDigits = java.util.Arrays.copyOf(intDigits, cap);
    upper = java.util.Arrays.copyOf(upper, cap);
    segment = java.util.Arrays.copyOf(segment, cap);
  }

  /** The folded text of token {@code i}. */
  String fold(int i) {
    return folded.substring(foldStart[i], foldEnd[i]);
  }

  boolean foldEquals(int i, String s) {
    int len = foldEnd[i] - foldStart[i];
    if (len != s.length()) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (folded.charAt(foldStart[i] + k) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  boolean foldStartsWith(int i, String prefix) {
    int len = foldEnd[i] - foldStart[i];
    if (len < prefix.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (folded.charAt(foldStart[i] + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  boolean isSymbol(int i, char c) {
    return kind[i] == SYMBOL && foldEnd[i] - foldStart[i] == 1 && folded.charAt(foldStart[i]) == c;
  }
}
