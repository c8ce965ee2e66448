package ca.threadline.extract.phone;

import ca.threadline.extract.text.FoldedText;
import java.util.List;

/**
 * Reads the tokens (maximal runs of letters and digits) of a folded text and turns those that can
 * stand for digits into {@link Piece}s. One pass; each token is parsed by a small dynamic
 * programme over its characters, so glued forms such as {@code septhuit2}, {@code fivezero6},
 * {@code 4one6}, {@code Oi28} and {@code f0ur} read back.
 *
 * <p>Rules for one token, in order:
 *
 * <ol>
 *   <li>All digits: one piece.
 *   <li>Otherwise split it into units, each a digit, a number word from {@link NumberLexicon}, or
 *       (only when the token also holds a real digit) a letter standing for a digit: {@code o}
 *       for 0; {@code l} and {@code i} (also from {@code I}) for 1. The parse with the fewest
 *       units wins (so {@code too} is one word, not {@code to}+{@code o}), then the one with the
 *       fewest letters for digits. This is pnmatcher's rule "{@code o}/{@code oh}→0,
 *       {@code i}/{@code l}→1 between digits" turned into a parse, so a letter only counts inside
 *       a digit run and "hello" or "oil" never become digits.
 *   <li>A token made only of {@code o l i} (at least two letters, e.g. {@code OlIo}): letters for
 *       digits with no real digit; the finder accepts at most one such group per number.
 *   <li>A token that is letters then digits ({@code ph4165550199}), or digits then a word
 *       ({@code 0199email}: scraped text that lost a line break): the digits alone, with the
 *       letters acting as a boundary.
 *   <li>Anything else holds no digits for a phone: digits followed by a unit ({@code 250hh},
 *       {@code 105lb}, {@code 19yo}, {@code 34C}; see {@link Units}) are a quantity, as in
 *       DIG/pnmatcher, which deletes "numbers before units" before extraction; BTC and ETH
 *       addresses, postal codes ({@code M7A}), {@code 5ft2}.
 * </ol>
 *
 * Tokens longer than {@link #MAX_TOKEN} chars skip step 2: no number is written as 48 glued
 * letters, and it bounds the work per token.
 */
final class TokenReader {
  static final int MAX_TOKEN = 48;
  private static final int INF = Integer.MAX_VALUE / 2;
  private static final int DIGIT = -1;
  private static final int LEET = -2;

  private final NumberLexicon lexicon;

  TokenReader(NumberLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Appends the pieces of {@code text} to {@code out}. */
  void read(FoldedText text, List<Piece> out) {
    Parse parse = null;
    int n = text.length();
    int token = 0;
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i + 1;
      int digits = isDigit(text.charAt(i)) ? 1 : 0;
      while (j < n && Character.isLetterOrDigit(text.charAt(j))) {
        digits += isDigit(text.charAt(j)) ? 1 : 0;
        j++;
      }
      if (digits == j - i) {
        out.add(digitPiece(text, i, j, token, 0));
      } else if (digits > 0 || lexicon.step(NumberLexicon.root(), text.charAt(i)) >= 0
          || isLeet(text.charAt(i))) {
        if (parse == null) {
          parse = new Parse();
        }
        readMixed(text, i, j, token, digits > 0, parse, out);
      }
      token++;
      i = j;
    }
  }

  private void readMixed(FoldedText text, int start, int end, int token, boolean hasDigit, Parse p,
      List<Piece> out) {
    int len = end - start;
    if (len <= MAX_TOKEN && p.run(text, start, end, hasDigit)) {
      p.emit(text, start, token, out);
      return;
    }
    if (!hasDigit && len >= 2 && allLeet(text, start, end)) {
      out.add(new Piece(start, end, token, leetDigits(text, start, end), null, DigitFlags.LEET));
      return;
    }
    if (!hasDigit) {
      return;
    }
    // Letters then digits ("ph4165550199"), or digits then a word that is no unit
    // ("0199email", scraped text that lost its line break): keep the digits.
    boolean digitsFirst = isDigit(text.charAt(start));
    int k = start;
    while (k < end && isDigit(text.charAt(k)) == digitsFirst) {
      k++;
    }
    int m = k;
    while (m < end && isDigit(text.charAt(m)) != digitsFirst) {
      m++;
    }
    if (m != end) {
      return;
    }
    if (!digitsFirst) {
      out.add(digitPiece(text, k, end, token, 0));
    } else if (!Units.isUnit(text, k, end)) {
      out.add(digitPiece(text, start, k, token, 0));
    }
  }

