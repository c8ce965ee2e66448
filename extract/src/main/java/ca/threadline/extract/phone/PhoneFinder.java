package ca.threadline.extract.phone;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import ca.threadline.extract.Language;
import ca.threadline.extract.SelectorFinder;
import ca.threadline.extract.text.FoldedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds phone numbers, plain or obfuscated, in English and French ads: a normaliser in front of
 * libphonenumber. Emits {@code Selector(PHONE, E.164, span, obfuscation tags, null)}; the span
 * covers the number as written in the original text (from a leading {@code +} or {@code (} to the
 * last digit symbol, keycap marks included), in UTF-16 indices.
 *
 * <h2>Pipeline (one pass per stage, linear in the text)</h2>
 *
 * <ol>
 *   <li>{@link FoldedText}: Unicode folding with an offset map: fullwidth, mathematical,
 *       enclosed and keycap digits to ASCII, accents off, dashes and spaces unified, invisible
 *       characters dropped.
 *   <li>{@link TokenReader}: every letter/digit token that can stand for digits becomes pieces:
 *       digits, letters for digits inside digit runs, EN/FR number words incl. misspellings.
 *   <li>{@link GroupAssembler} with {@link NumeralGrammar}: words become numerals
 *       ("quatre-vingt-douze" = 92), glued pieces one {@link DigitGroup}.
 *   <li>{@link RunSplitter}: groups separated only by separators ({@link Separators}) form runs;
 *       dates and "24/7" are masked.
 *   <li>{@link WindowResolver}: non-overlapping windows of whole groups with the right digit count,
 *       validated by libphonenumber at the VALID level ({@link PhoneValidator}).
 *   <li>{@link ObfuscationReader}: the obfuscation tags.
 * </ol>
 *
 * <h2>Why this design</h2>
 *
 * It follows DIG's phone extractor for the Memex programme (USC ISI, pnmatcher): "precision is
 * more important than recall", a rule-based cleaner that maps misspelled numerals and
 * {@code o}/{@code l} look-alikes to digits, then libphonenumber as the final judge. It differs
 * where pnmatcher loses numbers: pnmatcher drops every non-ASCII character
 * ({@code encode('ascii','ignore')}), so fullwidth, mathematical and keycap digits vanish; here
 * they fold to digits and are recorded. And because an obscured phone number is itself one of the
 * four trafficking indicators validated against case outcomes (JRSA/NIJ, Lugo-Graulich et al.
 * 2024), the finder records how each number was hidden ({@link Obfuscation}) rather than only the
 * number.
 *
 * <p>Thread-safe and stateless after construction; per call it allocates only small arrays sized
 * by the text.
 */
public final class PhoneFinder implements SelectorFinder {
  private final TokenReader tokens = new TokenReader(NumberLexicon.standard());
  private final PhoneValidator validator = new PhoneValidator();

  @Override
  public void find(String text, Language language, List<Selector> out) {
    if (text.isEmpty()) {
      return;
    }
    FoldedText folded = FoldedText.of(text);
    List<Piece> pieces = new ArrayList<>();
    tokens.read(folded, pieces);
    if (pieces.isEmpty()) {
      return;
    }
    List<DigitGroup> groups = GroupAssembler.assemble(folded, pieces);
    WindowResolver resolver = null;
    for (Run run : RunSplitter.split(folded, groups)) {
      if (resolver == null) {
        resolver = new WindowResolver(folded, validator);
      }
      for (WindowResolver.Window w : resolver.resolve(run)) {
        int bits = ObfuscationReader.read(run, w.from(), w.to());
        Span span = span(folded, run, w);
        out.add(new Selector(SelectorType.PHONE, w.e164(), span, Obfuscation.tags(bits), null));
      }
    }
  }

  /** Convenience for callers and tests: the phones of {@code text}. */
  public List<Selector> find(String text) {
    List<Selector> out = new ArrayList<>();
    find(text, Language.UNDETERMINED, out);
    return out;
  }

  /**
   * From the {@code +}, an opening parenthesis or a WhatsApp link ({@code https://wa.me/})
   * before the first group, to the last group: the number as written.
   */
  private static Span span(FoldedText t, Run run, WindowResolver.Window w) {
    int start = run.group(w.from()).start();
    int end = run.group(w.to() - 1).end();
    int link = whatsappLinkStart(t, start);
    if (link >= 0) {
      start = link;
    } else if (w.plus()) {
      start = run.plusAt();
    } else if (start > 0 && t.charAt(start - 1) == '(') {
      boolean closedInside = false;
      for (int k = w.from() + 1; k < w.to(); k++) {
        closedInside |= (run.gaps()[k] & Separators.CLOSE) != 0;
      }
      if (closedInside || (end < t.length() && t.charAt(end) == ')')) {
        start--;
        if (!closedInside) {
          end++;
        }
      }
    }
    return t.originalSpan(start, end);
  }

  private static final String WA_ME = "wa.me/";

  /** Where a {@code wa.me/} link (with its scheme, if any) ending at {@code at} starts, or -1. */
  static int whatsappLinkStart(FoldedText t, int at) {
    int start = at - WA_ME.length();
    if (start < 0 || !regionMatches(t, start, WA_ME)) {
      return -1;
    }
    for (String scheme : new String[] {"https://", "http://"}) {
      int s = start - scheme.length();
      if (s >= 0 && regionMatches(t, s, scheme)) {
        return s;
      }
    }
    return start;
  }

  private static boolean regionMatches(FoldedText t, int at, String s) {
    for (int k = 0; k < s.length(); k++) {
      if (t.charAt(at + k) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
