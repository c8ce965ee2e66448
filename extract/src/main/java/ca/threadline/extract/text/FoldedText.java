package ca.threadline.extract.text;

import ca.threadline.core.text.Span;
import java.util.Objects;

/**
 * A text folded for matching (see {@link FoldingTable} and {@link TextFolder} for the rules),
 * with each folded char's range in the original text. Immutable; build one per text with
 * {@link #of(String)}; cost is one pass and four arrays of the text's length.
 *
 * <p>The map back: folded char {@code i} came from the original UTF-16 range
 * {@code [originalStart(i), originalEnd(i))}. A keycap folds three chars to one, a mathematical
 * digit two (a surrogate pair), and invisible characters (zero-width space, variation selectors,
 * combining accents) widen the range of the char before them. So a match over folded chars
 * {@code [from, to)} covers exactly {@link #originalSpan(int, int)} in the original.
 */
public final class FoldedText implements CharSequence {
  /** Set in a form byte when invisible characters were attached to the char. */
  static final byte INVISIBLE_BIT = (byte) 0x80;
  private static final CharForm[] FORMS = CharForm.values();

  private final String original;
  private final char[] chars;
  private final int[] starts;
  private final int[] ends;
  private final byte[] forms;
  private final int length;

  FoldedText(String original, char[] chars, int[] starts, int[] ends, byte[] forms, int length) {
    this.original = original;
    this.chars = chars;
    this.starts = starts;
    this.ends = ends;
    this.forms = forms;
    this.length = length;
  }

  /** Folds {@code original}. */
  public static FoldedText of(String original) {
    return new TextFolder(Objects.requireNonNull(original, "original")).fold();
  }

  public String original() {
    return original;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    Objects.checkIndex(index, length);
    return chars[index];
  }

  /** How the folded char at {@code index} was written in the original. */
  public CharForm form(int index) {
    Objects.checkIndex(index, length);
    return FORMS[forms[index] & 0x7F];
  }

  /**
   * Whether invisible characters (zero-width space or joiner, soft hyphen, variation selector,
   * combining mark) follow the char at {@code index} in the original, inside its range. Between
   * two digits they are an obfuscation: "416&lt;U+200B&gt;555" looks plain but defeats a regex.
   */
  public boolean carriesInvisible(int index) {
    Objects.checkIndex(index, length);
    return (forms[index] & INVISIBLE_BIT) != 0;
  }

  public int originalStart(int index) {
    Objects.checkIndex(index, length);
    return starts[index];
  }

  public int originalEnd(int index) {
    Objects.checkIndex(index, length);
    return ends[index];
  }

  /** The original span of the folded range {@code [from, to)}, which must not be empty. */
  public Span originalSpan(int from, int to) {
    Objects.checkFromToIndex(from, to, length);
    if (from == to) {
      throw new IllegalArgumentException("empty folded range at " + from);
    }
    return new Span(starts[from], ends[to - 1]);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    Objects.checkFromToIndex(start, end, length);
    return new String(chars, start, end - start);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
