package ca.threadline.extract.lang;

import ca.threadline.extract.Extractor;
import ca.threadline.extract.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells English, French, mixed and undetermined ads apart in a few microseconds, without a
 * language-identification library (those are trained on prose and stumble on "Maya 27 y/o").
 *
 * <p>Evidence, summed per word ({@link LanguageEvidence}):
 *
 * <ol>
 *   <li>reviewed word lists ({@link WordEvidence}): function words, elisions ({@code l' d' j'}),
 *       and the words of escort and job ads in each language; a capitalised word inside a line counts 0.7 (it
 *       may be a name: "Elle", "Jolie"), at the start of a line or sentence fully;
 *   <li>for other words of three letters or more, a character-trigram model ({@link TrigramModel})
 *       worth at most {@value #TRIGRAM_WEIGHT} per word (a third of that for a capitalised word),
 *       plus {@value #ACCENT_WEIGHT} for French diacritics;
 *   <li>skipped: Canadian place names and platform names ({@code neutral.txt}), numbers, emoji,
 *       and whole chunks that are e-mail addresses, handles or URLs.
 * </ol>
 *
 * <p>Thread-safe and allocation-light: per call, two small {@code StringBuilder}s.
 */
public final class EnglishFrenchDetector implements Extractor.LanguageDetector {
  static final float TRIGRAM_WEIGHT = 0.5f;
  static final float ACCENT_WEIGHT = 0.35f;
  private static final float CAPITALISED_WORD = 0.7f;
  private static final float CAPITALISED_UNKNOWN = 0.35f;
  private static final CharTable ELISIONS = CharTable.of("l", "d", "j", "m", "t", "s", "n", "c", "qu", "jusqu", "lorsqu", "puisqu");

  private final WordEvidence words;
  private final TrigramModel trigrams;

  EnglishFrenchDetector(WordEvidence words, TrigramModel trigrams) {
    this.words = words;
    this.trigrams = trigrams;
  }

  /** The detector with Threadline's shipped word lists and trigram texts. */
  public static EnglishFrenchDetector standard() {
    WordEvidence words = WordEvidence.load();
    List<String> en = new ArrayList<>(WordEvidence.lines("corpus-en.txt"));
    en.addAll(words.englishWords());
    List<String> fr = new ArrayList<>(WordEvidence.lines("corpus-fr.txt"));
    fr.addAll(words.frenchWords());
    return new EnglishFrenchDetector(words, TrigramModel.train(en, fr));
  }

  @Override
  public Language detect(String text) {
    return evidence(text).decide();
  }

  /** The evidence behind {@link #detect(String)}, for tests and explanations. */
  public LanguageEvidence evidence(String text) {
    return evidence(text, null);
  }

  /** Like {@link #evidence(String)}, appending one "word en/fr" line per scored word to {@code trace}. */
  public LanguageEvidence evidence(String text, List<String> trace) {
    Scan s = new Scan();
    s.trace = trace;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char ch = text.charAt(i);
      if (ch < 0x80 && ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') && !s.lower.isEmpty()) {
        s.asciiLetter(ch); // fast path inside a word
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      if (Character.isWhitespace(cp)) {
        s.emit();
        if (cp == '\n' || cp == '\r') {
          s.sentenceStart = true;
        }
        i += Character.charCount(cp);
        continue;
      }
      if (s.lower.isEmpty() && (i == 0 || Character.isWhitespace(text.charAt(i - 1))) && startsAddressLike(text, i)) {
        s.emit();
        while (i < n && !Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        continue;
      }
      int next = i + Character.charCount(cp);
      if (Character.isLetter(cp) || (!s.lower.isEmpty() && isMark(cp))) {
        s.letter(cp);
      } else if (TextFold.isApostrophe(cp) && !s.lower.isEmpty() && next < n && Character.isLetter(text.codePointAt(next))) {
        if (ELISIONS.id(s.folded) >= 0) {
          s.lower.append('\'');
          s.folded.append('\'');
          s.emit();
        } else {
          s.lower.append('\'');
          s.folded.append('\'');
        }
      } else if ((cp == '-' || cp == '‐') && !s.lower.isEmpty() && next < n && Character.isLetter(text.codePointAt(next))) {
        s.lower.append('-');
        s.folded.append('-');
      } else if ((cp == '/' || cp == '.') && s.letters == 1 && s.lower.length() == 1 && next < n && Character.isLetter(text.codePointAt(next))
          && (next + 1 >= n || !Character.isLetter(text.codePointAt(next + Character.charCount(text.codePointAt(next)))))) {
        // "y/o", "y.o.", "t.o.": single letters joined by a separator read as one abbreviation.
        s.lower.append((char) cp);
        s.folded.append((char) cp);
      } else if (!TextFold.isTransparent(cp)) {
        s.emit();
        if (cp == '.' || cp == '!' || cp == '?' || cp == '•' || cp == '|') {
          s.sentenceStart = true;
        }
      }
      i = next;
    }
    s.emit();
    return new LanguageEvidence(s.en, s.fr);
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
  }

  /** A whitespace-delimited chunk holding '@', "://" or starting with "www." is an address, not language. */
  private static boolean startsAddressLike(String text, int from) {
    int end = from;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    if (end - from > 3 && text.regionMatches(true, from, "www.", 0, 4)) {
      return true;
    }
    for (int k = from; k < end; k++) {
      char c = text.charAt(k);
      if (c == '@' || c == '＠' || (c == ':' && k + 2 < end && text.charAt(k + 1) == '/' && text.charAt(k + 2) == '/')) {
        return true;
      }
    }
    return false;
  }

  /** Per-call scanning state. */
  private final class Scan {
    final StringBuilder lower = new StringBuilder(24);
    final StringBuilder folded = new StringBuilder(24);
    int letters;
    boolean accent;
    boolean firstUpper;
    boolean allUpper = true;
    /** True until the first word of a line or sentence, where capitals say nothing about names. */
    boolean sentenceStart = true;
    double en;
    double fr;
    List<String> trace;

    void asciiLetter(char ch) {
      boolean up = ch <= 'Z';
      if (!up) {
        allUpper = false;
      }
      letters++;
      char lowerCh = up ? (char) (ch + 32) : ch;
      lower.append(lowerCh);
      folded.append(lowerCh);
    }

    void letter(int cp) {
      if (letters == 0) {
        firstUpper = Character.isUpperCase(cp);
      } else if (!Character.isUpperCase(cp)) {
        allUpper = false;
      }
      letters++;
      accent |= TextFold.isFrenchDiacritic(cp);
      lower.appendCodePoint(Character.toLowerCase(cp));
      TextFold.fold(cp, folded);
    }

    void emit() {
      if (lower.isEmpty()) {
        return;
      }
      if (letters > 0) {
        if (sentenceStart) {
          firstUpper = false;
          sentenceStart = false;
        }
        double en0 = en;
        double fr0 = fr;
        score();
        if (trace != null) {
          trace.add(String.format(java.util.Locale.ROOT, "%s en+%.2f fr+%.2f", lower, en - en0, fr - fr0));
        }
      }
      lower.setLength(0);
      folded.setLength(0);
      letters = 0;
      accent = false;
      firstUpper = false;
      allUpper = true;
    }

    private void score() {
      boolean capitalised = firstUpper && !(allUpper && letters > 1);
      int hit = words.lookup(lower, lower.length(), folded, folded.length());
      if (hit == WordEvidence.NEUTRAL) {
        return;
      }
      if (hit == WordEvidence.UNKNOWN && folded.indexOf("-") > 0) {
        scoreParts(capitalised);
        return;
      }
      if (hit >= 0) {
        float c = capitalised ? CAPITALISED_WORD : 1f;
        en += words.english(hit) * c;
        fr += words.french(hit) * c;
        return;
      }
      float c = capitalised ? CAPITALISED_UNKNOWN : 1f;
      if (accent) {
        fr += ACCENT_WEIGHT * c;
      }
      if (letters >= 3) {
        float r = trigrams.meanRatio(folded, folded.length());
        double m = Math.min(1.0, Math.abs(r) / 1.5) * TRIGRAM_WEIGHT * c;
        if (r > 0) {
          fr += m;
        } else {
          en += m;
        }
      }
    }

    /** "Trois-Rivières", "quatre-vingt", "live-in": look the parts up one by one. */
    private void scoreParts(boolean capitalised) {
      // written and folded forms may differ in length ("ß" -> "ss"): split each on its own
      String[] ls = lower.toString().split("-");
      String[] fs = folded.toString().split("-");
      for (int p = 0; p < Math.min(ls.length, fs.length); p++) {
        String l = ls[p];
        String f = fs[p];
        if (l.isEmpty() || f.isEmpty()) {
          continue;
        }
        int hit = words.lookup(l, l.length(), f, f.length());
        if (hit >= 0) {
          float c = capitalised ? CAPITALISED_WORD : 1f;
          en += words.english(hit) * c * 0.7;
          fr += words.french(hit) * c * 0.7;
        } else if (hit == WordEvidence.UNKNOWN && f.length() >= 3) {
          float r = trigrams.meanRatio(f, f.length());
          double m = Math.min(1.0, Math.abs(r) / 1.5) * TRIGRAM_WEIGHT * (capitalised ? CAPITALISED_UNKNOWN : 1f);
          if (r > 0) {
            fr += m;
          } else {
            en += m;
          }
        }
      }
      if (accent) {
        fr += ACCENT_WEIGHT * (capitalised ? CAPITALISED_UNKNOWN : 1f);
      }
    }
  }
}
