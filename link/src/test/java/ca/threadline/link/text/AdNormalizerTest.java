package ca.threadline.link.text;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AdNormalizerTest {
  private final AdNormalizer normalizer = new AdNormalizer();

  private static Selector sel(SelectorType t, String value, String text, String covered) {
    int at = text.indexOf(covered);
    return new Selector(t, value, new Span(at, at + covered.length()));
  }

  @Test
  void selectorsBecomeTypedMasksAndKeepTheirValues() {
    String text = "New in Montréal! Call 4one6 555 0199 ✨ or lea@example.com, 200$ for 1h, 21 yo";
    List<Selector> sels =
        List.of(
            sel(SelectorType.LOCATION, "Montréal, QC", text, "Montréal"),
            sel(SelectorType.PHONE, "+14165550199", text, "4one6 555 0199"),
            sel(SelectorType.EMAIL, "lea@example.com", text, "lea@example.com"),
            sel(SelectorType.PRICE, "200", text, "200$"),
            sel(SelectorType.AGE, "21", text, "21 yo"));
    MaskedText m = normalizer.normalize(text, sels);
    assertThat(m.tokens())
        .containsExactly("new", "in", "⟨location⟩", "call", "⟨phone⟩", "or", "⟨email⟩", "⟨price⟩", "for", "⟨num⟩", "h", "⟨age⟩");
    assertThat(m.values()[4]).isEqualTo("+14165550199");
    assertThat(m.values()[9]).isEqualTo("1");
    assertThat(text.substring(m.starts()[4], m.ends()[4])).isEqualTo("4one6 555 0199");
    assertThat(m.sentenceStart()[3]).isTrue(); // after "!"
    assertThat(m.sentenceStart()[4]).isFalse();
  }

  @Test
  void foldsCaseAccentsAndCompatibilityForms() {
    MaskedText m = normalizer.normalize("RÉSERVÉE réservée reservee 𝐫𝐞𝐬𝐞𝐫𝐯𝐞𝐞 Ｔｏｒｏｎｔｏ", List.of());
    assertThat(m.tokens()).containsExactly("reservee", "reservee", "reservee", "reservee", "toronto");
  }

  @Test
  void emojiAndPunctuationOnlySeparate() {
    MaskedText m = normalizer.normalize("hot🔥girl💋💋 ~ j'suis là… 24/7", List.of());
    assertThat(m.tokens()).containsExactly("hot", "girl", "j", "suis", "la", "⟨num⟩", "⟨num⟩");
    assertThat(m.sentenceStart()[5]).isTrue(); // after the ellipsis
  }

  /** Found by the fuzz test below: a lone combining mark folded to an empty token. */
  @Test
  void loneCombiningMarksGiveNoToken() {
    MaskedText m = normalizer.normalize("a \u0301 b", List.of());
    assertThat(m.tokens()).containsExactly("a", "b");
  }

  /** Found by the fuzz test below: a selector span starting inside a surrogate pair. */
  @Test
  void spanStartingInsideASurrogatePairDoesNotOverlapTheWordBeforeIt() {
    String text = "a𝐛c 9";
    MaskedText m = normalizer.normalize(text, List.of(new ca.threadline.core.selector.Selector(SelectorType.AGE, "9", new Span(2, 6))));
    assertThat(m.tokens()).containsExactly("ab", "⟨age⟩");
    assertThat(m.starts()[1]).isGreaterThanOrEqualTo(m.ends()[0]);
  }

  @Test
  void overlappingSelectorsKeepTheEarliestLongest() {
    String text = "see onlyfans.com/lily now";
    Selector url = sel(SelectorType.URL, "https://onlyfans.com/lily", text, "onlyfans.com/lily");
    Selector handle = sel(SelectorType.HANDLE, "onlyfans:lily", text, "lily");
    MaskedText m = normalizer.normalize(text, List.of(handle, url));
    assertThat(m.tokens()).containsExactly("see", "⟨url⟩", "now");
  }

  /** Random texts with random (possibly overlapping, out-of-range) selectors never break it. */
  @Test
  void fuzzedInputsGiveTokensInsideTheText() {
    long seed = 77L;
    System.out.println("AdNormalizerTest fuzz seed " + seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    String alphabet = "aZé 9٣\n.!🔥𝟒\u0301'-@ÉŒ";
    for (int round = 0; round < 3000; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = rnd.nextInt(60); i > 0; i--) {
        b.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, rnd.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      String text = b.toString();
      List<Selector> sels = new ArrayList<>();
      for (int k = rnd.nextInt(4); k > 0; k--) {
        int s = rnd.nextInt(text.length() + 3);
        int e = s + rnd.nextInt(6);
        sels.add(new Selector(SelectorType.values()[rnd.nextInt(SelectorType.values().length)], "v", new Span(s, e)));
      }
      MaskedText m = normalizer.normalize(text, sels);
      for (int t = 0; t < m.size(); t++) {
        assertThat(m.starts()[t]).isBetween(0, text.length());
        assertThat(m.ends()[t]).isBetween(m.starts()[t] + 1, text.length());
        if (t > 0) {
          assertThat(m.starts()[t]).isGreaterThanOrEqualTo(m.ends()[t - 1]);
        }
        assertThat(m.tokens()[t]).isNotEmpty();
      }
    }
  }
}
