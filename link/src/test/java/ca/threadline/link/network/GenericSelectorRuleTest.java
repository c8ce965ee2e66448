package ca.threadline.link.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenericSelectorRuleTest {
  /** Builds a selector graph ad by ad: template label (an ad index) and selector keys. */
  private static final class Ads {
    final List<Integer> templates = new ArrayList<>();
    final List<List<String>> selectors = new ArrayList<>();

    /** Adds an ad in a new template cluster; returns its index. */
    int ad(String... keys) {
      return adIn(-1, keys);
    }

    /** Adds an ad in the template cluster of ad {@code sameTemplateAs} (or its own when -1). */
    int adIn(int sameTemplateAs, String... keys) {
      int i = templates.size();
      templates.add(sameTemplateAs < 0 ? i : templates.get(sameTemplateAs));
      selectors.add(List.of(keys));
      return i;
    }

    SelectorGraph graph() {
      Map<String, Integer> ids = new LinkedHashMap<>();
      int[][] sel = new int[selectors.size()][];
      for (int a = 0; a < sel.length; a++) {
        sel[a] = selectors.get(a).stream().mapToInt(k -> ids.computeIfAbsent(k, x -> ids.size())).toArray();
      }
      return new SelectorGraph(templates.stream().mapToInt(Integer::intValue).toArray(), sel, ids.keySet().toArray(String[]::new));
    }
  }

  private static int id(SelectorGraph g, String key) {
    for (int s = 0; s < g.selectorCount(); s++) {
      if (g.key(s).equals(key)) {
        return s;
      }
    }
    throw new AssertionError(key);
  }

  @Test
  void agencyLineAcrossSevenOperatorsWithTheirOwnPhonesIsGeneric() {
    Ads ads = new Ads();
    for (int op = 0; op < 7; op++) {
      int first = ads.ad("phone:+1416555010" + op, "phone:+14165550199");
      ads.adIn(first, "phone:+1416555010" + op);
    }
    SelectorGraph g = ads.graph();
    GenericSelectorRule.Verdicts v = GenericSelectorRule.defaults().judge(g);
    int agency = id(g, "phone:+14165550199");
    assertThat(v.isGeneric(agency)).isTrue();
    assertThat(v.ownContactGroups()[agency]).isEqualTo(7);
    assertThat(v.reason(agency)).contains("7 otherwise unrelated groups").contains("own contact");
    assertThat(v.isGeneric(id(g, "phone:+14165550100"))).isFalse();
    NetworkBuilder.Networks n = new NetworkBuilder(GenericSelectorRule.defaults()).build(g);
    assertThat(java.util.Arrays.stream(n.labels()).distinct().count()).isEqualTo(7);
  }

  /** A manager's line shared by six women, each with her own phone, is the link to keep. */
  @Test
  void managerLineAcrossSixGroupsWithOwnPhonesStillLinks() {
    Ads ads = new Ads();
    for (int w = 0; w < 6; w++) {
      ads.ad("phone:+1514555010" + w, "email:boss@example.com");
    }
    SelectorGraph g = ads.graph();
    assertThat(GenericSelectorRule.defaults().judge(g).isGeneric(id(g, "email:boss@example.com"))).isFalse();
    NetworkBuilder.Networks n = new NetworkBuilder(GenericSelectorRule.defaults()).build(g);
    assertThat(n.labels()).containsOnly(0);
  }

  /** Heavy rewording splits one operator's ads into many small clusters: not a generic phone. */
  @Test
  void operatorPhoneAcrossManyFragmentsWithoutOtherContactsLinks() {
    Ads ads = new Ads();
    for (int k = 0; k < 15; k++) {
      ads.ad("phone:+16135550111");
    }
    SelectorGraph g = ads.graph();
    GenericSelectorRule.Verdicts v = GenericSelectorRule.defaults().judge(g);
    assertThat(v.isGeneric(0)).isFalse();
    assertThat(v.groups()[0]).isEqualTo(15);
    assertThat(v.ownContactGroups()[0]).isZero();
  }

  @Test
  void numberSpreadOverMoreThanTwentyUnrelatedGroupsIsGenericEvenWithoutOwnContacts() {
    Ads ads = new Ads();
    for (int k = 0; k < 21; k++) {
      ads.ad("phone:+17805550150");
    }
    SelectorGraph g = ads.graph();
    GenericSelectorRule.Verdicts v = GenericSelectorRule.defaults().judge(g);
    assertThat(v.isGeneric(0)).isTrue();
    assertThat(v.reason(0)).contains("spread over 21");
  }

  /** Groups tied by another shared selector count once. */
  @Test
  void groupsTiedByAnotherSelectorCountOnce() {
    Ads ads = new Ads();
    for (int k = 0; k < 8; k++) {
      // eight template clusters; the first four share one rotating phone, the others another
      ads.ad("phone:+14035550100", k < 4 ? "phone:+14035550111" : "phone:+14035550122");
    }
    SelectorGraph g = ads.graph();
    GenericSelectorRule.Verdicts v = GenericSelectorRule.defaults().judge(g);
    int p = id(g, "phone:+14035550100");
    assertThat(v.groups()[p]).isEqualTo(2);
    assertThat(v.ownContactGroups()[p]).isEqualTo(2);
    assertThat(v.genericCount()).isZero();
  }

  /** An agency's phone and e-mail always printed together must not vouch for each other. */
  @Test
  void pairedBookingLinesAreBothGeneric() {
    Ads ads = new Ads();
    for (int op = 0; op < 9; op++) {
      ads.ad("phone:+1902555010" + op, "phone:+19025550190", "email:desk@agency.example.com");
    }
    SelectorGraph g = ads.graph();
    GenericSelectorRule.Verdicts v = GenericSelectorRule.defaults().judge(g);
    assertThat(v.isGeneric(id(g, "phone:+19025550190"))).isTrue();
    assertThat(v.isGeneric(id(g, "email:desk@agency.example.com"))).isTrue();
    NetworkBuilder.Networks n = new NetworkBuilder(GenericSelectorRule.defaults()).build(g);
    assertThat(java.util.Arrays.stream(n.labels()).distinct().count()).isEqualTo(9);
  }

  /** An operator's phone and e-mail in every ad, over many reworded fragments: still one operation. */
  @Test
  void operatorPhoneAndEmailTogetherOverManyFragmentsLink() {
    Ads ads = new Ads();
    for (int k = 0; k < 12; k++) {
      ads.ad("phone:+16135550122", "email:lea@example.com");
    }
    SelectorGraph g = ads.graph();
    assertThat(GenericSelectorRule.defaults().judge(g).genericCount()).isZero();
    assertThat(new NetworkBuilder(GenericSelectorRule.defaults()).build(g).labels()).containsOnly(0);
  }

  /** Once one selector is generic, groups it tied fall apart and another can become generic. */
  @Test
  void verdictsIterateToAFixpoint() {
    Ads ads = new Ads();
    // the site line appears in 8 operators' ads, each with own phone: generic in round 1
    // the scam number appears in 7 of those operators' other templates, whose only other tie is
    // the site line; after round 1 those groups are unrelated, with their own phones: generic
    for (int op = 0; op < 8; op++) {
      int a = ads.ad("phone:+1416555010" + op, "phone:+14165550190");
      if (op < 7) {
        ads.ad("phone:+1416555011" + op, "phone:+14165550191", "phone:+14165550190");
      }
      assertThat(a).isGreaterThanOrEqualTo(0);
    }
    SelectorGraph g = ads.graph();
    GenericSelectorRule.Verdicts v = GenericSelectorRule.defaults().judge(g);
    assertThat(v.isGeneric(id(g, "phone:+14165550190"))).isTrue();
    assertThat(v.isGeneric(id(g, "phone:+14165550191"))).isTrue();
    assertThat(v.rounds()).isGreaterThanOrEqualTo(2);
  }
}
