package ca.threadline.testkit.ads;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How {@link PhoneRenderer} writes a number: one digit form, optionally irregular spacing, exotic
 * separators and a line break. {@link #obfuscations()} is exactly the set of
 * {@link PhoneObfuscation} tags a correct phone finder reports for the rendering (see the
 * definitions there); {@link #PLAIN} has none.
 */
public enum PhoneStyle {
  PLAIN(DigitForm.ASCII, false, false, false),
  SPACED_DIGITS(DigitForm.ASCII, true, false, false),
  NUMBER_WORDS(DigitForm.WORDS, false, false, false),
  MIXED_WORDS_DIGITS(DigitForm.MIXED, false, false, false),
  LETTER_FOR_DIGIT(DigitForm.LETTER, false, false, false),
  KEYCAP_EMOJI(DigitForm.KEYCAP, false, false, false),
  FULLWIDTH_DIGITS(DigitForm.FULLWIDTH, false, false, false),
  MATH_DIGITS(DigitForm.MATH, false, false, false),
  CIRCLED_DIGITS(DigitForm.CIRCLED, false, false, false),
  SEPARATORS(DigitForm.ASCII, false, true, false),
  LINE_BREAK(DigitForm.ASCII, false, false, true),
  // Combinations seen in real ads.
  SPACED_DIGITS_LINE_BREAK(DigitForm.ASCII, true, false, true),
  SEPARATORS_LINE_BREAK(DigitForm.ASCII, false, true, true),
  NUMBER_WORDS_SEPARATORS(DigitForm.WORDS, false, true, false),
  NUMBER_WORDS_LINE_BREAK(DigitForm.WORDS, false, false, true),
  NUMBER_WORDS_SEPARATORS_LINE_BREAK(DigitForm.WORDS, false, true, true),
  MIXED_WORDS_DIGITS_SEPARATORS(DigitForm.MIXED, false, true, false),
  MIXED_WORDS_DIGITS_LINE_BREAK(DigitForm.MIXED, false, false, true),
  LETTER_FOR_DIGIT_SEPARATORS(DigitForm.LETTER, false, true, false),
  LETTER_FOR_DIGIT_LINE_BREAK(DigitForm.LETTER, false, false, true),
  KEYCAP_EMOJI_SPACED_DIGITS(DigitForm.KEYCAP, true, false, false),
  KEYCAP_EMOJI_SEPARATORS(DigitForm.KEYCAP, false, true, false),
  FULLWIDTH_DIGITS_LINE_BREAK(DigitForm.FULLWIDTH, false, false, true),
  MATH_DIGITS_SPACED_DIGITS(DigitForm.MATH, true, false, false),
  MATH_DIGITS_LINE_BREAK(DigitForm.MATH, false, false, true),
  CIRCLED_DIGITS_SEPARATORS(DigitForm.CIRCLED, false, true, false),
  CIRCLED_DIGITS_SPACED_DIGITS(DigitForm.CIRCLED, true, false, false);

  /** How each digit is written. */
  enum DigitForm {
    ASCII(null),
    WORDS(PhoneObfuscation.NUMBER_WORDS),
    MIXED(PhoneObfuscation.MIXED_WORDS_DIGITS),
    LETTER(PhoneObfuscation.LETTER_FOR_DIGIT),
    KEYCAP(PhoneObfuscation.KEYCAP_EMOJI),
    FULLWIDTH(PhoneObfuscation.FULLWIDTH_DIGITS),
    MATH(PhoneObfuscation.MATH_DIGITS),
    CIRCLED(PhoneObfuscation.CIRCLED_DIGITS);

    final PhoneObfuscation tag;

    DigitForm(PhoneObfuscation tag) {
      this.tag = tag;
    }

    boolean words() {
      return this == WORDS || this == MIXED;
    }
  }

  private final DigitForm form;
  private final boolean spaced;
  private final boolean separators;
  private final boolean lineBreak;

  PhoneStyle(DigitForm form, boolean spaced, boolean separators, boolean lineBreak) {
    this.form = form;
    this.spaced = spaced;
    this.separators = separators;
    this.lineBreak = lineBreak;
  }

  DigitForm form() {
    return form;
  }

  boolean spaced() {
    return spaced;
  }

  boolean separators() {
    return separators;
  }

  boolean lineBreak() {
    return lineBreak;
  }

  /** The obfuscations this style produces (empty for {@link #PLAIN}). */
  public Set<PhoneObfuscation> obfuscations() {
    EnumSet<PhoneObfuscation> set = EnumSet.noneOf(PhoneObfuscation.class);
    if (form.tag != null) {
      set.add(form.tag);
    }
    if (form == DigitForm.MIXED) {
      set.add(PhoneObfuscation.NUMBER_WORDS); // a mix of words and digits still spells words
    }
    if (spaced) {
      set.add(PhoneObfuscation.SPACED_DIGITS);
    }
    if (separators) {
      set.add(PhoneObfuscation.SEPARATORS);
    }
    if (lineBreak) {
      set.add(PhoneObfuscation.LINE_BREAK);
    }
    return set;
  }

  /** Sorted wire tags of {@link #obfuscations()}. */
  public List<String> tags() {
    return PhoneObfuscation.tags(obfuscations());
  }
}
