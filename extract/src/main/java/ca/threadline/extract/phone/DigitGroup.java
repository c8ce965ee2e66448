package ca.threadline.extract.phone;

/**
 * Digit symbols written together: one token ({@code 416}, {@code Oi28}, {@code fivezero6}) or one
 * numeral spread over several tokens ({@code quatre-vingt-douze}). A phone number is a sequence
 * of whole groups: the finder never splits a group, so "2024-865-2634" cannot lend "024" to a
 * phone.
 *
 * @param start folded index of the first char
 * @param end folded index after the last char
 * @param flags {@link DigitFlags} bits
 */
record DigitGroup(int start, int end, String digits, int flags) {
  int length() {
    return digits.length();
  }

  boolean has(int flag) {
    return (flags & flag) != 0;
  }

  /** Letters for digits and nothing else ({@code OlIo}). */
  boolean leetOnly() {
    return (flags & (DigitFlags.REAL_DIGIT | DigitFlags.WORD)) == 0;
  }
}
