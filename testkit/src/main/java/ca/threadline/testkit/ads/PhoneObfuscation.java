package ca.threadline.testkit.ads;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The vocabulary of phone obfuscation tags, shared by the generators (ground truth) and the phone
 * finder (its {@code obfuscation} output). A plainly written number has no tag at all.
 *
 * <p>Why record how a number was hidden: an obscured phone number is one of the four ad features
 * that predicted trafficking in the NIJ/JRSA study of 1,263 ads with known case outcomes
 * (Lugo-Graulich et al., J. Human Trafficking 2024); see {@code research/ads-anchors.md} §4.1.
 *
 * <h2>Definitions</h2>
 *
 * A rendered number is read as a sequence of <em>digit symbols</em> (each one digit: an ASCII
 * digit, a fullwidth, mathematical or circled digit, a keycap sequence, a letter standing for a
 * digit, or a number word, which may stand for one or two digits) separated by <em>separator
 * material</em>. <em>Plain</em> separator material is made only of: spaces (U+0020, also
 * several, and the ideographic space U+3000), the hyphen-minus {@code -} and the dashes U+2010 to
 * U+2015, U+2212 and fullwidth {@code －}, the full stop {@code .} and fullwidth {@code ．}, the
 * slash {@code /} (libphonenumber's own punctuation; "HUIT SEPT TROIS / CINQ CINQ CINQ / …" is
 * {@code number_words} only, as in the README), parentheses around the area code (ASCII or
 * fullwidth), and a leading {@code +1} or {@code 1} country code. Everything below is decided per number; the tag list is the set that applies,
 * sorted by tag name.
 *
 * <ul>
 *   <li>{@link #SPACED_DIGITS} {@code spaced_digits}: no digit is written as a word, and the
 *       lengths of the maximal runs of adjacent digit symbols (nothing between them) are not one of
 *       the usual NANP groupings 10, 3-7, 3-3-4, optionally preceded by the country code 1 (1-10,
 *       1-3-7, 1-3-3-4, 11). {@code "4 0 3 5 5 5 0 1 7 4"}, {@code "43 85 55 01 10"},
 *       {@code "4375 550 114"}; but not {@code "416 555 0199"} nor {@code "+1 (579)\n555-0159"}.
 *   <li>{@link #NUMBER_WORDS} {@code number_words}: at least one digit is written as an English or
 *       French number word, in any case, including the misspellings {@code for}, {@code to},
 *       {@code too}, {@code oh}, {@code zero}, {@code troi}, {@code quattre}, {@code cinque},
 *       {@code uit} and two-digit words ({@code ninety-two}, {@code nineteen},
 *       {@code quatre-vingt-douze}, {@code vingt et un}).
 *   <li>{@link #MIXED_WORDS_DIGITS} {@code mixed_words_digits}: number words and digit glyphs in
 *       one number ({@code "4one6 555 0199"}); always comes with {@code number_words}.
 *   <li>{@link #LETTER_FOR_DIGIT} {@code letter_for_digit}: a letter {@code O o} stands for 0 or
 *       {@code l I i} stands for 1 among digit symbols ({@code "(5O6) 555-Oi28"}).
 *   <li>{@link #KEYCAP_EMOJI} {@code keycap_emoji}: a digit followed by U+20E3 (with or without
 *       U+FE0F between).
 *   <li>{@link #FULLWIDTH_DIGITS} {@code fullwidth_digits}: a digit U+FF10 to U+FF19.
 *   <li>{@link #MATH_DIGITS} {@code math_digits}: a mathematical digit U+1D7CE to U+1D7FF (bold,
 *       double-struck, sans-serif, sans-serif bold, monospace).
 *   <li>{@link #CIRCLED_DIGITS} {@code circled_digits}: ⓪ (U+24EA) or ① to ⑨ (U+2460 to U+2468).
 *   <li>{@link #SEPARATORS} {@code separators}: separator material between two digit symbols
 *       contains something that is neither plain nor a line break: {@code _ • · ~ * | = ,}, emoji
 *       such as ⭐ 🔥 💋 ✨ ❤️, etc. ({@code "780_555_0106"}, {@code "450 ~ 555 ~ 0162"},
 *       {@code "seven seven eight * five five five * oh one nine five"}).
 *   <li>{@link #LINE_BREAK} {@code line_break}: separator material inside the number contains a
 *       line feed.
 * </ul>
 */
public enum PhoneObfuscation {
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

  /** The wire name, e.g. {@code spaced_digits}. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static PhoneObfuscation fromTag(String tag) {
    return valueOf(tag.toUpperCase(Locale.ROOT));
  }

  /** Wire names of {@code set}, sorted (constants are declared in tag order). */
  public static List<String> tags(Collection<PhoneObfuscation> set) {
    return set.stream().sorted().map(PhoneObfuscation::tag).toList();
  }
}
