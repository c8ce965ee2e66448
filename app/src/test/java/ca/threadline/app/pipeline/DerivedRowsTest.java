package ca.threadline.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The derived rows file is read in blocks: rows of any length (a page's text can exceed the
 * block), from any line start, give each row once with the offset just after it; an unfinished
 * last line is left for the next run; a row that cannot be read is reported and skipped.
 */
class DerivedRowsTest {
  static final long SEED = 0xD0C5L;

  @Test
  void rowsOfAnyLengthAcrossBlocksFromAnyLineStart(@TempDir Path dir) throws Exception {
    System.out.println("DerivedRowsTest seed " + SEED);
    Random random = new Random(SEED);
    StringBuilder file = new StringBuilder();
    List<String> ids = new ArrayList<>();
    List<Long> ends = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int length = switch (random.nextInt(6)) {
        case 0 -> 0;
        case 1 -> (1 << 20) - 40 + random.nextInt(80); // about the block size
        case 2 -> 2_500_000 + random.nextInt(1000);
        default -> random.nextInt(3000);
      };
      String id = "item-" + i;
      file.append("{\"id\":\"").append(id).append("\",\"kind\":\"http-response\",\"text\":\"")
          .append("é a".repeat(length / 3)).append("\"}\n");
      ids.add(id);
      ends.add((long) file.toString().getBytes(StandardCharsets.UTF_8).length);
    }
    file.append("{\"id\":\"bad\",").append("\n"); // a row that cannot be read
    long afterBad = file.toString().getBytes(StandardCharsets.UTF_8).length;
    file.append("{\"id\":\"torn\",\"text\":\"an append cut short");
    Path f = dir.resolve("extractions.jsonl");
    Files.writeString(f, file, StandardCharsets.UTF_8);

    for (int from : new int[] {0, 1, 17, 39}) {
      long start = from == 0 ? 0 : ends.get(from - 1);
      List<String> seen = new ArrayList<>();
      List<Long> seenEnds = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      long last = DerivedRows.read(f, start, (row, end) -> {
        seen.add(row.itemId());
        seenEnds.add(end);
        assertThat(row.text()).isNotNull();
      }, warnings::add);
      assertThat(seen).isEqualTo(ids.subList(from, ids.size()));
      assertThat(seenEnds).isEqualTo(ends.subList(from, ends.size()));
      assertThat(last).as("the torn line is left for later").isEqualTo(afterBad);
      assertThat(warnings).singleElement().asString().contains("row at byte " + ends.get(ends.size() - 1));
    }
  }
}
