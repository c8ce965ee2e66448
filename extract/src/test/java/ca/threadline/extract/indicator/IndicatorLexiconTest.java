package ca.threadline.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.threadline.core.indicator.EvidenceStrength;
import ca.threadline.core.indicator.IndicatorDefinition;
import ca.threadline.core.indicator.IndicatorDomain;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped lexicon is complete, reviewed-looking and covered by tests. */
class IndicatorLexiconTest {
  static final Lexicon LEXICON = Lexicon.standard();

  /** Codes other parts of Threadline (the synthetic ad generator) rely on: never rename. */
  static final Set<String> REQUIRED =
      Set.of(
          "trustworthy_language", "obscured_phone", "youth_language", "ethnicity_stated", "emoji_code",
          "third_person_language", "multiple_providers", "available_24_7", "no_restrictions", "movement_language",
          "recruitment_fee", "document_retention", "housing_deduction", "worker_pays_travel", "lmia_for_sale",
          "no_employer_name", "messaging_app_only", "wage_below_minimum", "no_permit_needed", "cash_only_pay",
          "excessive_hours", "delayed_or_withheld_pay", "deceptive_offer", "urgency");

  @Test
  void requiredCodesArePresent() {
    assertThat(LEXICON.definitions().stream().map(IndicatorDefinition::code)).containsAll(REQUIRED);
  }

  @Test
  void everyEntryIsComplete() {
    for (IndicatorDefinition d : LEXICON.definitions()) {
      assertThat(d.code()).matches("[a-z0-9_]+");
      assertThat(d.labelEn()).as("label.en of %s", d.code()).isNotBlank();
      assertThat(d.labelFr()).as("label.fr of %s", d.code()).isNotBlank().isNotEqualTo(d.labelEn());
      assertThat(d.source()).as("source of %s", d.code()).isNotBlank().hasSizeGreaterThan(20);
      assertThat(d.rationale()).as("rationale of %s", d.code()).isNotBlank();
      assertThat(d.strength()).isNotNull();
      assertThat(d.weight()).as("weight of %s", d.code()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void theFourValidatedIndicatorsWeighMost() {
    Map<EvidenceStrength, List<IndicatorDefinition>> byStrength =
        LEXICON.definitions().stream()
            .filter(d -> d.domain() == IndicatorDomain.SEX_TRAFFICKING)
            .collect(Collectors.groupingBy(IndicatorDefinition::strength));
    assertThat(byStrength.get(EvidenceStrength.VALIDATED).stream().map(IndicatorDefinition::code))
        .containsExactlyInAnyOrder("trustworthy_language", "obscured_phone", "youth_language", "ethnicity_stated");
    double minValidated = byStrength.get(EvidenceStrength.VALIDATED).stream().mapToDouble(IndicatorDefinition::weight).min().orElseThrow();
    double sumOthers =
        LEXICON.definitions().stream()
            .filter(d -> d.domain() == IndicatorDomain.SEX_TRAFFICKING && d.strength() != EvidenceStrength.VALIDATED)
            .mapToDouble(IndicatorDefinition::weight)
            .sum();
    assertThat(minValidated).isGreaterThan(IndicatorScores.WEAK_CAP);
    assertThat(sumOthers).as("weak ones are capped in the score anyway").isGreaterThan(0);
    assertThat(LEXICON.entry("movement_language").definition().weight()).isZero();
    for (String weak : List.of("emoji_code", "third_person_language")) {
      assertThat(LEXICON.entry(weak).definition().strength()).isEqualTo(EvidenceStrength.WEAK);
    }
  }

  @Test
  void everyCodeFiresInATestInEnglishAndInFrench() {
    Set<String> codes = LEXICON.definitions().stream().map(IndicatorDefinition::code).collect(Collectors.toCollection(TreeSet::new));
    for (String lang : List.of("en", "fr")) {
      Set<String> firing =
          IndicatorCases.ALL.stream().filter(c -> c.fires() && c.lang().equals(lang)).map(IndicatorCases.Case::code).collect(Collectors.toSet());
      assertThat(firing).as("codes with a firing %s case", lang).containsAll(codes);
    }
    Set<String> silent = IndicatorCases.ALL.stream().filter(c -> !c.fires()).map(IndicatorCases.Case::code).collect(Collectors.toSet());
    assertThat(silent).as("every code also has a negation or decoy case").containsAll(codes);
    Set<String> unknown = IndicatorCases.ALL.stream().map(IndicatorCases.Case::code).filter(c -> !codes.contains(c)).collect(Collectors.toSet());
    assertThat(unknown).isEmpty();
  }

  @Test
  void everyTriggerPatternIsWrittenForALanguageAndCues() {
    for (LexiconEntry e : LEXICON.entries()) {
      for (LexiconEntry.Phrase p : e.triggers()) {
        assertThat(p.language()).isIn("en", "fr", "any");
      }
    }
    assertThat(LEXICON.cues().stream().map(Cue::name)).contains("negation", "job_kind", "escort_kind", "payment", "housing", "agriculture");
  }

  @Test
  void brokenLexiconsFailWithFileAndLine() {
    assertThatThrownBy(() -> parse("indicator x", "domain: forced_labour", "label.en: X", "label.fr: Y", "weight: 0.5", "strength: weak", "rationale: r", "en: foo"))
        .hasMessageContaining("t.lexicon:1").hasMessageContaining("lacks 'source'");
    assertThatThrownBy(() -> parse("indicator x", "domain: forced_labour", "label.en: X", "label.fr: Y", "weight: 1.5", "strength: weak", "source: s", "rationale: r", "en: foo"))
        .hasMessageContaining("t.lexicon:5").hasMessageContaining("[0, 1]");
    assertThatThrownBy(() -> parse("indicator x", "domain: forced_labour", "label.en: X", "label.fr: Y", "weight: 0.5", "strength: strong", "source: s", "rationale: r", "en: foo"))
        .hasMessageContaining("t.lexicon:6").hasMessageContaining("strength");
    assertThatThrownBy(() -> parse("indicator x", "domain: forced_labour", "label.en: X", "label.fr: Y", "weight: 0.5", "strength: weak", "source: s", "rationale: r", "en: (foo"))
        .hasMessageContaining("t.lexicon:9").hasMessageContaining("missing ')'");
    assertThatThrownBy(() -> parse("indicator x", "domain: forced_labour", "label.en: X", "label.fr: Y", "weight: 0.5", "strength: weak", "source: s", "rationale: r", "en if nosuchcue: foo"))
        .hasMessageContaining("t.lexicon:9").hasMessageContaining("unknown cue");
    assertThatThrownBy(() -> parse("oops")).hasMessageContaining("t.lexicon:1");
  }

  @Test
  void derivedRulesMustExistAndBeUsed() {
    Lexicon lx = Lexicon.parse(Map.of("t.lexicon", List.of(
        "indicator x", "domain: forced_labour", "label.en: X", "label.fr: Y", "weight: 0.5", "strength: weak", "source: s", "rationale: r", "derived: nope",
        "cue negation", "en: no")));
    assertThatThrownBy(() -> new LexiconIndicatorFinder(lx, List.of())).hasMessageContaining("unknown derived rule 'nope'");
  }

  private static Lexicon parse(String... lines) {
    return Lexicon.parse(Map.of("t.lexicon", List.of(lines)));
  }
}
