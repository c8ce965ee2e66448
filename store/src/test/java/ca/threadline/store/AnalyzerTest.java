package ca.threadline.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class AnalyzerTest {
  private final BilingualAnalyzer analyzer = new BilingualAnalyzer();

  /** Terms at each position, e.g. [[montreal], [heure, heur]]. */
  private List<List<String>> positions(String text) throws IOException {
    List<List<String>> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() > 0 || out.isEmpty()) {
          out.add(new ArrayList<>());
        }
        out.get(out.size() - 1).add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void accentsFoldBothWays() throws IOException {
    assertThat(positions("Montréal")).containsExactly(List.of("montreal"));
    assertThat(positions("MONTREAL")).containsExactly(List.of("montreal"));
    assertThat(positions("Québec naïve")).extracting(p -> p.get(0)).containsExactly("quebec", "naive");
  }

  @Test
  void frenchElisionWithBothApostrophes() throws IOException {
    assertThat(positions("l'heure").get(0)).contains("heure").doesNotContain("l'heure");
    assertThat(positions("l’heure").get(0)).contains("heure");
    assertThat(positions("qu'elle d'abord").get(0)).contains("elle");
    assertThat(positions("qu'elle d'abord").get(1)).contains("abord");
  }

  @Test
  void lightStemsOfBothLanguagesShareThePosition() throws IOException {
    List<List<String>> p = positions("heures girls nouvelles");
    assertThat(p).hasSize(3);
    assertThat(p.get(0)).contains("heures", "heur");
    assertThat(p.get(1)).contains("girls", "girl");
    assertThat(p.get(2)).contains("nouvelles");
    assertThat(positions("heure").get(0)).contains("heur"); // so "heure" and "heures" meet
  }

  @Test
  void englishWordsKeepTheirUnstemmedForm() throws IOException {
    assertThat(positions("new in town")).extracting(l -> l.get(0)).containsExactly("new", "in", "town");
  }
}
