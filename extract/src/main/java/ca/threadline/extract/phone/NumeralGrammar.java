package ca.threadline.extract.phone;

import ca.threadline.extract.phone.Lexeme.Role;
import ca.threadline.extract.text.FoldedText;
import java.util.List;

/**
 * Combines consecutive number words into numerals: {@code ninety two} = 92,
 * {@code quatre-vingt-douze} = 92, {@code soixante-dix} = 70, {@code vingt et un} = 21,
 * {@code dix-sept} = 17, {@code cinq cent cinquante-cinq} = 555. Words that do not combine are
 * single digits ("cinq cinq cinq" = 555), the way ads spell numbers out digit by digit.
 *
 * <p>Grammar (greedy, longest numeral first), where a join is between two words of the same
 * token (glued) or separated by exactly one space or one hyphen:
 *
 * <pre>
 *   numeral  := [UNIT 1-9] HUNDRED [CONNECTOR] [tens | TEEN | UNIT 1-9]   (3 digits)
 *             | tens | teen | UNIT                                          (2, 2, 1 digits)
 *   tens     := (TENS | quatre-vingt) [ [et] un | [et] onze | UNIT 1-9 | teen (after 60, 80) ]
 *   teen     := TEEN | dix-sept | dix-huit | dix-neuf
 * </pre>
 *
 * French compounds that could also be read as two numerals need a hyphen or glue, never a
 * space: {@code quatre-vingt} (80) versus "quatre vingt" (4, 20), {@code dix-sept} (17) versus
 * "dix sept" (10, 7). A connector the grammar does not use stays a plain word, which ends the
 * number.
 */
final class NumeralGrammar {
  /** A numeral read from pieces {@code [from, to)}. */
  record Numeral(int from, int to, int value, int width) {
    String digits() {
      String s = Integer.toString(value);
      return width == s.length() ? s : "0".repeat(width - s.length()) + s;
    }
  }

  private enum Join { NONE, SPACE, HYPHEN, GLUED }

  private final FoldedText text;
  private final List<Piece> pieces;

  NumeralGrammar(FoldedText text, List<Piece> pieces) {
    this.text = text;
    this.pieces = pieces;
  }

  /** The numeral starting at word piece {@code i}, or null when it is a lone connector. */
  Numeral read(int i) {
    Lexeme w = word(i);
    if (w == null || w.is(Role.CONNECTOR)) {
      return null;
    }
    // [UNIT] HUNDRED ...
    int h = -1;
    int next = i;
    if (w.is(Role.UNIT) && w.value() > 0 && isWord(i + 1, Role.HUNDRED) && join(i) != Join.NONE) {
      h = w.value();
      next = i + 2;
    } else if (w.is(Role.HUNDRED)) {
      h = 1;
      next = i + 1;
    }
    if (h > 0) {
      int rest = next;
      if (isWord(rest, Role.CONNECTOR) && join(rest - 1) != Join.NONE && join(rest) != Join.NONE) {
        rest++;
      }
      if (rest < pieces.size() && join(rest - 1) != Join.NONE && word(rest) != null) {
        Numeral tail = tensOrSmaller(rest);
        if (tail != null && tail.value() > 0) {
          return new Numeral(i, tail.to(), h * 100 + tail.value(), 3);
        }
      }
      return new Numeral(i, next, h * 100, 3);
    }
    return tensOrSmaller(i);
  }

  private Numeral tensOrSmaller(int i) {
    Lexeme w = word(i);
    if (w == null || w.is(Role.CONNECTOR) || w.is(Role.HUNDRED)) {
      return null;
    }
    int tens = -1;
    int next = i + 1;
    if (w.is(Role.UNIT) && w.french() && w.value() == 4 && isVingt(i + 1) && tight(join(i))) {
      tens = 80;
      next = i + 2;
    } else if (w.is(Role.TENS)) {
      tens = w.value();
    }
    if (tens < 0) {
      Numeral teen = teen(i);
      return teen != null ? teen : new Numeral(i, i + 1, w.value(), 1);
    }
    int last = next - 1;
    if (next < pieces.size() && join(last) != Join.NONE) {
      Lexeme u = word(next);
      if (u != null && u.is(Role.CONNECTOR) && join(next) != Join.NONE) {
        Lexeme after = word(next + 1);
        if (after != null && after.value() == 1 && after.is(Role.UNIT)) {
          return new Numeral(i, next + 2, tens + 1, 2);
        }
        if (after != null && after.value() == 11 && after.is(Role.TEEN) && tens == 60) {
          return new Numeral(i, next + 2, 71, 2);
        }
      } else if (u != null && u.is(Role.UNIT) && u.value() > 0
          && (tight(join(last)) || !(w.french() && tens == 80))) {
        return new Numeral(i, next + 1, tens + u.value(), 2);
      } else if (u != null && (tens == 60 || tens == 80) && u.is(Role.TEEN)) {
        Numeral teen = teen(next);
        return new Numeral(i, teen.to(), tens + teen.value(), 2);
      }
    }
    return new Numeral(i, next, tens, 2);
  }

  /** TEEN, or dix-sept / dix-huit / dix-neuf; null if piece i is not a teen. */
  private Numeral teen(int i) {
    Lexeme w = word(i);
    if (w == null || !w.is(Role.TEEN)) {
      return null;
    }
    Lexeme u = word(i + 1);
    if (w.french() && w.value() == 10 && u != null && u.is(Role.UNIT) && u.value() >= 7
        && tight(join(i))) {
      return new Numeral(i, i + 2, 10 + u.value(), 2);
    }
    return new Numeral(i, i + 1, w.value(), 2);
  }

  private boolean isVingt(int i) {
    Lexeme w = word(i);
    return w != null && w.is(Role.TENS) && w.value() == 20 && w.french();
  }

  private boolean isWord(int i, Role role) {
    Lexeme w = word(i);
    return w != null && w.is(role);
  }

  private Lexeme word(int i) {
    return i >= 0 && i < pieces.size() ? pieces.get(i).word() : null;
  }

  private static boolean tight(Join j) {
    return j == Join.GLUED || j == Join.HYPHEN;
  }

  /** How piece {@code i} joins piece {@code i + 1}. */
  private Join join(int i) {
    if (i + 1 >= pieces.size()) {
      return Join.NONE;
    }
    Piece a = pieces.get(i);
    Piece b = pieces.get(i + 1);
    if (a.token() == b.token()) {
      return Join.GLUED;
    }
    if (b.start() - a.end() != 1) {
      return Join.NONE;
    }
    char c = text.charAt(a.end());
    return c == ' ' ? Join.SPACE : c == '-' ? Join.HYPHEN : Join.NONE;
  }
}
