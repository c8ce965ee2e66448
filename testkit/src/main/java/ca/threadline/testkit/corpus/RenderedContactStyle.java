package ca.threadline.testkit.corpus;

import ca.threadline.testkit.ads.EmailRenderer;
import ca.threadline.testkit.ads.HandleRenderer;
import ca.threadline.testkit.ads.PhoneRenderer;
import ca.threadline.testkit.ads.PhoneStyle;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Writes contacts with the shared bilingual renderers of {@code ca.threadline.testkit.ads}: a
 * hidden phone gets one of their obfuscation styles (number words in English or French, spaced
 * digits, letters for digits, keycap emoji, exotic separators, line breaks, and combinations), a
 * hidden e-mail is spelled out ("at ... dot", "(at)", "arobase ... point"), handles get the cues
 * sites show. The default style of {@link CorpusSpec#of}.
 */
public final class RenderedContactStyle implements ContactStyle {
  @Override
  public Written phone(String e164, boolean obfuscate, RandomGenerator rnd) {
    PhoneRenderer r = new PhoneRenderer(rnd);
    PhoneStyle style = PhoneStyle.PLAIN;
    if (obfuscate) {
      while (style == PhoneStyle.PLAIN) {
        style = r.randomStyle();
      }
    }
    PhoneRenderer.Rendered out = r.render(e164, style);
    return new Written(out.text(), out.obfuscationTags());
  }

  @Override
  public Written email(String email, boolean obfuscate, RandomGenerator rnd) {
    EmailRenderer r = new EmailRenderer(rnd);
    EmailRenderer.EmailStyle[] hidden = {
      EmailRenderer.EmailStyle.AT_DOT, EmailRenderer.EmailStyle.PAREN_AT, EmailRenderer.EmailStyle.BRACKET_AT, EmailRenderer.EmailStyle.AROBASE
    };
    EmailRenderer.Rendered out = r.render(email, obfuscate ? hidden[rnd.nextInt(hidden.length)] : EmailRenderer.EmailStyle.PLAIN);
    return new Written(out.text(), obfuscate ? out.tags() : java.util.List.of());
  }

  @Override
  public Written handle(String platform, String handle, RandomGenerator rnd) {
    HandleRenderer.Platform p = HandleRenderer.Platform.valueOf(platform.toUpperCase(Locale.ROOT));
    // the renderer's text ends with the handle; a space keeps punctuation off it
    return Written.plain(new HandleRenderer(rnd).renderRandom(p, handle).text() + " ");
  }
}
