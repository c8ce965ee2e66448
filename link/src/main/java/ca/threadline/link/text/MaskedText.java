package ca.threadline.link.text;

/**
 * An ad as a sequence of normalised tokens, selectors replaced by {@link Mask typed masks}.
 *
 * @param tokens normalised words (lower case, accents and compatibility forms folded) and masks
 * @param starts UTF-16 start of each token in the original text
 * @param ends UTF-16 end (exclusive) of each token in the original text
 * @param values for a mask token, the canonical value of the selector it hides (for ⟨num⟩ the
 *     digits); {@code null} for words
 * @param sentenceStart whether a sentence boundary (. ! ? ; • | line break) precedes the token
 */
public record MaskedText(String[] tokens, int[] starts, int[] ends, String[] values, boolean[] sentenceStart) {
  public int size() {
    return tokens.length;
  }
}
