package ca.threadline.link.text;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.link.minhash.Jaccard;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglerTest {
  private final AdNormalizer normalizer = new AdNormalizer();

  private int[] shingles(Shingler s, String text) {
    return s.shingles(normalizer.normalize(text, List.of()));
  }

  @Test
  void countsWordTrigramsAsASortedSet() {
    int[] s = shingles(new Shingler(3, false), "a b c d a b c");
    assertThat(s).hasSize(4).isSorted(); // abc, bcd, cda, dab (abc twice)
    assertThat(shingles(new Shingler(3, false), "a b")).hasSize(1);
    assertThat(shingles(new Shingler(3, false), "")).isEmpty();
  }

  @Test
  void sentenceScopedShinglesIgnoreSentenceOrder() {
    Shingler within = new Shingler(3, true);
    Shingler across = new Shingler(3, false);
    String a = "new in town tonight. call me now please. real pics only";
    String b = "call me now please. real pics only. new in town tonight";
    assertThat(shingles(within, a)).isEqualTo(shingles(within, b));
    assertThat(Jaccard.of(shingles(across, a), shingles(across, b))).isLessThan(1.0);
  }

  @Test
  void maskedValuesDoNotChangeShingles() {
    Shingler s = new Shingler(3, false);
    assertThat(shingles(s, "call me at 416 555 0199 tonight")).isEqualTo(shingles(s, "call me at 514 555 0123 tonight"));
    assertThat(shingles(s, "CALL ME tonight")).isEqualTo(shingles(s, "call me Tonight"));
  }
}
