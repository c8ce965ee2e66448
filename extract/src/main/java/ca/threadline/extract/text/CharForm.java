package ca.threadline.extract.text;

/**
 * How a character of the original text was written, when folding changed it. Finders use it to
 * report obfuscation (an ad that writes its phone number in mathematical bold digits is hiding
 * it from keyword search, and says so).
 */
public enum CharForm {
  /** ASCII, or a letter whose accents were removed: nothing unusual. */
  PLAIN,
  /** Fullwidth forms U+FF01 to U+FF5E (e.g. {@code ４} or {@code －}). */
  FULLWIDTH,
  /** Mathematical Alphanumeric Symbols U+1D400 to U+1D7FF (e.g. {@code 𝟒}, {@code 𝐟}). */
  MATHEMATICAL,
  /** A keycap sequence: digit, {@code #} or {@code *}, optional U+FE0F, then U+20E3. */
  KEYCAP,
  /** Circled, parenthesised, full-stop, double-circled and negative-circled digits and letters. */
  ENCLOSED,
  /** A decimal digit of another script (Arabic-Indic, Devanagari, ...). */
  OTHER_SCRIPT
}
