package ca.threadline.extract.phone;

/**
 * One spelling of a number word.
 *
 * @param spelling folded (lower-case ASCII, no accents) spelling, e.g. {@code "quatre"}
 * @param role what the word does in a numeral
 * @param value the digit (UNIT), 10..19 (TEEN), 20..90 (TENS), 100 (HUNDRED), 0 (CONNECTOR)
 * @param french whether the spelling is French (the {@code quatre-vingt}, {@code dix-sept} rules
 *     apply only to French words)
 */
record Lexeme(String spelling, Role role, int value, boolean french) {
  enum Role {
    /** A single digit 0-9: "zero", "oh", "un", "nein". */
    UNIT,
    /** 10-19 as one word: "ten", "dix", "douze". */
    TEEN,
    /** A multiple of ten 20-90: "ninety", "soixante". */
    TENS,
    /** "hundred", "cent". */
    HUNDRED,
    /** "and", "et": only inside a numeral ("vingt et un"). */
    CONNECTOR
  }

  boolean is(Role r) {
    return role == r;
  }
}
