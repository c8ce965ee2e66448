package ca.threadline.extract.lang;

import ca.threadline.extract.Language;

/**
 * How much English and French a text carries, in word-equivalents, and the decision drawn from it.
 *
 * <p>Decision rule (thresholds tuned on the hand-written cases of {@code EnglishFrenchDetectorTest}
 * and checked on the dev set): less than {@link #MIN_TOTAL} evidence in all is {@code und}; when the
 * weaker language has at least {@link #MIN_MIXED} and at least {@link #MIXED_RATIO} of the stronger
 * one, the record is {@code mixed} ("Farm workers / ouvriers agricoles … Housing/logement");
 * otherwise the stronger language wins.
 */
public record LanguageEvidence(double english, double french) {
  static final double MIN_TOTAL = 0.6;
  static final double MIN_MIXED = 0.75;
  static final double MIXED_RATIO = 0.3;

  public Language decide() {
    double hi = Math.max(english, french);
    double lo = Math.min(english, french);
    if (english + french < MIN_TOTAL) {
      return Language.UNDETERMINED;
    }
    if (lo >= MIN_MIXED && lo >= MIXED_RATIO * hi) {
      return Language.MIXED;
    }
    return english >= french ? Language.EN : Language.FR;
  }
}
