package ca.threadline.testkit.ads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PhoneRendererTest {
  private static final long SEED = 20_240_601L;
  private static final List<String> AREA_CODES = List.of("416", "514", "867", "506", "604", "819", "902", "780", "226");

  private static String number(SplittableRandom r) {
    return "+1" + AREA_CODES.get(r.nextInt(AREA_CODES.size())) + "55501" + r.nextInt(10) + r.nextInt(10);
  }

  @Test
  void everyStyleReadsBackToTheSameDigitsAndTags() {
    System.out.println("seed " + SEED);
    SplittableRandom r = new SplittableRandom(SEED);
    PhoneRenderer renderer = new PhoneRenderer(r);
    for (PhoneStyle style : PhoneStyle.values()) {
      for (NumberLanguage lang : NumberLanguage.values()) {
        for (int i = 0; i < 400; i++) {
          String e164 = number(r);
          PhoneRenderer.Rendered out = renderer.render(e164, style, lang);
          ReferencePhoneReader.Reading reading = ReferencePhoneReader.read(out.text());
          String national = reading.digits().length() == 11 ? reading.digits().substring(1) : reading.digits();
          assertThat(national).as("%s %s: %s", style, lang, out.text()).isEqualTo(e164.substring(2));
          if (reading.digits().length() == 11) {
            assertThat(reading.digits()).startsWith("1");
          }
          assertThat(out.obfuscationTags()).as("%s: %s", style, out.text()).isEqualTo(style.tags());
          assertThat(reading.tags()).as("%s: %s", style, out.text()).isEqualTo(out.obfuscationTags());
          assertThat(out.text().contains("\n")).isEqualTo(style.obfuscations().contains(PhoneObfuscation.LINE_BREAK));
          assertThat(out.text()).isEqualTo(out.text().strip());
        }
      }
    }
  }

  @Test
  void spacedAndSeparatedDigitStylesContainExactlyTheTenDigitsInOrder() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    PhoneRenderer renderer = new PhoneRenderer(r);
    for (PhoneStyle style : List.of(PhoneStyle.SPACED_DIGITS, PhoneStyle.SEPARATORS, PhoneStyle.SPACED_DIGITS_LINE_BREAK,
        PhoneStyle.SEPARATORS_LINE_BREAK, PhoneStyle.LINE_BREAK)) {
      for (int i = 0; i < 500; i++) {
        String e164 = number(r);
        String text = renderer.render(e164, style).text();
        String digits = text.replaceAll("[^0-9]", "");
        assertThat(digits.endsWith(e164.substring(2)) && digits.length() <= 11).as(text).isTrue();
        if (style != PhoneStyle.LINE_BREAK) {
          assertThat(digits).as(text).isEqualTo(e164.substring(2));
        }
      }
    }
  }

  @Test
  void theDevelopmentSetExamplesReadWithTheDocumentedTags() {
    // The tag definitions applied to the examples the brief and the development set give.
    record Case(String text, String digits, List<String> tags) {}
    List<Case> cases = List.of(
        new Case("(416) 555-0199", "4165550199", List.of()),
        new Case("+1-506-5550165", "15065550165", List.of()),
        new Case("1 (867) 555-0123", "18675550123", List.of()),
        new Case("4 0 3\n5 5 5 0 1 7 4", "4035550174", List.of("line_break", "spaced_digits")),
        new Case("43 85 55 01 10", "4385550110", List.of("spaced_digits")),
        new Case("4375 550 114", "4375550114", List.of("spaced_digits")),
        new Case("+1 (579)\n555-0159", "15795550159", List.of("line_break")),
        new Case("fivezero6-five55-0181", "5065550181", List.of("mixed_words_digits", "number_words")),
        new Case("septhuit2-cinqcinq5-zéro1troiscinq", "7825550135", List.of("mixed_words_digits", "number_words")),
        new Case("873-555 zéro un quatre-vingt-douze", "8735550192", List.of("mixed_words_digits", "number_words")),
        new Case("(5O6) 555-Oi28", "5065550128", List.of("letter_for_digit")),
        new Case("3️⃣0️⃣6️⃣5️⃣5️⃣5️⃣0️⃣1️⃣0️⃣8️⃣", "3065550108", List.of("keycap_emoji")),
        new Case("4⃣1⃣8⃣-5⃣5⃣5⃣-0⃣1⃣3⃣6⃣", "4185550136", List.of("keycap_emoji")),
        new Case("８７３－５５５－０１５５", "8735550155", List.of("fullwidth_digits")),
        new Case("𝟯𝟲𝟱𝟱𝟱𝟱𝟬𝟭𝟮𝟳", "3655550127", List.of("math_digits")),
        new Case("③⑥⑤-⑤⑤⑤-⓪①④①", "3655550141", List.of("circled_digits")),
        new Case("780_555_0106", "7805550106", List.of("separators")),
        new Case("705⭐555⭐0155", "7055550155", List.of("separators")),
        new Case("HUIT SEPT TROIS / CINQ CINQ CINQ / ZÉRO UN SEPT NEUF", "8735550179", List.of("number_words")),
        new Case("seven seven eight / five five five / oh one nine five", "7785550195", List.of("number_words")),
        new Case("416/555/0199", "4165550199", List.of()),
        new Case("seven seven eight * five five five * oh one nine five", "7785550195", List.of("number_words", "separators")),
        new Case("450 ~ 555 ~ 0162", "4505550162", List.of("separators")));
    for (Case c : cases) {
      ReferencePhoneReader.Reading reading = ReferencePhoneReader.read(c.text());
      assertThat(reading.digits()).as(c.text()).isEqualTo(c.digits());
      assertThat(reading.tags()).as(c.text()).isEqualTo(c.tags());
    }
  }

  @Test
  void randomStylesCoverEveryObfuscationAndAboutAThirdArePlain() {
    SplittableRandom r = new SplittableRandom(SEED + 2);
    PhoneRenderer renderer = new PhoneRenderer(r);
    Set<PhoneStyle> seen = EnumSet.noneOf(PhoneStyle.class);
    int plain = 0;
    for (int i = 0; i < 20_000; i++) {
      PhoneStyle s = renderer.randomStyle();
      seen.add(s);
      if (s == PhoneStyle.PLAIN) {
        plain++;
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(PhoneStyle.values());
    assertThat(plain).isBetween(5_000, 9_000);
  }

  @Test
  void sameSeedSameRenderings() {
    List<String> a = renderAll(7);
    assertThat(renderAll(7)).isEqualTo(a);
    assertThat(renderAll(8)).isNotEqualTo(a);
    assertThat(new HashSet<>(a).size()).isGreaterThan(a.size() / 2);
  }

  private static List<String> renderAll(long seed) {
    PhoneRenderer renderer = new PhoneRenderer(new SplittableRandom(seed));
    return java.util.stream.IntStream.range(0, 300)
        .mapToObj(i -> renderer.renderRandom("+1416555" + String.format("%04d", 100 + i % 100)).text())
        .toList();
  }

  @Test
  void rejectsNonNanpInput() {
    PhoneRenderer renderer = new PhoneRenderer(new SplittableRandom(1));
    assertThatThrownBy(() -> renderer.render("4165550199", PhoneStyle.PLAIN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> renderer.render("+14161550199", PhoneStyle.PLAIN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> renderer.render("+441234567890", PhoneStyle.PLAIN)).isInstanceOf(IllegalArgumentException.class);
  }
}
