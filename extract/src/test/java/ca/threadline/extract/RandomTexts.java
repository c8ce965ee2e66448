package ca.threadline.extract;

import java.util.SplittableRandom;

/** Seeded random texts for the tests that check a finder's shortcut against the full search. */
public final class RandomTexts {
  private RandomTexts() {}

  /** One to {@code bound - 1} pieces drawn from {@code pieces} with {@code random}, joined. */
  public static String join(SplittableRandom random, String[] pieces, int bound) {
    StringBuilder b = new StringBuilder();
    for (int k = random.nextInt(1, bound); k > 0; k--) {
      b.append(pieces[random.nextInt(pieces.length)]);
    }
    return b.toString();
  }
}
