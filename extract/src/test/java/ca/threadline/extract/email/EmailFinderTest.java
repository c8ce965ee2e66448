package ca.threadline.extract.email;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.core.selector.Selector;
import ca.threadline.extract.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailFinderTest {
  private final EmailFinder finder = new EmailFinder();

  private List<Selector> find(String text) {
    List<Selector> out = new ArrayList<>();
    finder.find(text, Language.EN, out);
    return out;
  }

  private List<String> values(String text) {
    return find(text).stream().map(Selector::value).toList();
  }

  @Test
  void plainAddressesAreLowerCased() {
    assertThat(values("Apply: Agri.Jobs@Hotmail.CA | +1 226-555-0105")).containsExactly("agri.jobs@hotmail.ca");
    assertThat(values("skyecherry@hotmail.ca")).containsExactly("skyecherry@hotmail.ca");
    assertThat(values("write to first.last+ads@mail.example.org.")).containsExactly("first.last+ads@mail.example.org");
  }

  @Test
  void spanCoversTheAddressAsWritten() {
    String text = "Screening by email: kali_yyz at gmail dot com, thanks";
    assertThat(find(text)).singleElement().satisfies(s -> {
      assertThat(s.value()).isEqualTo("kali_yyz@gmail.com");
      assertThat(s.span().of(text)).isEqualTo("kali_yyz at gmail dot com");
    });
  }

  @Test
  void englishWordObfuscations() {
    assertThat(values("mail me: bella.rose AT yahoo DOT ca")).containsExactly("bella.rose@yahoo.ca");
    assertThat(values("kali dot smith at gmail dot com")).containsExactly("kali.smith@gmail.com");
    assertThat(values("nadia_mtl at hotmail.com")).containsExactly("nadia_mtl@hotmail.com");
  }

  @Test
  void bracketObfuscations() {
    assertThat(values("hiring_northline (at) live (dot) ca ou +1.438.555.0187")).containsExactly("hiring_northline@live.ca");
    assertThat(values("starjolie2[at]protonmail.com")).containsExactly("starjolie2@protonmail.com");
    assertThat(values("jobs{at}agri-farm{dot}ca")).containsExactly("jobs@agri-farm.ca");
    assertThat(values("vixen (@) gmail [.] com")).containsExactly("vixen@gmail.com");
  }

  @Test
  void frenchObfuscations() {
    assertThat(values("mon courriel : annabellecute arobase outlook.com")).containsExactly("annabellecute@outlook.com");
    assertThat(values("chloe.b arobase videotron point ca")).containsExactly("chloe.b@videotron.ca");
    assertThat(values("Booking: vixen (arobase) gmail (point) com")).containsExactly("vixen@gmail.com");
  }

  @Test
  void spacedAtSignAndDots() {
    assertThat(values("contact: hr @ northfarm . ca")).containsExactly("hr@northfarm.ca");
    assertThat(values("luna@ gmail.com")).containsExactly("luna@gmail.com");
  }

  @Test
  void noTopLevelDomainIsInvented() {
    assertThat(values("old email thejoliebelle@@sympatico no longer used")).isEmpty();
    assertThat(values("write to kali at gmail")).isEmpty();
  }

  @Test
  void aDoubledAtWithAFullDomainIsStillAnAddress() {
    assertThat(values("thejoliebelle@@sympatico.ca")).containsExactly("thejoliebelle@sympatico.ca");
  }

  @Test
  void proseWithAtIsNotAnAddress() {
    assertThat(values("Find me at onlyfans.com/aria_xo")).isEmpty();
    assertThat(values("I'm available at the hotel. Come see me at 9.30 tonight")).isEmpty();
    assertThat(values("Text me at 416-555-0199, I am at home.Ca va?")).isEmpty();
    assertThat(values("Meet me at Starbucks on Yonge")).isEmpty();
    assertThat(values("Rates start at 150. Call now")).isEmpty();
  }

  @Test
  void aSentenceGluedToAnAddressEndsAtTheDomain() {
    assertThat(values("luna@gmail.com.Appelle-moi")).containsExactly("luna@gmail.com");
  }

  @Test
  void handlesAndMentionsAreNotAddresses() {
    assertThat(values("Insta: @thejustineofficial")).isEmpty();
    assertThat(values("twitter @theskyebelle | IG: Belleskye")).isEmpty();
  }

  @Test
  void theSameAddressTwiceIsOneSelector() {
    assertThat(values("luna@gmail.com or LUNA@GMAIL.COM or luna at gmail dot com")).containsExactly("luna@gmail.com");
  }

  @Test
  void invalidLocalPartsAreRejected() {
    assertThat(values("a..b@gmail.com")).isEmpty();
  }

  // Regressions found by scoring the generator (GeneratorQualityReport) and the held-out set.

  @Test
  void aMailboxNounIsALocalPartWhenTheDotIsSpelledOut() {
    assertThat(values("Apply: work at northlinestaffing dot ca")).containsExactly("work@northlinestaffing.ca");
    assertThat(values("Email: work at serresduruisseau dot com")).containsExactly("work@serresduruisseau.com");
    assertThat(values("work arobase bluefieldlaboursolutions point ca")).containsExactly("work@bluefieldlaboursolutions.ca");
    assertThat(values("contact (at) agrifarm (dot) ca")).containsExactly("contact@agrifarm.ca");
    assertThat(values("Email: Work arobase northlinestaffing.ca")).containsExactly("work@northlinestaffing.ca");
    assertThat(values("I work at home.Ca va?")).isEmpty();
    assertThat(values("text at 9 tonight, lunch at noon")).isEmpty();
    assertThat(values("find me at onlyfans dot com")).isEmpty();
  }

  @Test
  void writtenUnderscoresAndDashesJoinTheLocalPart() {
    assertThat(values("jade underscore b at gmail dot com")).containsExactly("jade_b@gmail.com");
    assertThat(values("marie tiret bas lou arobase videotron point ca")).containsExactly("marie_lou@videotron.ca");
    assertThat(values("anna dash k at outlook dot com")).containsExactly("anna-k@outlook.com");
    assertThat(values("kali dot smith at gmail dot com")).containsExactly("kali.smith@gmail.com");
  }

  @Test
  void aHandleAfterAPlatformCueIsNotAnAddress() {
    assertThat(values("IG @kayla.xo")).isEmpty();
    assertThat(values("insta @bella.ca")).isEmpty();
    assertThat(values("snap @luna.uk and kik @luna.de")).isEmpty();
  }

  @Test
  void onlyRealCountryCodesEndAnAddress() {
    assertThat(values("write to luna@bella.xo or luna@bella.ca")).containsExactly("luna@bella.ca");
    assertThat(values("kiki@mail.me and kiki@mail.io")).containsExactly("kiki@mail.me", "kiki@mail.io");
  }
}
