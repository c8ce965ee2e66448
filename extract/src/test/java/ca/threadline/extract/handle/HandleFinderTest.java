package ca.threadline.extract.handle;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.core.selector.Selector;
import ca.threadline.extract.FinderProbe;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandleFinderTest {
  private final FinderProbe probe = new FinderProbe(new HandleFinder());

  @Test
  void instagramCues() {
    assertThat(probe.values("Insta: @Thejustineofficial")).containsExactly("instagram:thejustineofficial");
    assertThat(probe.values("📸 IG: Belleskye")).containsExactly("instagram:belleskye");
    assertThat(probe.values("IG: jasmine_vip_48")).containsExactly("instagram:jasmine_vip_48");
    assertThat(probe.values("follow my insta belle.rose_22")).containsExactly("instagram:belle.rose_22");
    assertThat(probe.values("Instagram - @kitty.cat.")).containsExactly("instagram:kitty.cat");
  }

  @Test
  void snapchatCues() {
    assertThat(probe.values("SC - theariamoon")).containsExactly("snapchat:theariamoon");
    assertThat(probe.values("sc: ariamoon")).containsExactly("snapchat:ariamoon");
    assertThat(probe.values("add my snap emmabae99")).containsExactly("snapchat:emmabae99");
    assertThat(probe.values("Snapchat 👉 luna.love")).containsExactly("snapchat:luna.love");
    assertThat(probe.values("snap me: coco-xo")).containsExactly("snapchat:coco-xo");
  }

  @Test
  void telegramCuesAndLinks() {
    assertThat(probe.values("Telegram: myriam_silk")).containsExactly("telegram:myriam_silk");
    assertThat(probe.values("tg @myriam_silk")).containsExactly("telegram:myriam_silk");
    assertThat(probe.values("https://t.me/aria64 | telegram.me/luna_x22")).containsExactly("telegram:aria64", "telegram:luna_x22");
    assertThat(probe.values("t.me/joinchat/AAAAAE")).isEmpty();
  }

  @Test
  void twitterAndX() {
    assertThat(probe.values("twitter @theskyebelle")).containsExactly("twitter:theskyebelle");
    assertThat(probe.values("X: @luna_x")).containsExactly("twitter:luna_x");
    assertThat(probe.values("https://x.com/LunaX | twitter.com/skye_b")).containsExactly("twitter:lunax", "twitter:skye_b");
    assertThat(probe.values("X marks the spot")).isEmpty();
    assertThat(probe.values("2 X 30min")).isEmpty();
    assertThat(probe.values("twitter.com/intent/tweet")).isEmpty();
  }

  @Test
  void tiktokOnlyfansKikFacebook() {
    assertThat(probe.values("tiktok @stararia")).containsExactly("tiktok:stararia");
    assertThat(probe.values("tiktok.com/@luna.dance")).containsExactly("tiktok:luna.dance");
    assertThat(probe.values("OF: sweetheart_xo")).containsExactly("onlyfans:sweetheart_xo");
    assertThat(probe.values("https://onlyfans.com/aria_xo")).containsExactly("onlyfans:aria_xo");
    assertThat(probe.values("onlyfans.com/lunaxo")).containsExactly("onlyfans:lunaxo");
    assertThat(probe.values("kik: ariaofficial7")).containsExactly("kik:ariaofficial7");
    assertThat(probe.values("kik me ariaofficial7")).containsExactly("kik:ariaofficial7");
    assertThat(probe.values("FB: jessica.martin.92")).containsExactly("facebook:jessica.martin.92");
    assertThat(probe.values("facebook.com/jessica.martin.92")).containsExactly("facebook:jessica.martin.92");
    assertThat(probe.values("facebook.com/groups/123456")).isEmpty();
    assertThat(probe.values("snapchat.com/add/luna.love")).containsExactly("snapchat:luna.love");
    assertThat(probe.values("instagram.com/p/CxYz123")).isEmpty();
  }

  @Test
  void severalCuesForOneName() {
    assertThat(probe.values("IG/SC: belleskye")).containsExactly("instagram:belleskye", "snapchat:belleskye");
  }

  @Test
  void nameBeforeTheCue() {
    assertThat(probe.values("follow @belle_skye on insta")).containsExactly("instagram:belle_skye");
  }

  @Test
  void aBareMentionIsNotAHandle() {
    assertThat(probe.values("Hi @everyone, new pics")).isEmpty();
    assertThat(probe.values("My IG has 10k followers @ bestgirl")).isEmpty();
  }

  @Test
  void proseAfterACueIsNotAName() {
    assertThat(probe.values("Snap pics available, insta ready, kik me")).isEmpty();
    assertThat(probe.values("Follow me on snap for more, my snap is private")).isEmpty();
    assertThat(probe.values("OF only, no OF link here")).isEmpty();
    assertThat(probe.values("the best of the best, out of town")).isEmpty();
    assertThat(probe.values("IG: n/a, Snap: ask me, OF: coming soon, FB - Marketplace")).isEmpty();
  }

  @Test
  void shortCuesNeedASeparator() {
    assertThat(probe.values("ig belleskye")).isEmpty();
    assertThat(probe.values("tg bitch")).isEmpty();
    assertThat(probe.values("Tg: ta")).isEmpty(); // telegram names have at least 5 characters
  }

  @Test
  void numbersAndEmailsAfterACueAreNotHandles() {
    assertThat(probe.values("WhatsApp/Telegram: 416-555-0199")).isEmpty();
    assertThat(probe.values("Snap: 4165550199")).isEmpty();
    assertThat(probe.values("kik: luna@gmail.com")).isEmpty();
  }

  @Test
  void nameOnTheNextLineOnlyAfterASeparator() {
    assertThat(probe.values("Snapchat:\nariamoon")).containsExactly("snapchat:ariamoon");
    assertThat(probe.values("Snapchat\nariamoon")).isEmpty();
  }

  @Test
  void spanCoversTheNameAndItsAtSign() {
    String text = "Follow me 💕 twitter @theskyebelle | 📸 IG: Belleskye";
    List<Selector> found = probe.find(text);
    assertThat(found).extracting(s -> s.span().of(text)).containsExactly("@theskyebelle", "Belleskye");
  }

  @Test
  void platformRules() {
    assertThat(Platform.TELEGRAM.accepts("abcd")).isFalse();
    assertThat(Platform.TELEGRAM.accepts("abcde")).isTrue();
    assertThat(Platform.TWITTER.accepts("a.b")).isFalse();
    assertThat(Platform.INSTAGRAM.accepts("a.b")).isTrue();
    assertThat(Platform.SNAPCHAT.accepts("12345")).isFalse();
    assertThat(Platform.INSTAGRAM.accepts("x".repeat(31))).isFalse();
  }

  // Regressions found by scoring the generator (GeneratorQualityReport) and the held-out set.

  @Test
  void lowerCaseOfIsOnlyFansAsALabel() {
    assertThat(probe.values("telegram.me/tiffanykiss12 | of: Amour_tiffany | instagram.com/tiffanydream25"))
        .contains("onlyfans:amour_tiffany");
    assertThat(probe.values("of: @leoniedream40")).containsExactly("onlyfans:leoniedream40");
    assertThat(probe.values("Find me everywhere 😉 of: luv_mya")).containsExactly("onlyfans:luv_mya");
    assertThat(probe.values("Insta: thekatyasatin of: @thekatyabliss snap: katya_xo")).contains("onlyfans:thekatyabliss");
    assertThat(probe.values("kik.me/bellaxo99 www.instagram.com/bellabliss32 of: Bella_dream")).contains("onlyfans:bella_dream");
    assertThat(probe.values("KIK: thepriyaxo of: Thepriyamuse SC @priyacherie29")).containsExactly("kik:thepriyaxo", "onlyfans:thepriyamuse", "snapchat:priyacherie29");
    assertThat(probe.values("made of: silk, cotton")).isEmpty();
    assertThat(probe.values("the best of: everything")).isEmpty();
  }

  @Test
  void aPossessiveOrOnMakesAShortCueACue() {
    assertThat(probe.values("my OF myaamour62 https://x.ca")).containsExactly("onlyfans:myaamour62");
    assertThat(probe.values("mon OF dahlia_lux")).containsExactly("onlyfans:dahlia_lux");
    assertThat(probe.values("Retrouvez-moi : mon OF theevavelvet Twitter: @dream_eva")).containsExactly("onlyfans:theevavelvet", "twitter:dream_eva");
    assertThat(probe.values("find me on IG cherie.coralie")).containsExactly("instagram:cherie.coralie");
    assertThat(probe.values("find me on IG thebriannacheri https://tiktok.com/@brianna_honey"))
        .containsExactly("instagram:thebriannacheri", "tiktok:brianna_honey");
    assertThat(probe.values("my IG is sashaa.luxe and my OF link in bio")).containsExactly("instagram:sashaa.luxe");
    assertThat(probe.values("ig belleskye")).isEmpty();
    assertThat(probe.values("my OF link in bio, DM on IG for rates")).isEmpty();
  }

  @Test
  void xNamedWithTwitterNeedsNoAtSign() {
    assertThat(probe.values("X/Twitter: Vip_clara | Instagram: amour_clara")).containsExactly("twitter:vip_clara", "instagram:amour_clara");
    assertThat(probe.values("X: luna_x")).isEmpty();
  }

  @Test
  void facebookNamesAsAdsWriteThem() {
    assertThat(probe.values("fb: bliss_talia")).containsExactly("facebook:bliss_talia");
    assertThat(probe.values("FB: @Kiss_carmen")).containsExactly("facebook:kiss_carmen");
    assertThat(probe.values("https://facebook.com/satin_ivy / Twitter @amour_ivy")).containsExactly("twitter:amour_ivy", "facebook:satin_ivy");
    assertThat(probe.values("https://www.facebook.com/noraxo9")).containsExactly("facebook:noraxo9");
  }

  @Test
  void aCueAfterANameStaysOnItsLineAndKeepsItsOwnName() {
    assertThat(probe.values("SC @star_maya on X @maya_belle")).containsExactly("snapchat:star_maya", "twitter:maya_belle");
    assertThat(probe.values("TELEGRAM: @julietteamour5\non X @Juliettexo36")).containsExactly("telegram:julietteamour5", "twitter:juliettexo36");
    assertThat(probe.values("SC @thesarahkiss\non X @thesarahvelvet")).containsExactly("snapchat:thesarahkiss", "twitter:thesarahvelvet");
    assertThat(probe.values("@belle_skye\non insta")).isEmpty();
  }

  @Test
  void frenchAccentedCueAndLinkAfterACue() {
    assertThat(probe.values("télégram : @lou_sherby")).containsExactly("telegram:lou_sherby");
    assertThat(probe.values("Contactez-moi sur Télégramme: jade_qc")).containsExactly("telegram:jade_qc");
    assertThat(probe.values("Ma page OnlyFans : onlyfans.com/rose.noire")).containsExactly("onlyfans:rose.noire");
  }
}
