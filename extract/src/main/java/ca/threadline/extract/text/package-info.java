/**
 * Unicode folding for matching, with an exact map back to the original text.
 *
 * <p>{@link ca.threadline.extract.text.FoldedText} turns an ad into a simpler string in which
 * every look-alike of a digit is an ASCII digit, letters are lower-case ASCII without accents,
 * spaces, line breaks and dashes each have one form, and invisible characters are gone, while
 * remembering for each folded character which UTF-16 range of the original it came from. Finders
 * match on the folded text and report spans in the original, so that every selector still points
 * at the exact characters an investigator sees.
 */
package ca.threadline.extract.text;
