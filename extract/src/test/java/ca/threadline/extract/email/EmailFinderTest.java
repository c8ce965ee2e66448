package ca.threadline.extract.email;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.extract.FinderProbe;
import ca.threadline.extract.RandomTexts;
import org.junit.jupiter.api.Test;

class EmailFinderTest {
  private final FinderProbe probe = new FinderProbe(new EmailFinder());

  @Test
  void plainAddressesAreLowerCased() {
    assertThat(probe.values("Apply: Agri.Jobs@Hotmail.CA | +1 226-555-0105")).containsExactly("agri.jobs@hotmail.ca");
    assertThat(probe.values("skyecherry@hotmail.ca")).containsExactly("skyecherry@hotmail.ca");
    assertThat(probe.values("write to first.last+ads@mail.example.org.")).containsExactly("first.last+ads@mail.example.org");
  }

  @Test
  void spanCoversTheAddressAsWritten() {
    String text = "Screening by email: kali_yyz at gmail dot com, thanks";
    assertThat(probe.find(text)).singleElement().satisfies(s -> {
      assertThat(s.value()).isEqualTo("kali_yyz@gmail.com");
      assertThat(s.span().of(text)).isEqualTo("kali_yyz at gmail dot com");
    });
  }

  @Test
  void englishWordObfuscations() {
    assertThat(probe.values("mail me: bella.rose AT yahoo DOT ca")).containsExactly("bella.rose@yahoo.ca");
    assertThat(probe.values("kali dot smith at gmail dot com")).containsExactly("kali.smith@gmail.com");
    assertThat(probe.values("nadia_mtl at hotmail.com")).containsExactly("nadia_mtl@hotmail.com");
  }

  @Test
  void bracketObfuscations() {
    assertThat(probe.values("hiring_northline (at) live (dot) ca ou +1.438.555.0187")).containsExactly("hiring_northline@live.ca");
    assertThat(probe.values("starjolie2[at]protonmail.com")).containsExactly("starjolie2@protonmail.com");
    assertThat(probe.values("jobs{at}agri-farm{dot}ca")).containsExactly("jobs@agri-farm.ca");
    assertThat(probe.values("vixen (@) gmail [.] com")).containsExactly("vixen@gmail.com");
  }

  @Test
  void frenchObfuscations() {
    assertThat(probe.values("mon courriel : annabellecute arobase outlook.com")).containsExactly("annabellecute@outlook.com");
    assertThat(probe.values("chloe.b arobase videotron point ca")).containsExactly("chloe.b@videotron.ca");
    assertThat(probe.values("Booking: vixen (arobase) gmail (point) com")).containsExactly("vixen@gmail.com");
  }

  @Test
  void spacedAtSignAndDots() {
    assertThat(probe.values("contact: hr @ northfarm . ca")).containsExactly("hr@northfarm.ca");
    assertThat(probe.values("luna@ gmail.com")).containsExactly("luna@gmail.com");
  }

  @Test
  void noTopLevelDomainIsInvented() {
    assertThat(probe.values("old email thejoliebelle@@sympatico no longer used")).isEmpty();
    assertThat(probe.values("write to kali at gmail")).isEmpty();
  }

  @Test
  void aDoubledAtWithAFullDomainIsStillAnAddress() {
    assertThat(probe.values("thejoliebelle@@sympatico.ca")).containsExactly("thejoliebelle@sympatico.ca");
  }

  @Test
  void proseWithAtIsNotAnAddress() {
    assertThat(probe.values("Find me at onlyfans.com/aria_xo")).isEmpty();
    assertThat(probe.values("I'm available at the hotel. Come see me at 9.30 tonight")).isEmpty();
    assertThat(probe.values("Text me at 416-555-0199, I am at home.Ca va?")).isEmpty();
    assertThat(probe.values("Meet me at Starbucks on Yonge")).isEmpty();
    assertThat(probe.values("Rates start at 150. Call now")).isEmpty();
  }

  @Test
  void aSentenceGluedToAnAddressEndsAtTheDomain() {
    assertThat(probe.values("luna@gmail.com.Appelle-moi")).containsExactly("luna@gmail.com");
  }

