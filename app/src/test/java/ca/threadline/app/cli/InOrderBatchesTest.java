package ca.threadline.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.threadline.core.io.InputLine;
import ca.threadline.core.io.LineReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderBatchesTest {
  private static LineReader lines(int n) {
    String text = IntStream.rangeClosed(1, n).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
    return new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");
  }

  private static long number(InputLine l) {
    return ((InputLine.Text) l).number();
  }

  @Test
  void resultsComeInInputOrderWhateverTheThreadCountAroundBatchBoundaries() throws IOException {
    for (int n : new int[] {0, 1, 2047, 2048, 2049, 4096, 6145, 10_000}) {
      for (int threads : new int[] {1, 2, 4}) {
        List<Long> seen = new ArrayList<>();
        long read;
        try (InOrderBatches<Long> batches = new InOrderBatches<>(threads)) {
          read =
              batches.run(
                  lines(n),
                  l -> {
                    // Uneven work so that later lines often finish first.
                    long sum = 0;
                    for (int i = 0; i < (number(l) % 7 == 0 ? 20_000 : 10); i++) {
                      sum += i;
                    }
                    return sum >= 0 ? number(l) : -1;
                  },
                  seen::add);
        }
        assertThat(read).as("n=%d threads=%d", n, threads).isEqualTo(n);
        assertThat(seen).as("n=%d threads=%d", n, threads).containsExactlyElementsOf(oneTo(n));
      }
    }
  }

  @Test
  void aSinkThatSaysStopGetsNothingMore() throws IOException {
    List<Long> seen = new ArrayList<>();
    try (InOrderBatches<Long> batches = new InOrderBatches<>(2)) {
      batches.run(lines(9000), InOrderBatchesTest::number, r -> seen.add(r) && r < 3000);
    }
    assertThat(seen).containsExactlyElementsOf(oneTo(3000));
  }

  @Test
  void aFailingMapperFailsTheRun() {
    try (InOrderBatches<Long> batches = new InOrderBatches<>(2)) {
      assertThatThrownBy(
              () ->
                  batches.run(
                      lines(5000),
                      l -> {
                        if (number(l) == 4321) {
                          throw new IllegalStateException("boom at 4321");
                        }
                        return number(l);
                      },
                      r -> true))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("4321");
    }
  }

  private static List<Long> oneTo(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> (long) i).toList();
  }
}
