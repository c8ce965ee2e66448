package ca.threadline.extract.phone;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * How a phone number was hidden: the values of a phone selector's {@code obfuscation} list. The
 * vocabulary is shared with the synthetic ad generator in {@code testkit} (which plants numbers
 * with these tags as ground truth); a plainly written number has none.
 *
 * <p>Why it is recorded: an obscured phone number is one of the only four ad features that
 * predicted trafficking in the NIJ/JRSA study of 1,263 ads with known case outcomes
 * (Lugo-Graulich et al., J. Human Trafficking 2024; {@code research/ads-anchors.md} §4.1).
 *
 * <p>Definitions, decided per number over its digit symbols (a digit, a look-alike digit, a
 * letter standing for a digit, or a number word) and the separator material between them:
 *
 * <ul>
 *   <li>{@link #SPACED_DIGITS}: no number word, and the lengths of the maximal runs of adjacent
 *       digit symbols are not a usual NANP grouping (10, 3-7, 3-3-4, each optionally after a
 *       country code 1: 1-10, 1-3-7, 1-3-3-4, 11).
 *   <li>{@link #NUMBER_WORDS}: at least one digit written as an English or French word.
 *   <li>{@link #MIXED_WORDS_DIGITS}: words and digit glyphs in one number; implies number_words.
 *   <li>{@link #LETTER_FOR_DIGIT}: {@code O o} for 0 or {@code l I i} for 1 among digits.
 *   <li>{@link #KEYCAP_EMOJI}, {@link #FULLWIDTH_DIGITS}, {@link #MATH_DIGITS},
 *       {@link #CIRCLED_DIGITS}: at least one digit written in that Unicode form (circled covers
 *       every enclosed form: circled, parenthesised, with full stop, negative circled).
 *   <li>{@link #SEPARATORS}: separator material between two digit symbols holds something other
 *       than spaces, hyphens/dashes, full stops, slashes, parentheses and line breaks
 *       ({@code _ * · • ~ | , =}, emoji).
 *   <li>{@link #LINE_BREAK}: the number runs over a line break.
 * </ul>
 */
public enum Obfuscation {
  CIRCLED_DIGITS,
  FULLWIDTH_DIGITS,
  KEYCAP_EMOJI,
  LETTER_FOR_DIGIT,
  LINE_BREAK,
  MATH_DIGITS,
  MIXED_WORDS_DIGITS,
  NUMBER_WORDS,
  SEPARATORS,
  SPACED_DIGITS;

  private static final Obfuscation[] ALL = values();

  /** The wire name, e.g. {@code spaced_digits}. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Obfuscation fromTag(String tag) {
    return valueOf(tag.toUpperCase(Locale.ROOT));
  }

  /** Wire names of {@code set}, sorted (constants are declared in tag order). */
  public static List<String> tags(Collection<Obfuscation> set) {
    return set.stream().sorted().map(Obfuscation::tag).toList();
  }

  /** Wire names of the constants whose bit ({@code 1 << ordinal}) is set in {@code bits}, sorted. */
  static List<String> tags(int bits) {
    if (bits == 0) {
      return List.of();
    }
    String[] out = new String[Integer.bitCount(bits)];
    int k = 0;
    for (Obfuscation o : ALL) {
      if ((bits & o.bit()) != 0) {
        out[k++] = o.tag();
      }
    }
    return List.of(out);
  }

  int bit() {
    return 1 << ordinal();
  }
}
