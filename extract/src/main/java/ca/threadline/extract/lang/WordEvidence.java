package ca.threadline.extract.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word-level language evidence: how strongly a word says "English" or "French", read from the
 * reviewed lists {@code words-en.txt}, {@code words-fr.txt} and {@code neutral.txt}.
 *
 * <p>Two tables: words as written (lower case, accents kept), then accent-folded forms for ads that
 * drop accents ("deja", "tres"). A folded form that collides with a word of the other language, or
 * a folded form of two letters or fewer that differs from its written form ("à" → "a"), stays out
 * of the folded table, so "experience" reads English and "expérience" French.
 */
final class WordEvidence {
  /** Result of a lookup. */
  static final int UNKNOWN = -1;
  static final int NEUTRAL = -2;

  private final CharTable exact;
  private final CharTable folded;
  private final float[] exactEn;
  private final float[] exactFr;
  private final float[] foldedEn;
  private final float[] foldedFr;
  private final CharTable neutral;
  private final List<String> englishWords;
  private final List<String> frenchWords;

  WordEvidence(Map<String, Float> en, Map<String, Float> fr, Set<String> neutralWords) {
    englishWords = List.copyOf(en.keySet());
    frenchWords = List.copyOf(fr.keySet());
    Map<String, float[]> ex = new LinkedHashMap<>();
    en.forEach((w, v) -> ex.computeIfAbsent(w, k -> new float[2])[0] = v);
    fr.forEach((w, v) -> ex.computeIfAbsent(w, k -> new float[2])[1] = v);
    Map<String, float[]> fo = new LinkedHashMap<>();
    Map<String, Integer> foldedLanguage = new LinkedHashMap<>(); // 0 en, 1 fr, 2 both (collision)
    ex.forEach(
        (w, v) -> {
          String f = TextFold.fold(w);
          if (!f.equals(w) && f.length() <= 2) {
            return;
          }
          int lang = v[0] > 0 ? (v[1] > 0 ? 2 : 0) : 1;
          foldedLanguage.merge(f, lang, (a, b) -> a.equals(b) ? a : 2);
          float[] acc = fo.computeIfAbsent(f, k -> new float[2]);
          acc[0] = Math.max(acc[0], v[0]);
          acc[1] = Math.max(acc[1], v[1]);
        });
    foldedLanguage.forEach((f, lang) -> {
      if (lang == 2) {
        fo.remove(f);
      }
    });
    exact = CharTable.of(ex.keySet().toArray(String[]::new));
    exactEn = new float[exact.size()];
    exactFr = new float[exact.size()];
    for (int i = 0; i < exact.size(); i++) {
      float[] v = ex.get(exact.key(i));
      exactEn[i] = v[0];
      exactFr[i] = v[1];
    }
    folded = CharTable.of(fo.keySet().toArray(String[]::new));
    foldedEn = new float[folded.size()];
    foldedFr = new float[folded.size()];
    for (int i = 0; i < folded.size(); i++) {
      float[] v = fo.get(folded.key(i));
      foldedEn[i] = v[0];
      foldedFr[i] = v[1];
    }
    Set<String> n = new LinkedHashSet<>();
    for (String w : neutralWords) {
      n.add(w);
      n.add(TextFold.fold(w));
    }
    neutral = CharTable.of(n.toArray(String[]::new));
  }

  static WordEvidence load() {
    return new WordEvidence(readWeighted("words-en.txt"), readWeighted("words-fr.txt"), readWords("neutral.txt"));
  }

  /**
   * Looks a word up (as written, then neutral, then folded): {@link #NEUTRAL}, {@link #UNKNOWN}, or an index {@code >= 0} for
   * {@link #english(int)} / {@link #french(int)} (exact-table indices first, folded ones after).
   */
  int lookup(CharSequence lower, int lowerLen, CharSequence fold, int foldLen) {
    int id = exact.id(lower, 0, lowerLen);
    if (id >= 0) {
      return id;
    }
    if (neutral.id(lower, 0, lowerLen) >= 0 || neutral.id(fold, 0, foldLen) >= 0) {
      return NEUTRAL;
    }
    id = folded.id(fold, 0, foldLen);
    return id >= 0 ? exact.size() + id : UNKNOWN;
  }

  float english(int index) {
    return index < exact.size() ? exactEn[index] : foldedEn[index - exact.size()];
  }

  float french(int index) {
    return index < exact.size() ? exactFr[index] : foldedFr[index - exact.size()];
  }

  List<String> englishWords() {
    return englishWords;
  }

  List<String> frenchWords() {
    return frenchWords;
  }

  private static Map<String, Float> readWeighted(String resource) {
    Map<String, Float> out = new LinkedHashMap<>();
    int lineNo = 0;
    for (String line : lines(resource)) {
      lineNo++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      int colon = t.indexOf(':');
      if (colon < 0) {
        throw new IllegalStateException(resource + ":" + lineNo + ": expected 'WEIGHT: words'");
      }
      float w = Float.parseFloat(t.substring(0, colon).strip());
      for (String word : t.substring(colon + 1).strip().split("\\s+")) {
        out.merge(word.toLowerCase(java.util.Locale.ROOT), w, Math::max);
      }
    }
    return out;
  }

  private static Set<String> readWords(String resource) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : lines(resource)) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        for (String w : t.split("\\s+")) {
          out.add(w.toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return out;
  }

  static List<String> lines(String resource) {
    try (InputStream in = WordEvidence.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        out.add(l);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
