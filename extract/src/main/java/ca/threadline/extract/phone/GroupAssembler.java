package ca.threadline.extract.phone;

import ca.threadline.extract.text.FoldedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns pieces into {@link DigitGroup}s: number words become numerals ({@link NumeralGrammar}),
 * and pieces of one token, or tied by one numeral, merge into one group.
 */
final class GroupAssembler {
  private GroupAssembler() {}

  static List<DigitGroup> assemble(FoldedText text, List<Piece> pieces) {
    List<DigitGroup> groups = new ArrayList<>();
    NumeralGrammar grammar = null;
    Builder current = null;
    int i = 0;
    while (i < pieces.size()) {
      Piece p = pieces.get(i);
      int end;
      int lastToken;
      String digits;
      int flags;
      if (p.isWord()) {
        if (grammar == null) {
          grammar = new NumeralGrammar(text, pieces);
        }
        NumeralGrammar.Numeral numeral = grammar.read(i);
        if (numeral == null) {
          // A connector outside a numeral is an ordinary word: it ends the current group.
          current = flush(current, groups);
          i++;
          continue;
        }
        Piece last = pieces.get(numeral.to() - 1);
        end = last.end();
        lastToken = last.token();
        digits = numeral.digits();
        flags = DigitFlags.WORD;
        i = numeral.to();
      } else {
        end = p.end();
        lastToken = p.token();
        digits = p.digits();
        flags = p.flags();
        i++;
      }
      if (current != null && p.token() <= current.lastToken) {
        current.add(end, lastToken, digits, flags);
      } else {
        current = flush(current, groups);
        current = new Builder(p.start(), end, lastToken, digits, flags);
      }
    }
    flush(current, groups);
    return groups;
  }

  private static Builder flush(Builder b, List<DigitGroup> groups) {
    if (b != null) {
      groups.add(b.build());
    }
    return null;
  }

  private static final class Builder {
    private final int start;
    private int end;
    private int lastToken;
    private final StringBuilder digits;
    private int flags;

    Builder(int start, int end, int lastToken, String digits, int flags) {
      this.start = start;
      this.end = end;
      this.lastToken = lastToken;
      this.digits = new StringBuilder(digits);
      this.flags = flags;
    }

    void add(int end, int lastToken, String more, int moreFlags) {
      this.end = end;
      this.lastToken = Math.max(this.lastToken, lastToken);
      this.digits.append(more);
      this.flags = DigitFlags.append(this.flags, moreFlags);
    }

    DigitGroup build() {
      return new DigitGroup(start, end, digits.toString(), flags);
    }
  }
}
