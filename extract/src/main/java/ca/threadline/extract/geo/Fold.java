package ca.threadline.extract.geo;

/**
 * Case- and accent-insensitive keys for place names: lower case, Latin diacritics removed
 * ({@code Montréal} → {@code montreal}, {@code Œ} → {@code oe}), typographic apostrophes made
 * straight. Written as a table walk rather than {@link java.text.Normalizer} because it runs on
 * every word of every ad; characters outside Latin-1 and Latin Extended-A are only lower-cased.
 */
public final class Fold {
  private static final String FROM =
      "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
  private static final String TO =
      "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";
  private static final char[] MAP = new char[0x180];

  static {
    for (int c = 0; c < MAP.length; c++) {
      MAP[c] = Character.toLowerCase((char) c);
    }
    for (int i = 0; i < FROM.length(); i++) {
      char from = FROM.charAt(i);
      MAP[from] = TO.charAt(i);
      MAP[Character.toUpperCase(from)] = TO.charAt(i);
    }
  }

  private Fold() {}

  /** The folded form of one character; two-letter ligatures and ß fold to their first letter. */
  public static char fold(char c) {
    if (c < MAP.length) {
      return MAP[c];
    }
    return switch (c) {
      case '’', '‘', 'ʼ' -> '\'';
      default -> Character.toLowerCase(c);
    };
  }

  /** The folded form of a string (ligatures œ, æ and ß expand to two letters). */
  public static String of(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    append(s, 0, s.length(), out);
    return out.toString();
  }

  /** Appends the folded form of {@code s[start, end)} to {@code out}. */
  public static void append(CharSequence s, int start, int end, StringBuilder out) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      switch (c) {
        case 'œ', 'Œ' -> out.append("oe");
        case 'æ', 'Æ' -> out.append("ae");
        case 'ß' -> out.append("ss");
        default -> out.append(fold(c));
      }
    }
  }
}
