package ca.threadline.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.extract.lang.CharTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountsTest {
  private static List<Amounts.Amount> read(String text) {
    return Amounts.read(new Tokenizer(CharTable.of()).tokenize(text)).all;
  }

  @Test
  void hourlyWages() {
    assertThat(read("$17/hr cash")).singleElement().satisfies(a -> {
      assertThat(a.value()).isEqualTo(17);
      assertThat(a.unit()).isEqualTo(Amounts.Unit.HOUR);
    });
    assertThat(read("16,10 $ de l'heure").getFirst().value()).isEqualTo(16.10);
    assertThat(read("16,10 $ de l'heure").getFirst().unit()).isEqualTo(Amounts.Unit.HOUR);
    assertThat(read("$15 an hour").getFirst().unit()).isEqualTo(Amounts.Unit.HOUR);
  }

  @Test
  void periodsAndWeeklyEquivalents() {
    assertThat(read("Logement 120$/semaine").getFirst().weekly()).isEqualTo(120);
    assertThat(read("housing $550/month").getFirst().weekly()).isCloseTo(126.9, org.assertj.core.data.Offset.offset(0.1));
    assertThat(read("transport 20 $ par jour").getFirst().weekly()).isEqualTo(140);
    assertThat(read("fee $2,800").getFirst().weekly()).isNaN();
  }

  @Test
  void groupsAndRanges() {
    assertThat(read("Formation 5 500 $ remboursée").getFirst().value()).isEqualTo(5500);
    Amounts.Amount range = read("$15-18/hr").getFirst();
    assertThat(range.low()).isEqualTo(15);
    assertThat(range.value()).isEqualTo(18);
    assertThat(range.unit()).isEqualTo(Amounts.Unit.HOUR);
    assertThat(read("15 $ à 18 $ de l'heure").getFirst().value()).isEqualTo(18);
  }

  @Test
  void numbersWithoutCurrencyAreNotMoney() {
    assertThat(read("12 hours a day, call 416 555 0199, 5 years")).isEmpty();
    assertThat(read("$\n17/hr")).isEmpty();
  }
}
