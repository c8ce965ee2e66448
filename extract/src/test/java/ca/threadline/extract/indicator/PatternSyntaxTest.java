package ca.threadline.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PatternSyntaxTest {
  @Test
  void alternativesOptionalsAndInWordGroups() {
    assertThat(PatternSyntax.expand("we (hold|keep) (your)? passport"))
        .containsExactly("we hold your passport", "we hold passport", "we keep your passport", "we keep passport");
    assertThat(PatternSyntax.expand("gard(é|ée) | fee")).containsExactly("gardé", "gardée", "fee");
    assertThat(PatternSyntax.expand("<n:12-24> (hours|h) (a|per|/) day")).hasSize(6).contains("<n:12-24> h / day");
  }

  @Test
  void malformedPatternsFail() {
    assertThatThrownBy(() -> PatternSyntax.expand("(a|b")).hasMessageContaining("missing ')'");
    assertThatThrownBy(() -> PatternSyntax.expand("a)b")).hasMessageContaining("unbalanced");
    assertThatThrownBy(() -> PatternSyntax.expand("pay $? <n>")).hasMessageContaining("'?' must follow a group");
    assertThatThrownBy(() -> PatternSyntax.expand("(a|b|c|d|e|f|g|h) ".repeat(5))).hasMessageContaining("more than");
  }

  @Test
  void placeholdersMatchInTheAutomaton() {
    PhraseAutomaton.Builder b = new PhraseAutomaton.Builder();
    b.add("<n:12-24> (hours|h) (a|per|/) day", PhraseAutomaton.Role.TRIGGER, 0, -1);
    b.add("lmia <w> sale", PhraseAutomaton.Role.TRIGGER, 1, -1);
    b.add("passport*", PhraseAutomaton.Role.TRIGGER, 2, -1);
    PhraseAutomaton a = b.build();
    Tokenizer tk = new Tokenizer(a.vocabulary());
    assertThat(owners(a, tk, "12h/day")).containsExactly(0);
    assertThat(owners(a, tk, "8 hours a day")).isEmpty();
    assertThat(owners(a, tk, "LMIA for sale")).containsExactly(1);
    assertThat(owners(a, tk, "Passports held")).containsExactly(2);
    assertThat(owners(a, tk, "12 hours.\nday")).as("no match across a hard break").isEmpty();
  }

  private static java.util.List<Integer> owners(PhraseAutomaton a, Tokenizer tk, String text) {
    Hits h = new Hits();
    a.match(tk.tokenize(text), h);
    java.util.List<Integer> out = new java.util.ArrayList<>();
    for (int i = 0; i < h.size; i++) {
      out.add(a.target(h.target[i]).owner());
    }
    return out;
  }
}
