package ca.threadline.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import ca.threadline.extract.Language;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LexiconIndicatorFinderTest {
  static final LexiconIndicatorFinder FINDER = LexiconIndicatorFinder.standard();

  static Stream<IndicatorCases.Case> cases() {
    return IndicatorCases.ALL.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachCase(IndicatorCases.Case c) {
    List<Indicator> found = FINDER.find(c.text(), Language.UNDETERMINED, c.selectors());
    List<String> codes = found.stream().map(Indicator::code).toList();
    if (c.fires()) {
      assertThat(codes).as("%s in %s (found %s)", c.code(), c.text(), found).contains(c.code());
    } else {
      assertThat(codes).as("%s must not fire in %s (found %s)", c.code(), c.text(), found).doesNotContain(c.code());
    }
    for (Indicator i : found) {
      assertThat(i.span().end()).isLessThanOrEqualTo(c.text().length());
      assertThat(i.evidence()).isEqualTo(i.span().of(c.text()));
    }
  }

  @Test
  void evidenceIsTheTriggeringWordsWithUtf16Span() {
    String text = "🌹🌹 Mia 24yo incall, 100% real pics";
    Indicator trust = find(text, "trustworthy_language");
    assertThat(trust.evidence()).isEqualTo("100% real");
    assertThat(trust.span()).isEqualTo(new Span(text.indexOf("100%"), text.indexOf("100%") + "100% real".length()));
    Indicator emoji = find(text, "emoji_code");
    assertThat(emoji.span()).isEqualTo(new Span(0, 2)); // one emoji = a surrogate pair = two UTF-16 units
  }

  @Test
  void obscuredPhoneEvidenceIsTheNumberAsWritten() {
    String text = "Kim 21yo incall\n4 0 3\n5 5 5 0 1 7 4";
    Selector p = new Selector(SelectorType.PHONE, "+14035550174", new Span(16, text.length()), List.of("line_break", "spaced_digits"), null);
    Indicator i = FINDER.find(text, Language.EN, List.of(p)).stream().filter(x -> x.code().equals("obscured_phone")).findFirst().orElseThrow();
    assertThat(i.evidence()).isEqualTo("4 0 3\n5 5 5 0 1 7 4");
    assertThat(i.span()).isEqualTo(p.span());
  }

  @Test
  void eachObscuredPhoneIsItsOwnIndicator() {
    String text = "Ivy 22yo: four one six 555 0199 or 6 4 7 5 5 5 0 1 2 3";
    List<Selector> phones =
        List.of(
            IndicatorCases.phone("four one six 555 0199", text, "mixed_words_digits", "number_words"),
            IndicatorCases.phone("6 4 7 5 5 5 0 1 2 3", text, "spaced_digits"));
    assertThat(FINDER.find(text, Language.EN, phones).stream().filter(i -> i.code().equals("obscured_phone"))).hasSize(2);
  }

  @Test
  void movementLanguageCarriesNoWeight() {
    Indicator m = find("Just arrived in Halifax 💫 Layla, 29yo", "movement_language");
    assertThat(m.weight()).isZero();
    assertThat(IndicatorScores.of(List.of(m)).sexTrafficking().score()).isZero();
  }

  @Test
  void domainAwareness() {
    assertThat(FINDER.kind("Call centre agents wanted, customer service 24/7, $18/hr", List.of())).isEqualTo(AdKind.JOB);
    assertThat(FINDER.kind("Kiki 25yo incall 24/7", List.of())).isEqualTo(AdKind.ESCORT);
    Selector age = new Selector(SelectorType.AGE, "22", new Span(0, 2));
    assertThat(FINDER.kind("22 💫 cash only", List.of(age))).isEqualTo(AdKind.ESCORT);
    assertThat(FINDER.kind("💫 cash only", List.of())).isEqualTo(AdKind.UNKNOWN);
    // unclear kind: both domains may fire
    assertThat(codes("cash only, 24/7")).contains("cash_only_pay", "available_24_7");
  }

  @Test
  void overlappingHitsOfOneCodeKeepTheLongest() {
    List<Indicator> found = FINDER.find("Farm workers wanted. Recruitment fee $2,000.", Language.EN, List.of());
    assertThat(found.stream().filter(i -> i.code().equals("recruitment_fee")).map(Indicator::evidence)).containsExactly("Recruitment fee");
  }

  @Test
  void repeatedSignsAreAllShownButScoredOnce() {
    List<Indicator> found = FINDER.find("Mia 24yo young and sweet. So young! incall", Language.EN, List.of());
    assertThat(found.stream().filter(i -> i.code().equals("youth_language"))).hasSize(2);
    assertThat(IndicatorScores.of(found).sexTrafficking().score()).isEqualTo(0.5);
  }

  @Test
  void emptyAndBlankTexts() {
    assertThat(FINDER.find("", Language.UNDETERMINED, List.of())).isEmpty();
    assertThat(FINDER.find(" \n\t ", Language.UNDETERMINED, List.of())).isEmpty();
  }

  private static List<String> codes(String text) {
    return FINDER.find(text, Language.UNDETERMINED, List.of()).stream().map(Indicator::code).toList();
  }

  private static Indicator find(String text, String code) {
    return FINDER.find(text, Language.UNDETERMINED, List.of()).stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError(code + " not in " + text));
  }
}
