package ca.threadline.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.extract.lang.CharTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static final Tokenizer T = new Tokenizer(CharTable.of("passeport", "garde"));

  private static List<String> folds(String text) {
    Tokens t = T.tokenize(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size; i++) {
      out.add(t.fold(i));
    }
    return out;
  }

  @Test
  void foldsCaseAndAccentsAndSplitsElisions() {
    assertThat(folds("Passeport GARDÉ par l'agence")).containsExactly("passeport", "garde", "par", "l", "agence");
    assertThat(folds("Frais d’EIMT")).containsExactly("frais", "d", "eimt");
    assertThat(folds("don't she's")).containsExactly("dont", "shes");
    assertThat(folds("Œuvre ＡＢ 𝐟𝐫𝐞𝐬𝐡")).containsExactly("oeuvre", "ab", "fresh");
  }

  @Test
  void numbersSymbolsAndEmoji() {
    assertThat(folds("$2,800 16,50 17.50 24/7 12h")).containsExactly("$", "2800", "16.50", "17.50", "24", "/", "7", "12", "h");
    Tokens t = T.tokenize("$2,800 16,50");
    assertThat(t.value[1]).isEqualTo(2800);
    assertThat(t.value[2]).isEqualTo(16.5);
    assertThat(folds("✈️👑 3️⃣0️⃣６")).containsExactly("✈", "👑", "306");
    assertThat(folds("5 500 $ et 1\u00a0200 $")).containsExactly("5500", "$", "et", "1200", "$");
    assertThat(folds("416 555 0199")).as("only three-digit groups join").containsExactly("416555", "0199");
    assertThat(folds("12 1000 2,5 000")).containsExactly("12", "1000", "2.5", "000");
  }

  @Test
  void breaksAndSpans() {
    Tokens t = T.tokenize("no fee.\nWe hold, wa.me/1 B.C. week-end");
    assertThat(t.brk[1]).isEqualTo(Tokens.NONE);
    assertThat(t.brk[2]).isEqualTo(Tokens.HARD); // after "fee." and the line break
    assertThat(t.brk[4]).isEqualTo(Tokens.SOFT); // after the comma
    List<String> f = folds("wa.me/1 B.C. week-end");
    assertThat(f).containsExactly("wa", "me", "/", "1", "b", "c", "week", "end");
    Tokens w = T.tokenize("wa.me");
    assertThat(w.brk[1]).isEqualTo(Tokens.NONE);
    assertThat(t.term[0]).isEqualTo(-1);
    Tokens p = T.tokenize("🌹 Passeport");
    assertThat(p.start[1]).isEqualTo(3);
    assertThat(p.end[1]).isEqualTo(12);
    assertThat(p.term[1]).isEqualTo(0);
    assertThat(p.upper[1]).isTrue();
  }

  @Test
  void segmentsFollowHardBreaks() {
    Tokens t = T.tokenize("a b. c\nd, e");
    assertThat(t.segment).startsWith(0, 0, 1, 2, 2);
  }
}
