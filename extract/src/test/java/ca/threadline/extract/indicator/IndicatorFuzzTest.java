package ca.threadline.extract.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import ca.threadline.extract.Language;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded random and truncated input never breaks the finder: no exception, spans inside the text,
 * evidence equal to the spanned text. The timeout is a hang guard, not a performance claim
 * (performance lives in bench/IndicatorFinderBench).
 */
class IndicatorFuzzTest {
  static final String[] PIECES = {
    "fee", "no", "passport", "we hold", "housing", "$", "550", "/month", "from pay", "24/7", "cash", "LMIA", "ready", "EIMT",
    "frais", "d'", "l'", "sans", "🌹", "✈️", "👑", "💋", "young", "latina", "she's", "12h/day", "7/7", "à", "é", "-", "–", ".",
    "\n", " ", ",", "(", ")", "5 500", "2,800", "16,50", "$15-18/hr", "wa.me/", "B.C.", "C.-B.", "<n>", "(x|y)?", "|", "*",
    "farm", "workers", "wanted", "incall", "yo", "ans", "🏻", "\u200d", "\ufe0f", "\u20e3", "３", "𝟖", "ß", "Œ"
  };

  @Test
  void randomTextsAndSelectors() {
    long seed = 0x7EADL;
    System.out.println("indicator fuzz seed " + seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    LexiconIndicatorFinder finder = LexiconIndicatorFinderTest.FINDER;
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (int n = 0; n < 4_000; n++) {
            String text = n % 2 == 0 ? pieces(rnd) : codePoints(rnd);
            check(finder, text, selectors(rnd, text));
            String cut = text.substring(0, rnd.nextInt(text.length() + 1));
            check(finder, cut, selectors(rnd, cut));
          }
        });
  }

  @Test
  void longAndRepetitiveInputs() {
    LexiconIndicatorFinder finder = LexiconIndicatorFinderTest.FINDER;
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          check(finder, "no ".repeat(50_000) + "fee", List.of());
          check(finder, "$ 1 ".repeat(20_000), List.of());
          check(finder, "housing $550/month from pay. ".repeat(5_000), List.of());
          check(finder, "🌹".repeat(40_000), List.of());
          check(finder, "a".repeat(200_000), List.of());
        });
  }

  private static void check(LexiconIndicatorFinder finder, String text, List<Selector> selectors) {
    List<Indicator> found = finder.find(text, Language.UNDETERMINED, selectors);
    for (Indicator i : found) {
      assertThat(i.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(i.evidence()).isEqualTo(i.span().of(text));
    }
    IndicatorScores s = IndicatorScores.of(found);
    assertThat(s.sexTrafficking().score()).isBetween(0.0, 1.0);
  }

  private static String pieces(SplittableRandom rnd) {
    StringBuilder sb = new StringBuilder();
    int n = rnd.nextInt(60);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[rnd.nextInt(PIECES.length)]);
      if (rnd.nextInt(3) == 0) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  private static String codePoints(SplittableRandom rnd) {
    StringBuilder sb = new StringBuilder();
    int n = rnd.nextInt(120);
    for (int i = 0; i < n; i++) {
      int cp =
          switch (rnd.nextInt(4)) {
            case 0 -> ' ' + rnd.nextInt(95);
            case 1 -> 0xA0 + rnd.nextInt(0x400);
            case 2 -> 0x1F300 + rnd.nextInt(0x400);
            default -> rnd.nextInt(0x110000);
          };
      if (cp >= 0xD800 && cp <= 0xDFFF && rnd.nextBoolean()) {
        sb.append((char) cp); // a lone surrogate, as truncated input produces
      } else if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  private static List<Selector> selectors(SplittableRandom rnd, String text) {
    List<Selector> out = new ArrayList<>();
    int n = text.isEmpty() ? 0 : rnd.nextInt(4);
    SelectorType[] types = {SelectorType.PHONE, SelectorType.EMAIL, SelectorType.URL, SelectorType.HANDLE, SelectorType.LOCATION, SelectorType.AGE};
    String[] values = {"+14165550199", "a@b.ca", "https://wa.me/1", "telegram:x", "Toronto, ON", "22", "not a url ::", "x@gmail.com"};
    for (int i = 0; i < n; i++) {
      int a = rnd.nextInt(text.length() + 1);
      int b = a + rnd.nextInt(text.length() - a + 1);
      out.add(new Selector(types[rnd.nextInt(types.length)], values[rnd.nextInt(values.length)], new Span(a, b), rnd.nextBoolean() ? List.of("spaced_digits") : List.of(), null));
    }
    return out;
  }
}
