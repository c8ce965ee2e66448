package ca.threadline.extract.url;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.core.selector.Selector;
import ca.threadline.extract.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UrlFinderTest {
  private final UrlFinder finder = new UrlFinder();

  private List<Selector> find(String text) {
    List<Selector> out = new ArrayList<>();
    finder.find(text, Language.EN, out);
    return out;
  }

  private List<String> values(String text) {
    return find(text).stream().map(Selector::value).toList();
  }

  @Test
  void absoluteUrlsWithSchemeAndHostLowerCasedPathKept() {
    assertThat(values("see HTTPS://OnlyFans.com/Aria_XO now")).containsExactly("https://onlyfans.com/Aria_XO");
    assertThat(values("https://t.me/aria64 | https://onlyfans.com/aria_xo"))
        .containsExactly("https://t.me/aria64", "https://onlyfans.com/aria_xo");
    assertThat(values("http://example.ca")).containsExactly("http://example.ca");
  }

  @Test
  void trailingPunctuationAndUnbalancedBracketsAreTrimmed() {
    assertThat(values("Screening: https://tryst.link/escort/luna-mtl, thanks.")).containsExactly("https://tryst.link/escort/luna-mtl");
    assertThat(values("(see https://example.com/a_(b))."))
        .containsExactly("https://example.com/a_(b)");
    assertThat(values("(https://example.com/page)")).containsExactly("https://example.com/page");
    assertThat(values("https://linktr.ee/luna💕")).containsExactly("https://linktr.ee/luna");
    assertThat(values("go to https://example.com.")).containsExactly("https://example.com");
  }

  @Test
  void schemeLessKnownHostsGetHttps() {
    assertThat(values("Call wa.me/15875550123")).containsExactly("https://wa.me/15875550123");
    assertThat(values("t.me/luna_22x | onlyfans.com/lunaxo"))
        .containsExactly("https://t.me/luna_22x", "https://onlyfans.com/lunaxo");
    assertThat(values("visit www.northfarm-jobs.ca/apply.")).containsExactly("https://www.northfarm-jobs.ca/apply");
    assertThat(values("WWW.Example.COM")).containsExactly("https://www.example.com");
  }

  @Test
  void emailDomainsAndBareDomainsAreNotUrls() {
    assertThat(values("agriplus.emplois@hotmail.ca | +1 226-555-0105")).isEmpty();
    assertThat(values("starjolie2[at]protonmail.com")).isEmpty();
    assertThat(values("mon courriel : annabellecute arobase outlook.com")).isEmpty();
    assertThat(values("find me on onlyfans.com")).isEmpty();
    assertThat(values("Montréal.Appelle-moi")).isEmpty();
    assertThat(values("somesite.com/page")).isEmpty();
  }

  @Test
  void spanCoversTheLinkAsWritten() {
    String text = "Call wa.me/15875550123.";
    assertThat(find(text)).singleElement().satisfies(s -> assertThat(s.span().of(text)).isEqualTo("wa.me/15875550123"));
  }

  @Test
  void hostsMustLookLikeHosts() {
    assertThat(values("http://localhost/x")).isEmpty();
    assertThat(values("http://192.168.0.1/admin")).containsExactly("http://192.168.0.1/admin");
    assertThat(values("https://x.1/a")).isEmpty();
  }

  @Test
  void aLinkIsReportedOnce() {
    assertThat(values("https://t.me/aria64 and again https://t.me/aria64")).containsExactly("https://t.me/aria64");
  }
}
