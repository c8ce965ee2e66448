package ca.threadline.extract.url;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.extract.FinderProbe;
import ca.threadline.extract.RandomTexts;
import org.junit.jupiter.api.Test;

class UrlFinderTest {
  private final FinderProbe probe = new FinderProbe(new UrlFinder());

  @Test
  void absoluteUrlsWithSchemeAndHostLowerCasedPathKept() {
    assertThat(probe.values("see HTTPS://OnlyFans.com/Aria_XO now")).containsExactly("https://onlyfans.com/Aria_XO");
    assertThat(probe.values("https://t.me/aria64 | https://onlyfans.com/aria_xo"))
        .containsExactly("https://t.me/aria64", "https://onlyfans.com/aria_xo");
    assertThat(probe.values("http://example.ca")).containsExactly("http://example.ca");
  }

  @Test
  void trailingPunctuationAndUnbalancedBracketsAreTrimmed() {
    assertThat(probe.values("Screening: https://tryst.link/escort/luna-mtl, thanks.")).containsExactly("https://tryst.link/escort/luna-mtl");
    assertThat(probe.values("(see https://example.com/a_(b))."))
        .containsExactly("https://example.com/a_(b)");
    assertThat(probe.values("(https://example.com/page)")).containsExactly("https://example.com/page");
    assertThat(probe.values("https://linktr.ee/luna💕")).containsExactly("https://linktr.ee/luna");
    assertThat(probe.values("go to https://example.com.")).containsExactly("https://example.com");
  }

  @Test
  void schemeLessKnownHostsGetHttps() {
    assertThat(probe.values("Call wa.me/15875550123")).containsExactly("https://wa.me/15875550123");
    assertThat(probe.values("t.me/luna_22x | onlyfans.com/lunaxo"))
        .containsExactly("https://t.me/luna_22x", "https://onlyfans.com/lunaxo");
    assertThat(probe.values("visit www.northfarm-jobs.ca/apply.")).containsExactly("https://www.northfarm-jobs.ca/apply");
    assertThat(probe.values("WWW.Example.COM")).containsExactly("https://www.example.com");
  }

  @Test
  void emailDomainsAndBareDomainsAreNotUrls() {
    assertThat(probe.values("agriplus.emplois@hotmail.ca | +1 226-555-0105")).isEmpty();
    assertThat(probe.values("starjolie2[at]protonmail.com")).isEmpty();
    assertThat(probe.values("mon courriel : annabellecute arobase outlook.com")).isEmpty();
    assertThat(probe.values("find me on onlyfans.com")).isEmpty();
    assertThat(probe.values("Montréal.Appelle-moi")).isEmpty();
    assertThat(probe.values("somesite.com/page")).isEmpty();
  }

  @Test
  void spanCoversTheLinkAsWritten() {
    String text = "Call wa.me/15875550123.";
    assertThat(probe.find(text)).singleElement().satisfies(s -> assertThat(s.span().of(text)).isEqualTo("wa.me/15875550123"));
  }

  @Test
  void hostsMustLookLikeHosts() {
    assertThat(probe.values("http://localhost/x")).isEmpty();
    assertThat(probe.values("http://192.168.0.1/admin")).containsExactly("http://192.168.0.1/admin");
    assertThat(probe.values("https://x.1/a")).isEmpty();
  }

  @Test
  void aLinkIsReportedOnce() {
    assertThat(probe.values("https://t.me/aria64 and again https://t.me/aria64")).containsExactly("https://t.me/aria64");
  }

  @Test
  void noSchemelessMatchStartsBeforeTheFirstDottedRun() {
    long seed = 99L;
    System.out.println("UrlFinderTest seed " + seed);
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    String[] pieces = {"www.", "example", ".", "ca", "com", "/path", " ", "\n", "@", "-", "_", "é", "1.5", "a", "Z", ". ", "onlyfans.com/x"};
    int matches = 0;
    for (int round = 0; round < 5000; round++) {
      String text = RandomTexts.join(random, pieces, 10);
      java.util.regex.Matcher m = UrlFinder.SCHEMELESS.matcher(text);
      int from = UrlFinder.firstDottedRun(text);
      if (m.find()) {
        matches++;
        assertThat(from).as(text).isBetween(0, m.start());
        assertThat(UrlFinder.SCHEMELESS.matcher(text).find(from)).as(text).isTrue();
        java.util.regex.Matcher again = UrlFinder.SCHEMELESS.matcher(text);
        again.find(from);
        assertThat(again.start()).as(text).isEqualTo(m.start());
      } else {
        assertThat(from == -1 || !UrlFinder.SCHEMELESS.matcher(text).find(from)).as(text).isTrue();
      }
    }
    assertThat(matches).isGreaterThan(1000);
  }
}
