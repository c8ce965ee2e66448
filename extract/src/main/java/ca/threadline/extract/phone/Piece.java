package ca.threadline.extract.phone;

/**
 * A stretch of one token that stands for digits: either written digits ({@code digits} set,
 * possibly with letters standing for digits) or one number word ({@code word} set). Positions
 * are folded-text indices, end exclusive.
 *
 * @param token index of the token (maximal run of letters and digits) the piece belongs to;
 *     pieces of one token are glued together in the ad
 * @param flags {@link DigitFlags} bits
 */
record Piece(int start, int end, int token, String digits, Lexeme word, int flags) {
  boolean isWord() {
    return word != null;
  }
}
