package ca.threadline.chain.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TracerShareTest {
  @Test
  void haircutIsProportionalRoundedDownAndSafeFromOverflow() {
    assertThat(Tracer.share(1_000, 1, 4)).isEqualTo(250);
    assertThat(Tracer.share(999, 1, 3)).isEqualTo(333);
    assertThat(Tracer.share(5, 10, 10)).isEqualTo(5);
    assertThat(Tracer.share(2_100_000_000_000_000L, 2_000_000_000_000_000L, 2_100_000_000_000_000L)).isEqualTo(2_000_000_000_000_000L);
  }
}
