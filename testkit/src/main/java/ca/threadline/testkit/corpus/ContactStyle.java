package ca.threadline.testkit.corpus;

import java.util.random.RandomGenerator;

/**
 * How the generator writes contact selectors into ad text. Pluggable so that the corpus can use the
 * shared bilingual renderers of {@code ca.threadline.testkit.ads} (obfuscated phone styles, "at/dot"
 * emails) while {@link PlainContactStyle} stays available for plain corpora.
 */
public interface ContactStyle {
  /**
   * @param e164 the number, e.g. {@code +14165550199}
   * @param obfuscate whether the poster hides it (number words, spaced digits, letters for digits)
   */
  Written phone(String e164, boolean obfuscate, RandomGenerator rnd);

  /** @param email lower-case {@code local@domain} */
  Written email(String email, boolean obfuscate, RandomGenerator rnd);

  /**
   * @param platform lower-case platform name as in the extract contract (instagram, snapchat, ...)
   * @param handle lower-case handle without {@code @}
   */
  Written handle(String platform, String handle, RandomGenerator rnd);
}
