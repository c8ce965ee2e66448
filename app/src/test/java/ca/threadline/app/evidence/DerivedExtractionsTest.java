package ca.threadline.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.evidence.store.CaseName;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening the derived rows finds which items have a row (read from the row's leading id, or by
 * parsing a row written otherwise), across block boundaries, and cuts off a torn last line.
 */
class DerivedExtractionsTest {
  @Test
  void findsEveryRowsIdAndCutsATornLastLine(@TempDir Path home) throws Exception {
    CaseName c = new CaseName("Op Héron");
    Path file = DerivedExtractions.path(home, c);
    Files.createDirectories(file.getParent());
    String big = "x".repeat(1 << 20); // a row longer than the read block
    String rows = "{\"id\":\"a1\",\"case\":\"Op Héron\",\"text\":\"court\"}\n"
        + "{\"id\":\"b2\",\"text\":\"" + big + "\"}\n"
        + "{\"case\":\"Op Héron\",\"id\":\"c3\",\"text\":\"id not first\"}\n"
        + "{\"id\":\"d\\u0034\",\"text\":\"an escaped id\"}\n"
        + "not json at all\n";
    String torn = "{\"id\":\"e5\",\"text\":\"cut sh";
    Files.writeString(file, rows + torn, StandardCharsets.UTF_8);

    DerivedExtractions d = DerivedExtractions.open(home, c);
    assertThat(d.has("a1")).isTrue();
    assertThat(d.has("b2")).isTrue();
    assertThat(d.has("c3")).isTrue();
    assertThat(d.has("d4")).isTrue();
    assertThat(d.has("e5")).as("a torn line is no row").isFalse();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(rows);
  }
}
