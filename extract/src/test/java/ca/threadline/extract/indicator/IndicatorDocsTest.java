package ca.threadline.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.core.indicator.IndicatorDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** docs/indicators.md lists every lexicon indicator with its weight and strength. */
class IndicatorDocsTest {
  @Test
  void docsTableMatchesTheLexicon() throws IOException {
    String root = System.getProperty("threadline.repoRoot");
    Path doc = root == null ? null : Path.of(root, "docs", "indicators.md");
    Assumptions.assumeTrue(doc != null && Files.isRegularFile(doc), "docs/indicators.md not reachable (threadline.repoRoot)");
    List<String> lines = Files.readAllLines(doc);
    for (IndicatorDefinition d : Lexicon.standard().definitions()) {
      String row = lines.stream().filter(l -> l.startsWith("| `" + d.code() + "` |")).findFirst().orElse(null);
      assertThat(row).as("row for %s in docs/indicators.md", d.code()).isNotNull();
      String[] cells = row.split("\\|");
      // | code | label en | label fr | weight | strength | found by | source |
      assertThat(Double.parseDouble(cells[4].strip())).as("weight of %s", d.code()).isEqualTo(d.weight());
      assertThat(cells[5].strip()).as("strength of %s", d.code()).isEqualTo(d.strength().wireName());
      assertThat(cells[2].strip()).as("English label of %s", d.code()).isEqualTo(d.labelEn());
    }
  }
}
