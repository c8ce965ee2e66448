package ca.threadline.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MinimumWageTableTest {
  @Test
  void everyProvinceAndTerritoryHasARate() {
    MinimumWageTable t = MinimumWageTable.standard();
    assertThat(t.provinces()).containsExactlyInAnyOrder("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT");
    for (String p : t.provinces()) {
      assertThat(t.rate(p)).as(p).isPresent();
      assertThat(t.rate(p).getAsDouble()).as(p).isBetween(15.0, 25.0);
    }
  }

  @Test
  void ratesFollowTheirEffectiveDates() {
    MinimumWageTable t = MinimumWageTable.standard();
    assertThat(t.rate("QC").getAsDouble()).isEqualTo(16.10); // 2026-01-01
    assertThat(t.rate("QC", LocalDate.of(2026, 5, 1)).getAsDouble()).isEqualTo(16.60);
    assertThat(t.rate("ON", LocalDate.of(2026, 11, 1)).getAsDouble()).isEqualTo(17.95);
    assertThat(t.rate("XX")).isEmpty();
    assertThat(t.rate("QC", LocalDate.of(2000, 1, 1))).isEmpty();
  }
}