  private static Piece digitPiece(FoldedText text, int start, int end, int token, int extra) {
    StringBuilder sb = new StringBuilder(end - start);
    int flags = DigitFlags.REAL_DIGIT | DigitFlags.STARTS_REAL | extra;
    for (int k = start; k < end; k++) {
      sb.append(text.charAt(k));
      flags |= DigitFlags.ofForm(text.form(k));
    }
    flags |= DigitFlags.invisible(text, start, end);
    return new Piece(start, end, token, sb.toString(), null, flags);
  }

  private static Piece digitRun(FoldedText text, int start, int end, int token, CharSequence digits, int flags) {
    return new Piece(start, end, token, digits.toString(), null, flags | DigitFlags.invisible(text, start, end));
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isLeet(char c) {
    return c == 'o' || c == 'l' || c == 'i';
  }

  private static char leetDigit(char c) {
    return c == 'o' ? '0' : '1';
  }

  private static boolean allLeet(FoldedText text, int start, int end) {
    for (int k = start; k < end; k++) {
      if (!isLeet(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static String leetDigits(FoldedText text, int start, int end) {
    StringBuilder sb = new StringBuilder(end - start);
    for (int k = start; k < end; k++) {
      sb.append(leetDigit(text.charAt(k)));
    }
    return sb.toString();
  }

  /** The dynamic programme over one token; arrays reused across the tokens of one text. */
  private final class Parse {
    /** cost[k]: best cost of parsing the first k chars: 4 per unit + 1 per letter-for-digit. */
    private final int[] cost = new int[MAX_TOKEN + 1];
    private final int[] from = new int[MAX_TOKEN + 1];
    /** what[k]: DIGIT, LEET, or the trie node of the word that ends at k. */
    private final int[] what = new int[MAX_TOKEN + 1];
    private int length;

    boolean run(FoldedText text, int start, int end, boolean allowLeet) {
      int len = end - start;
      length = len;
      java.util.Arrays.fill(cost, 0, len + 1, INF);
      cost[0] = 0;
      for (int k = 0; k < len; k++) {
        if (cost[k] >= INF) {
          continue;
        }
        char c = text.charAt(start + k);
        if (isDigit(c)) {
          relax(k + 1, cost[k] + 4, k, DIGIT);
        } else if (allowLeet && isLeet(c)) {
          relax(k + 1, cost[k] + 5, k, LEET);
        }
        int node = NumberLexicon.root();
        for (int e = k; e < len; e++) {
          node = lexicon.step(node, text.charAt(start + e));
          if (node < 0) {
            break;
          }
          Lexeme word = lexicon.at(node);
          if (word != null && !(len > 1 && word.spelling().equals("o"))) {
            relax(e + 1, cost[k] + 4, k, node);
          }
        }
      }
      return cost[len] < INF;
    }

    private void relax(int k, int c, int prev, int kind) {
      if (c < cost[k]) {
        cost[k] = c;
        from[k] = prev;
        what[k] = kind;
      }
    }

    /** Emits the winning parse of the token at {@code start}: digit runs merged, words apart. */
    void emit(FoldedText text, int start, int token, List<Piece> out) {
      int len = length;
      int[] bounds = new int[len + 1];
      int units = 0;
      for (int k = len; k > 0; k = from[k]) {
        bounds[units++] = k;
      }
      int runStart = -1;
      int runFlags = 0;
      StringBuilder digits = null;
      int prev = 0;
      for (int u = units - 1; u >= 0; u--) {
        int k = bounds[u];
        int kind = what[k];
        if (kind == DIGIT || kind == LEET) {
          if (runStart < 0) {
            runStart = prev;
            runFlags = 0;
            digits = new StringBuilder();
            runFlags |= kind == DIGIT ? DigitFlags.STARTS_REAL : 0;
          }
          char c = text.charAt(start + prev);
          digits.append(kind == DIGIT ? c : leetDigit(c));
          runFlags |= kind == DIGIT
              ? DigitFlags.REAL_DIGIT | DigitFlags.ofForm(text.form(start + prev))
              : DigitFlags.LEET;
        } else {
          if (runStart >= 0) {
            out.add(digitRun(text, start + runStart, start + prev, token, digits, runFlags));
            runStart = -1;
          }
          out.add(new Piece(start + prev, start + k, token, null, lexicon.at(kind), DigitFlags.WORD));
        }
        prev = k;
      }
      if (runStart >= 0) {
        out.add(digitRun(text, start + runStart, start + prev, token, digits, runFlags));
      }
    }
  }
}
