package ca.threadline.extract.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SlipsTest {
  @Test
  void oneLetterDoubledDroppedChangedOrSwapped() {
    assertThat(Slips.like("houur", "hour")).isTrue();
    assertThat(Slips.like("hor", "hour")).isTrue();
    assertThat(Slips.like("huor", "hour")).isTrue();
    assertThat(Slips.like("heuue", "heure")).isTrue();
    assertThat(Slips.like("visitng", "visiting")).isTrue();
    assertThat(Slips.like("hour", "hour")).isTrue();
  }

  @Test
  void theFirstLetterIsKeptAndShortWordsMustBeExact() {
    assertThat(Slips.like("pour", "hour")).isFalse();
    assertThat(Slips.like("tour", "hour")).isFalse();
    assertThat(Slips.like("hx", "hh")).isFalse();
    assertThat(Slips.like("min", "mn")).isFalse();
    assertThat(Slips.like("vistign", "visiting")).isFalse(); // two slips
    assertThat(Slips.oneSlip("abc", "abc")).isFalse();
  }

  /** The slips the corpus generator's typo edit makes (swap, drop, double after the first letter) are all read. */
  @Test
  void everyGeneratedSlipIsRead() {
    long seed = 20261129L;
    System.out.println("SlipsTest seed " + seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    List<String> words = List.of("hour", "heure", "visiting", "touring", "passage", "quickie", "express", "dollars", "minutes");
    for (int n = 0; n < 2_000; n++) {
      String w = words.get(rnd.nextInt(words.size()));
      int pos = 1 + rnd.nextInt(w.length() - 2);
      StringBuilder b = new StringBuilder(w);
      switch (rnd.nextInt(3)) {
        case 0 -> {
          char c = b.charAt(pos);
          b.setCharAt(pos, b.charAt(pos + 1));
          b.setCharAt(pos + 1, c);
        }
        case 1 -> b.deleteCharAt(pos);
        default -> b.insert(pos, b.charAt(pos));
      }
      assertThat(Slips.like(b.toString(), w)).as(b + " for " + w + " (seed " + seed + ")").isTrue();
    }
  }
}
