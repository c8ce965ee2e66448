package ca.threadline.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorScoresTest {
  static final Lexicon LEXICON = IndicatorLexiconTest.LEXICON;

  private static Indicator of(String code) {
    return new Indicator(LEXICON.entry(code).definition(), "x", new Span(0, 1));
  }

  private static IndicatorScores scores(String... codes) {
    List<Indicator> list = new ArrayList<>();
    for (String c : codes) {
      list.add(of(c));
    }
    return IndicatorScores.of(list);
  }

  @Test
  void nothingScoresZero() {
    assertThat(IndicatorScores.NONE.sexTrafficking().score()).isZero();
    assertThat(IndicatorScores.NONE.forcedLabour().level()).isEqualTo(IndicatorScores.Level.NONE);
  }

  @Test
  void validatedIndicatorsCombineAsNoisyOr() {
    assertThat(scores("obscured_phone").sexTrafficking().score()).isEqualTo(0.5);
    assertThat(scores("obscured_phone", "youth_language").sexTrafficking().score()).isEqualTo(0.75);
    IndicatorScores all4 = scores("obscured_phone", "youth_language", "ethnicity_stated", "trustworthy_language");
    assertThat(all4.sexTrafficking().score()).isEqualTo(0.938);
    assertThat(all4.sexTrafficking().validated()).containsExactly("ethnicity_stated", "obscured_phone", "trustworthy_language", "youth_language");
  }

  @Test
  void eachCodeCountsOnce() {
    assertThat(scores("youth_language", "youth_language", "youth_language").sexTrafficking().score()).isEqualTo(0.5);
  }

  @Test
  void weakSignalsAreCappedAndNeverOutrankOneValidatedIndicator() {
    IndicatorScores weak = scores("emoji_code", "third_person_language", "multiple_providers", "available_24_7", "no_restrictions", "risky_services", "movement_language");
    assertThat(weak.sexTrafficking().score()).isEqualTo(IndicatorScores.WEAK_CAP);
    assertThat(weak.sexTrafficking().validated()).isEmpty();
    assertThat(weak.sexTrafficking().score()).isLessThan(scores("ethnicity_stated").sexTrafficking().score());
  }

  @Test
  void movementLanguageNeverRaisesTheScore() {
    assertThat(scores("movement_language").sexTrafficking().score()).isZero();
    assertThat(scores("movement_language", "obscured_phone").sexTrafficking().score()).isEqualTo(scores("obscured_phone").sexTrafficking().score());
    assertThat(scores("movement_language", "emoji_code").sexTrafficking().score()).isEqualTo(scores("emoji_code").sexTrafficking().score());
  }

  @Test
  void forcedLabourIsACountOfDistinctCodes() {
    assertThat(scores("urgency").forcedLabour().level()).isEqualTo(IndicatorScores.Level.LOW);
    assertThat(scores("urgency", "urgency", "cash_only_pay").forcedLabour().count()).isEqualTo(2);
    assertThat(scores("urgency", "cash_only_pay", "recruitment_fee").forcedLabour().level()).isEqualTo(IndicatorScores.Level.ELEVATED);
    IndicatorScores five = scores("urgency", "cash_only_pay", "recruitment_fee", "document_retention", "no_employer_name");
    assertThat(five.forcedLabour().level()).isEqualTo(IndicatorScores.Level.HIGH);
    assertThat(five.forcedLabour().count()).isEqualTo(5);
    assertThat(five.sexTrafficking().score()).as("forced-labour signs do not feed the other score").isZero();
  }

  @Test
  void levelsBoundaries() {
    assertThat(IndicatorScores.Level.of(0)).isEqualTo(IndicatorScores.Level.NONE);
    assertThat(IndicatorScores.Level.of(2)).isEqualTo(IndicatorScores.Level.LOW);
    assertThat(IndicatorScores.Level.of(3)).isEqualTo(IndicatorScores.Level.ELEVATED);
    assertThat(IndicatorScores.Level.of(4)).isEqualTo(IndicatorScores.Level.ELEVATED);
    assertThat(IndicatorScores.Level.of(5)).isEqualTo(IndicatorScores.Level.HIGH);
  }
}
