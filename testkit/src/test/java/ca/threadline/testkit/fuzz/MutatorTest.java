package ca.threadline.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MutatorTest {
  private static final List<byte[]> SEEDS = List.of(
      "{\"id\":\"a1\",\"text\":\"call 416-555-0101\",\"size\":1234}\n".getBytes(StandardCharsets.UTF_8),
      "WARC/1.1\r\nContent-Length: 42\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

  @Test
  void aCaseIsReproducedFromSeedAndNumberAlone() {
    Mutator a = new Mutator(42, SEEDS);
    Mutator b = new Mutator(42, SEEDS);
    for (long n = 999; n >= 0; n--) {
      Mutator.Case x = a.mutate(n);
      Mutator.Case y = b.mutate(n);
      assertThat(y.bytes()).isEqualTo(x.bytes());
      assertThat(y.kind()).isEqualTo(x.kind());
    }
    assertThat(new Mutator(43, SEEDS).mutate(7).bytes()).isNotEqualTo(a.mutate(7).bytes());
  }

  @Test
  void everyKindOccursAndMostCasesDiffer() {
    Mutator m = new Mutator(1, SEEDS);
    Set<Mutator.Kind> seen = EnumSet.noneOf(Mutator.Kind.class);
    int changed = 0;
    boolean hugeNumber = false;
    for (int n = 0; n < 2000; n++) {
      Mutator.Case c = m.mutate(n);
      seen.add(c.kind());
      if (!java.util.Arrays.equals(c.bytes(), SEEDS.get(c.seedInput()))) {
        changed++;
      }
      String s = new String(c.bytes(), StandardCharsets.ISO_8859_1);
      hugeNumber |= c.kind() == Mutator.Kind.HUGE_NUMBER && s.contains("Content-Length: 9223372036854775807");
    }
    assertThat(seen).containsExactlyInAnyOrder(Mutator.Kind.values());
    assertThat(changed).isGreaterThan(1900);
    assertThat(hugeNumber).as("a declared size is replaced by a huge one").isTrue();
  }

  @Test
  void truncationsCutAtEveryKthOffset() {
    List<Mutator.Case> t = new Mutator(5, SEEDS).truncations(10, 100);
    int n0 = SEEDS.get(0).length;
    assertThat(t.get(0).bytes()).isEmpty();
    assertThat(t.get(1).bytes()).hasSize(10);
    assertThat(t.get(0).number()).isEqualTo(100);
    assertThat(t).anySatisfy(c -> assertThat(c.bytes()).hasSize(n0 - 1));
    assertThat(t).allSatisfy(c -> assertThat(c.kind()).isEqualTo(Mutator.Kind.TRUNCATE));
  }

  @Test
  void theRunnerReportsHangsHugeAllocationsAndUnexpectedThrowsWithTheirReproducer() {
    Mutator m = new Mutator(9, SEEDS);
    try (FuzzRunner runner = new FuzzRunner(Duration.ofMillis(300), 50_000_000)) {
      FuzzRunner.Summary s = runner.run("toy", FuzzRunner.range(m, 0, 6), in -> {
        switch (in.length % 4) {
          case 0 -> Thread.sleep(5_000);
          case 1 -> {
            byte[] big = new byte[80_000_000];
            big[1] = 1;
          }
          case 2 -> throw new IllegalArgumentException("rejected");
          default -> throw new NullPointerException("bug");
        }
      }, FuzzRunner.Verdict.accepting(IllegalArgumentException.class));
      assertThat(s.cases()).isEqualTo(6);
      long expectedFailures = java.util.stream.LongStream.range(0, 6).filter(n -> m.mutate(n).bytes().length % 4 != 2).count();
      assertThat(s.failures()).hasSize((int) expectedFailures);
      assertThat(s.failureReport()).contains("seed=9 case=");
      for (FuzzRunner.Failure f : s.failures()) {
        int kind = f.fuzzCase().bytes().length % 4;
        assertThat(f.why()).contains(switch (kind) {
          case 0 -> "hang";
          case 1 -> "allocated";
          default -> "NullPointerException";
        });
      }
    }
  }
}
