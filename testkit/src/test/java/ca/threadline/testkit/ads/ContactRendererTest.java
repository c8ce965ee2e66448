package ca.threadline.testkit.ads;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.testkit.ads.EmailRenderer.EmailStyle;
import ca.threadline.testkit.ads.HandleRenderer.HandleStyle;
import ca.threadline.testkit.ads.HandleRenderer.Platform;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ContactRendererTest {
  private static final long SEED = 4_242L;

  /** Reads a spelled-out address back, independently of the renderer. */
  static String readEmail(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("\\s*[(\\[]at[)\\]]\\s*|\\s+at\\s+|\\s+arobase\\s+", "@")
        .replaceAll("\\s*[(\\[]dot[)\\]]\\s*|\\s+dot\\s+|\\s+point\\s+", ".");
  }

  @Test
  void everyEmailStyleReadsBackToTheCanonicalAddress() {
    System.out.println("seed " + SEED);
    SplittableRandom r = new SplittableRandom(SEED);
    EmailRenderer renderer = new EmailRenderer(r);
    List<String> emails = List.of("kali_yyz@gmail.com", "agriplus.emplois@hotmail.ca", "sky.belle22@outlook.com",
        "hiring_northline@live.ca", "x9@proton.me");
    for (EmailStyle style : EmailStyle.values()) {
      for (int i = 0; i < 300; i++) {
        String email = emails.get(r.nextInt(emails.size()));
        EmailRenderer.Rendered out = renderer.render(email, style);
        assertThat(readEmail(out.text())).as(out.text()).isEqualTo(email);
        assertThat(out.tags()).containsExactly(style.tag());
        assertThat(out.text().contains("@")).isEqualTo(style == EmailStyle.PLAIN);
      }
    }
  }

  @Test
  void everyHandleStyleOnEveryPlatformCarriesTheHandleAndItsUrls() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    HandleRenderer renderer = new HandleRenderer(r);
    for (Platform platform : Platform.values()) {
      for (HandleStyle style : HandleStyle.values()) {
        for (int i = 0; i < 50; i++) {
          String handle = "luna_x" + r.nextInt(100);
          HandleRenderer.Rendered out = renderer.render(platform, handle, style);
          String text = out.text();
          // The handle is the last token (after the cue, '@' or the URL path).
          String last = text.substring(Math.max(text.lastIndexOf(' '), Math.max(text.lastIndexOf('@'), text.lastIndexOf('/', text.length() - 2))) + 1)
              .replaceAll("/$", "");
          assertThat(last.toLowerCase(Locale.ROOT)).as(text).isEqualTo(handle);
          switch (style) {
            case URL_HTTPS -> {
              assertThat(out.urls()).containsExactly(text);
              URI uri = URI.create(text);
              assertThat(uri.getScheme()).isEqualTo("https");
              assertThat(uri.getHost()).isEqualTo(uri.getHost().toLowerCase(Locale.ROOT));
              assertThat(out.optionalUrls()).isEmpty();
            }
            case URL_BARE -> {
              assertThat(out.urls()).isEmpty();
              assertThat(out.optionalUrls()).containsExactly("https://" + text, "http://" + text);
            }
            default -> {
              assertThat(out.urls()).isEmpty();
              assertThat(out.optionalUrls()).isEmpty();
              assertThat(text).contains(" ");
            }
          }
        }
      }
    }
  }
}
