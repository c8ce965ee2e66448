package ca.threadline.link.text;

import ca.threadline.core.selector.Selector;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns ad text plus its selectors into {@link MaskedText}: every selector span becomes one typed
 * mask, the rest is split into words (runs of letters) and numbers (runs of digits, masked as
 * ⟨num⟩); everything else (punctuation, emoji, symbols) only separates tokens. Words are lower
 * cased and folded (NFKD without combining marks), so "Réservée", "RESERVEE" and "𝐫𝐞𝐬𝐞𝐫𝐯𝐞𝐞" meet.
 *
 * <p>Emoji are dropped rather than masked: posters sprinkle them freely between copies of one
 * template, and a masked emoji would cut the word shingles around it.
 *
 * <p>Selectors that overlap (a handle inside a URL, a phone inside a URL) are reduced to a
 * non-overlapping set: earliest start first, then the longest. Stateless and thread-safe.
 */
public final class AdNormalizer {
  private static final Comparator<Selector> ORDER =
      Comparator.<Selector>comparingInt(s -> s.span().start()).thenComparing(s -> -s.span().end());

  public MaskedText normalize(String text, List<Selector> selectors) {
    List<Selector> spans = nonOverlapping(selectors, text.length());
    List<String> tokens = new ArrayList<>(64);
    IntList starts = new IntList();
    IntList ends = new IntList();
    List<String> values = new ArrayList<>(64);
    BoolList sentence = new BoolList();
    boolean boundary = true;
    int next = 0; // index into spans
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (next < spans.size() && spans.get(next).span().start() <= i) {
        Selector s = spans.get(next++);
        if (s.span().end() <= i) {
          continue;
        }
        tokens.add(Mask.of(s.type()));
        // a span may start inside a surrogate pair the scan already consumed
        starts.add(Math.max(i, s.span().start()));
        ends.add(s.span().end());
        values.add(s.value());
        sentence.add(boundary);
        boundary = false;
        i = Math.max(i, s.span().end());
        continue;
      }
      int limit = next < spans.size() ? spans.get(next).span().start() : n;
      int cp = text.codePointAt(i);
      if (isWordChar(cp)) {
        int from = i;
        boolean ascii = true;
        while (i < limit) {
          int c = text.codePointAt(i);
          if (!isWordChar(c)) {
            break;
          }
          ascii &= c < 0x80;
          i += Character.charCount(c);
        }
        String word = fold(text.substring(from, i), ascii);
        if (word.isEmpty()) {
          continue; // only combining marks: nothing to compare
        }
        tokens.add(word);
        starts.add(from);
        ends.add(i);
        values.add(null);
        sentence.add(boundary);
        boundary = false;
      } else if (Character.isDigit(cp)) {
        int from = i;
        StringBuilder digits = new StringBuilder();
        while (i < limit) {
          int c = text.codePointAt(i);
          if (!Character.isDigit(c)) {
            break;
          }
          digits.append((char) ('0' + Character.digit(c, 10)));
          i += Character.charCount(c);
        }
        tokens.add(Mask.NUMBER);
        starts.add(from);
        ends.add(i);
        values.add(digits.toString());
        sentence.add(boundary);
        boundary = false;
      } else {
        if (isSentenceBreak(cp)) {
          boundary = true;
        }
        i += Character.charCount(cp);
      }
    }
    return new MaskedText(tokens.toArray(String[]::new), starts.toArray(), ends.toArray(), values.toArray(String[]::new), sentence.toArray());
  }

  static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isSentenceBreak(int cp) {
    return switch (cp) {
      case '.', '!', '?', ';', '\n', '\r', '•', '|', '¡', '¿', '…', '·' -> true;
      default -> false;
    };
  }

  static String fold(String word, boolean ascii) {
    if (ascii) {
      return word.toLowerCase(Locale.ROOT);
    }
    // fast path: Latin letters with diacritics (French, most European languages) by table
    char[] out = new char[word.length()];
    int n = 0;
    for (int k = 0; k < word.length(); k++) {
      char ch = word.charAt(k);
      String f = ch < FOLD.length ? FOLD[ch] : null;
      if (f == null) {
        return foldSlow(word);
      }
      for (int q = 0; q < f.length(); q++) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, out.length * 2);
        }
        out[n++] = f.charAt(q);
      }
    }
    return new String(out, 0, n);
  }

  /** NFKD, drop combining marks, lower case: for scripts and forms outside the table. */
  private static String foldSlow(String word) {
    String d = Normalizer.normalize(word, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(d.length());
    for (int k = 0; k < d.length(); ) {
      int c = d.codePointAt(k);
      int t = Character.getType(c);
      if (t != Character.NON_SPACING_MARK && t != Character.COMBINING_SPACING_MARK && t != Character.ENCLOSING_MARK) {
        b.appendCodePoint(Character.toLowerCase(c));
      }
      k += Character.charCount(c);
    }
    return b.toString();
  }

  /**
   * Folding of U+0000..U+017F computed once with {@link #foldSlow} (so both paths agree); null
   * where the slow path must decide (none in this range, kept for safety).
   */
  private static final String[] FOLD = new String[0x180];

  static {
    for (char ch = 0; ch < FOLD.length; ch++) {
      FOLD[ch] = foldSlow(String.valueOf(ch));
    }
  }

  private static List<Selector> nonOverlapping(List<Selector> selectors, int textLength) {
    if (selectors.isEmpty()) {
      return List.of();
    }
    Selector[] sorted = selectors.stream().filter(s -> s.span().end() <= textLength && s.span().length() > 0).toArray(Selector[]::new);
    Arrays.sort(sorted, ORDER);
    List<Selector> out = new ArrayList<>(sorted.length);
    int end = -1;
    for (Selector s : sorted) {
      if (s.span().start() >= end) {
        out.add(s);
        end = s.span().end();
      }
    }
    return out;
  }

  /** A growable boolean array. */
  static final class BoolList {
    private boolean[] a = new boolean[64];
    private int n;

    void add(boolean v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    boolean[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }

  /** A growable int array (avoids boxing on the hot path). */
  static final class IntList {
    private int[] a = new int[64];
    private int n;

    void add(int v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    int[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }
}
