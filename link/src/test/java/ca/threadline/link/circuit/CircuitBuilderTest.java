package ca.threadline.link.circuit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CircuitBuilderTest {
  @Test
  void consecutiveAdsInOneCityFormAStopAndReturnsStartANewOne() {
    long day = 86_400;
    long t0 = Instant.parse("2026-02-01T00:00:00Z").getEpochSecond();
    long[] times = {t0 + 5 * day, t0, t0 + day, t0 + 2 * day, CircuitBuilder.UNDATED, t0 + 9 * day, t0 + 3 * day};
    String[] places = {"Montréal, QC", "Toronto, ON", "Toronto, ON", "Ottawa, ON", "Toronto, ON", "Toronto, ON", null};
    Circuit c = new CircuitBuilder().build(new int[] {0, 1, 2, 3, 4, 5, 6}, times, places);
    assertThat(c.stops())
        .extracting(Circuit.Stop::place)
        .containsExactly("Toronto, ON", "Ottawa, ON", "Montréal, QC", "Toronto, ON");
    assertThat(c.stops().get(0).ads()).isEqualTo(2);
    assertThat(c.stops().get(0).from()).isEqualTo(Instant.ofEpochSecond(t0));
    assertThat(c.stops().get(0).to()).isEqualTo(Instant.ofEpochSecond(t0 + day));
    assertThat(c.undated()).isEqualTo(1);
    assertThat(c.unplaced()).isEqualTo(1);
  }

  @Test
  void areaCodeOnlyOriginsReadNanpNumbers() {
    assertThat(PhoneOrigins.areaCodeOnly().of("+15145550101")).get().extracting(PhoneOrigins.Origin::areaCode).isEqualTo("514");
    assertThat(PhoneOrigins.areaCodeOnly().of("+33612345678")).isEmpty();
  }
}