  @Test
  void handlesAndMentionsAreNotAddresses() {
    assertThat(probe.values("Insta: @thejustineofficial")).isEmpty();
    assertThat(probe.values("twitter @theskyebelle | IG: Belleskye")).isEmpty();
  }

  @Test
  void theSameAddressTwiceIsOneSelector() {
    assertThat(probe.values("luna@gmail.com or LUNA@GMAIL.COM or luna at gmail dot com")).containsExactly("luna@gmail.com");
  }

  @Test
  void invalidLocalPartsAreRejected() {
    assertThat(probe.values("a..b@gmail.com")).isEmpty();
  }

  // Regressions found by scoring the generator (GeneratorQualityReport) and the held-out set.

  @Test
  void aMailboxNounIsALocalPartWhenTheDotIsSpelledOut() {
    assertThat(probe.values("Apply: work at northlinestaffing dot ca")).containsExactly("work@northlinestaffing.ca");
    assertThat(probe.values("Email: work at serresduruisseau dot com")).containsExactly("work@serresduruisseau.com");
    assertThat(probe.values("work arobase bluefieldlaboursolutions point ca")).containsExactly("work@bluefieldlaboursolutions.ca");
    assertThat(probe.values("contact (at) agrifarm (dot) ca")).containsExactly("contact@agrifarm.ca");
    assertThat(probe.values("Email: Work arobase northlinestaffing.ca")).containsExactly("work@northlinestaffing.ca");
    assertThat(probe.values("I work at home.Ca va?")).isEmpty();
    assertThat(probe.values("text at 9 tonight, lunch at noon")).isEmpty();
    assertThat(probe.values("find me at onlyfans dot com")).isEmpty();
  }

  @Test
  void writtenUnderscoresAndDashesJoinTheLocalPart() {
    assertThat(probe.values("jade underscore b at gmail dot com")).containsExactly("jade_b@gmail.com");
    assertThat(probe.values("marie tiret bas lou arobase videotron point ca")).containsExactly("marie_lou@videotron.ca");
    assertThat(probe.values("anna dash k at outlook dot com")).containsExactly("anna-k@outlook.com");
    assertThat(probe.values("kali dot smith at gmail dot com")).containsExactly("kali.smith@gmail.com");
  }

  @Test
  void aHandleAfterAPlatformCueIsNotAnAddress() {
    assertThat(probe.values("IG @kayla.xo")).isEmpty();
    assertThat(probe.values("insta @bella.ca")).isEmpty();
    assertThat(probe.values("snap @luna.uk and kik @luna.de")).isEmpty();
  }

  @Test
  void onlyRealCountryCodesEndAnAddress() {
    assertThat(probe.values("write to luna@bella.xo or luna@bella.ca")).containsExactly("luna@bella.ca");
    assertThat(probe.values("kiki@mail.me and kiki@mail.io")).containsExactly("kiki@mail.me", "kiki@mail.io");
  }

  @Test
  void searchingFromNearTheNextAtSignFindsWhatSearchingEverywhereFinds() {
    long seed = 5150L;
    System.out.println("EmailFinderTest seed " + seed);
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    String[] pieces = {"@", "@@", "kali", "x".repeat(70), "a.b", "@gmail.com", "kali@live.ca", "@@hotmail.ca", "-", "_", "%", "+", " ", "\n", "gmail.com", ".ca", "é", "@ ", "sympatico"};
    int matches = 0;
    for (int round = 0; round < 5000; round++) {
      String text = RandomTexts.join(random, pieces, 10);
      java.util.List<String> everywhere = new java.util.ArrayList<>();
      java.util.regex.Matcher m = EmailFinder.PLAIN.matcher(text);
      while (m.find()) {
        everywhere.add(m.start() + "-" + m.end());
      }
      java.util.List<String> jumping = new java.util.ArrayList<>();
      java.util.regex.Matcher j = EmailFinder.PLAIN.matcher(text);
      for (int from = 0, at = text.indexOf('@'); at >= 0 && j.find(Math.max(from, at - EmailFinder.MAX_LOCAL));
          from = j.end(), at = text.indexOf('@', from)) {
        jumping.add(j.start() + "-" + j.end());
      }
      assertThat(jumping).as(text).isEqualTo(everywhere);
      matches += everywhere.size();
    }
    assertThat(matches).isGreaterThan(1000);
  }
}
