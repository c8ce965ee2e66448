package ca.threadline.testkit.ads;

import java.util.List;
import java.util.random.RandomGenerator;

/** Small helpers for seeded choices. */
final class Pick {
  private Pick() {}

  static <T> T one(List<T> options, RandomGenerator r) {
    return options.get(r.nextInt(options.size()));
  }

  @SafeVarargs
  static <T> T one(RandomGenerator r, T... options) {
    return options[r.nextInt(options.length)];
  }

  static boolean chance(double p, RandomGenerator r) {
    return r.nextDouble() < p;
  }

  /** Integer in [lo, hi], inclusive. */
  static int between(int lo, int hi, RandomGenerator r) {
    return lo + r.nextInt(hi - lo + 1);
  }
}
