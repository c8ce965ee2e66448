package ca.threadline.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.indicator.IndicatorDomain;
import ca.threadline.extract.DevSet;
import ca.threadline.extract.Language;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The dev set's job ads fire their obvious forced-labour signs, and nothing else. */
class DevSetIndicatorsTest {
  static final Map<String, Set<String>> EXPECTED =
      Map.of(
          "dev-08", Set.of("debt_repayment", "no_employer_name"),
          "dev-09", Set.of("housing_deduction", "lmia_for_sale", "no_employer_name"),
          "dev-13", Set.of("housing_deduction", "messaging_app_only", "no_employer_name"),
          "dev-14", Set.of("excessive_hours", "delayed_or_withheld_pay", "no_employer_name"),
          "dev-15", Set.of("cash_only_pay", "document_retention", "no_employer_name"),
          "dev-17", Set.of("cash_only_pay", "no_employer_name"),
          "dev-30", Set.of("cash_only_pay", "no_permit_needed", "no_employer_name"),
          "dev-38", Set.of("lmia_for_sale", "recruitment_fee", "no_employer_name"),
          "dev-40", Set.of("recruitment_fee", "document_retention", "housing_deduction", "messaging_app_only", "no_employer_name"));

  @Test
  void jobAdsFireTheirSigns() {
    LexiconIndicatorFinder finder = LexiconIndicatorFinderTest.FINDER;
    Map<String, DevSet.Ad> ads = DevSet.load().stream().collect(Collectors.toMap(DevSet.Ad::id, a -> a));
    for (var e : EXPECTED.entrySet()) {
      DevSet.Ad ad = ads.get(e.getKey());
      List<Indicator> found = finder.find(ad.text(), Language.UNDETERMINED, List.of());
      Set<String> codes = found.stream().map(Indicator::code).collect(Collectors.toCollection(TreeSet::new));
      assertThat(codes).as("%s: %s", ad.id(), found).isEqualTo(new TreeSet<>(e.getValue()));
    }
    List<String> dev40 = finder.find(ads.get("dev-40").text(), Language.EN, List.of()).stream().map(Indicator::code).toList();
    assertThat(IndicatorScores.of(finder.find(ads.get("dev-40").text(), Language.EN, List.of())).forcedLabour().level())
        .as("dev-40 %s", dev40)
        .isEqualTo(IndicatorScores.Level.HIGH);
  }

  @Test
  void adKindMatchesTheDevSet() {
    LexiconIndicatorFinder finder = LexiconIndicatorFinderTest.FINDER;
    int right = 0;
    List<DevSet.Ad> ads = DevSet.load();
    for (DevSet.Ad ad : ads) {
      AdKind k = finder.kind(ad.text(), List.of());
      boolean ok = k == AdKind.valueOf(ad.kind().toUpperCase(java.util.Locale.ROOT)) || k == AdKind.UNKNOWN;
      assertThat(ok).as("%s is %s, read as %s", ad.id(), ad.kind(), k).isTrue();
      if (k != AdKind.UNKNOWN) {
        right++;
      }
    }
    assertThat(right).as("decided kinds").isGreaterThanOrEqualTo(ads.size() - 2);
  }

  @Test
  void escortAdsGetNoForcedLabourIndicators() {
    LexiconIndicatorFinder finder = LexiconIndicatorFinderTest.FINDER;
    for (DevSet.Ad ad : DevSet.load()) {
      if (ad.kind().equals("escort")) {
        assertThat(finder.find(ad.text(), Language.UNDETERMINED, List.of()))
            .as(ad.id())
            .noneMatch(i -> i.definition().domain() == IndicatorDomain.FORCED_LABOUR);
      }
    }
  }
}
