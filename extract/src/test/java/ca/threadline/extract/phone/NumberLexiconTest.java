package ca.threadline.extract.phone;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.extract.phone.Lexeme.Role;
import ca.threadline.extract.text.FoldedText;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberLexiconTest {
  private final NumberLexicon lexicon = NumberLexicon.standard();

  private Lexeme lookup(String word) {
    int node = NumberLexicon.root();
    for (char c : FoldedText.of(word).toString().toCharArray()) {
      node = lexicon.step(node, c);
      if (node < 0) {
        return null;
      }
    }
    return lexicon.at(node);
  }

  @Test
  void everyDigitHasEnglishAndFrenchWordsAndTheBriefsMisspellings() {
    String[][] byDigit = {
      {"zero", "oh", "o", "zéro", "ZÉRO"}, {"one", "won", "un", "une"}, {"two", "to", "too", "deux"},
      {"three", "trois", "troi"}, {"four", "for", "fore", "quatre", "quattre"},
      {"five", "fiv", "cinq", "cinque"}, {"six", "sixe"}, {"seven", "sevin", "sept"},
      {"eight", "ate", "huit", "uit"}, {"nine", "nein", "neuf"}};
    for (int d = 0; d < 10; d++) {
      for (String w : byDigit[d]) {
        Lexeme l = lookup(w);
        assertThat(l).as(w).isNotNull();
        assertThat(l.role()).as(w).isEqualTo(Role.UNIT);
        assertThat(l.value()).as(w).isEqualTo(d);
      }
    }
  }

  @Test
  void teensTensHundredsAndConnectors() {
    assertThat(lookup("douze").value()).isEqualTo(12);
    assertThat(lookup("nineteen").value()).isEqualTo(19);
    assertThat(lookup("soixante").role()).isEqualTo(Role.TENS);
    assertThat(lookup("quatre-vingt")).isNull(); // a compound, read by NumeralGrammar
    assertThat(lookup("vingts").value()).isEqualTo(20);
    assertThat(lookup("cent").role()).isEqualTo(Role.HUNDRED);
    assertThat(lookup("et").role()).isEqualTo(Role.CONNECTOR);
  }

  @Test
  void spellingsAreFoldedAndUnique() {
    List<Lexeme> all = lexicon.lexemes();
    assertThat(all).extracting(Lexeme::spelling).doesNotHaveDuplicates();
    for (Lexeme l : all) {
      assertThat(FoldedText.of(l.spelling()).toString()).isEqualTo(l.spelling());
    }
  }
}
