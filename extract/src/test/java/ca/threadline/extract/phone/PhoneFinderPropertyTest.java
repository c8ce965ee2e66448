package ca.threadline.extract.phone;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded round trips: random fictional numbers written in every obfuscation style and mixture
 * ({@link PhoneWriter}), alone and inside ad-like text with decoys ({@link SyntheticAds}); the
 * finder must give back exactly the planted numbers: value, span and tag set.
 */
class PhoneFinderPropertyTest {
  private static final PhoneFinder FINDER = new PhoneFinder();
  private static List<String> areaCodes;

  @BeforeAll
  static void validAreaCodes() {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    areaCodes = new ArrayList<>();
    for (String ac : SyntheticAds.AREA_CODES) {
      PhoneNumber n = new PhoneNumber().setCountryCode(1).setNationalNumber(Long.parseLong(ac + "5550123"));
      if (util.isValidNumber(n)) {
        areaCodes.add(ac);
      }
    }
    assertThat(areaCodes).hasSizeGreaterThan(40);
  }

  @Test
  void everyFormAloneReadsBackExactly() {
    long seed = 0x5EED_0001L;
    System.out.println("everyFormAloneReadsBackExactly seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    SyntheticAds numbers = new SyntheticAds(random, areaCodes);
    PhoneWriter writer = new PhoneWriter(random);
    for (PhoneWriter.Form form : PhoneWriter.Form.values()) {
      for (int i = 0; i < 600; i++) {
        String national = numbers.nationalNumber();
        PhoneWriter.Written w = writer.write(national, form);
        Selector want = new Selector(SelectorType.PHONE, "+1" + national, new Span(0, w.text().length()),
            Obfuscation.tags(w.tags()), null);
        assertThat(FINDER.find(w.text())).as("%s: [%s]", form, w.text()).containsExactly(want);
      }
    }
  }

  @Test
  void plantedNumbersReadBackExactlyFromAdsWithDecoys() {
    long seed = 0x5EED_0002L;
    System.out.println("plantedNumbersReadBackExactlyFromAdsWithDecoys seed " + seed);
    SyntheticAds ads = new SyntheticAds(new SplittableRandom(seed), areaCodes);
    Map<PhoneWriter.Form, Integer> perForm = new EnumMap<>(PhoneWriter.Form.class);
    int planted = 0;
    for (int i = 0; i < 4000; i++) {
      SyntheticAds.Ad ad = ads.next();
      assertThat(FINDER.find(ad.text())).as("ad %d:%n%s", i, ad.text()).containsExactlyElementsOf(ad.phones());
      planted += ad.phones().size();
      ad.forms().forEach(f -> perForm.merge(f, 1, Integer::sum));
    }
    System.out.println("planted " + planted + " numbers in 4000 ads, per form " + perForm);
    assertThat(perForm).hasSize(PhoneWriter.Form.values().length);
  }
}
