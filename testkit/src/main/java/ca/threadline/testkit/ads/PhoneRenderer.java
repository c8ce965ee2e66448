package ca.threadline.testkit.ads;

import ca.threadline.testkit.ads.PhoneStyle.DigitForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Writes a North American number the way ads hide it, and says how: {@link Rendered#obfuscationTags()}
 * is the ground truth a phone finder must reproduce (definitions in {@link PhoneObfuscation}).
 *
 * <p>Invariants every rendering keeps (tested in {@code PhoneRendererTest}): reading the digit
 * symbols in order gives the 10 national digits, optionally preceded by the country code 1; the
 * tags are exactly the set the {@link PhoneObfuscation} definitions assign to the text; a style
 * without {@code line_break} never contains a line feed; and nothing in the rendering can be read
 * as a second number. Deterministic for a given {@link RandomGenerator} state.
 */
public final class PhoneRenderer {
  /** A rendered number and its obfuscation tags (sorted wire names; empty when plain). */
  public record Rendered(String text, List<String> obfuscationTags) {
    public Rendered {
      Objects.requireNonNull(text, "text");
      obfuscationTags = List.copyOf(obfuscationTags);
    }
  }

  private static final List<String> DIGIT_SEPARATORS =
      List.of("_", "•", " • ", "·", "~", " ~ ", "*", " * ", "|", " | ", "⭐", "🔥", "💋", "✨",
          "❤️", "♥", "💎", "=");
  private static final List<String> WORD_SEPARATORS =
      List.of(" * ", " • ", " | ", " ~ ", " _ ", " ⭐ ", " 🔥 ", " 💋 ", " · ");
  private static final java.util.regex.Pattern NANP = java.util.regex.Pattern.compile("\\+1[2-9]\\d{2}[2-9]\\d{6}");
  private static final int[] MATH_FONTS = {0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6};

  private final RandomGenerator random;

  public PhoneRenderer(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /** Renders {@code e164} ({@code +1} and 10 digits) in {@code style}, words in EN or FR. */
  public Rendered render(String e164, PhoneStyle style) {
    return render(e164, style, random.nextBoolean() ? NumberLanguage.EN : NumberLanguage.FR);
  }

  /** Renders {@code e164} in {@code style}; number words, if any, in {@code lang}. */
  public Rendered render(String e164, PhoneStyle style, NumberLanguage lang) {
    String digits = nationalDigits(e164);
    String text =
        switch (style.form()) {
          case WORDS, MIXED -> renderWords(digits, style, lang);
          default -> renderGlyphs(digits, style);
        };
    return new Rendered(text, style.tags());
  }

  /** A style drawn from a distribution close to what escort-ad studies report (plain ≈ 1/3). */
  public Rendered renderRandom(String e164) {
    return render(e164, randomStyle());
  }

  public Rendered renderRandom(String e164, NumberLanguage lang) {
    return render(e164, randomStyle(), lang);
  }

  /** Draws a style: about a third plain, the rest spread over every obfuscation and combination. */
  public PhoneStyle randomStyle() {
    PhoneStyle[] styles = PhoneStyle.values();
    int total = 0;
    for (PhoneStyle s : styles) {
      total += weight(s);
    }
    int r = random.nextInt(total);
    for (PhoneStyle s : styles) {
      r -= weight(s);
      if (r < 0) {
        return s;
      }
    }
    throw new AssertionError("weights");
  }

  private static int weight(PhoneStyle style) {
    return switch (style) {
      case PLAIN -> 40;
      case SEPARATORS, SPACED_DIGITS -> 8;
      case NUMBER_WORDS, LINE_BREAK -> 6;
      case MIXED_WORDS_DIGITS, LETTER_FOR_DIGIT -> 5;
      case KEYCAP_EMOJI, FULLWIDTH_DIGITS, MATH_DIGITS, CIRCLED_DIGITS -> 4;
      case SPACED_DIGITS_LINE_BREAK, NUMBER_WORDS_SEPARATORS -> 3;
      default -> 1;
    };
  }

  static String nationalDigits(String e164) {
    if (e164 == null || !NANP.matcher(e164).matches()) {
      throw new IllegalArgumentException("not a NANP number in E.164: " + e164);
    }
    return e164.substring(2);
  }

  // ---------------------------------------------------------------- digit glyph forms

  private String renderGlyphs(String digits, PhoneStyle style) {
    DigitForm form = style.form();
    Glyphs glyphs = new Glyphs(form, random.nextInt(MATH_FONTS.length), random.nextInt(5) != 0);
    // Partial: only some groups in the fancy form (e.g. "𝟖𝟎𝟕 555 0178"); ASCII separators then.
    boolean fancyForm = form == DigitForm.FULLWIDTH || form == DigitForm.MATH || form == DigitForm.CIRCLED;
    List<String> groups = style.spaced() ? spacedGroups(digits) : List.of(
        digits.substring(0, 3), digits.substring(3, 6), digits.substring(6));
    boolean[] fancy = new boolean[groups.size()];
    boolean partial = fancyForm && !style.spaced() && random.nextInt(4) == 0;
    for (int i = 0; i < fancy.length; i++) {
      fancy[i] = !partial || random.nextBoolean();
    }
    if (partial && !anyTrue(fancy)) {
      fancy[random.nextInt(fancy.length)] = true;
    }
    boolean[] letter = form == DigitForm.LETTER ? letterPositions(digits) : null;

    List<String> rendered = new ArrayList<>();
    int pos = 0;
    for (int g = 0; g < groups.size(); g++) {
      StringBuilder sb = new StringBuilder();
      for (char c : groups.get(g).toCharArray()) {
        int d = c - '0';
        if (letter != null && letter[pos]) {
          sb.append(letterFor(d));
        } else if (form == DigitForm.ASCII || form == DigitForm.LETTER || !fancy[g]) {
          sb.append(c);
        } else {
          sb.append(glyphs.digit(d));
        }
        pos++;
      }
      rendered.add(sb.toString());
    }

    List<String> seps = new ArrayList<>();
    String prefix = "";
    boolean parens = false;
    if (style.spaced()) {
      String sep = random.nextInt(4) == 0 ? "  " : " ";
      for (int i = 1; i < rendered.size(); i++) {
        seps.add(sep);
      }
    } else if (style.separators()) {
      String sep = pick(DIGIT_SEPARATORS);
      seps.add(sep);
      seps.add(sep);
    } else {
      boolean fullwidthSeps = form == DigitForm.FULLWIDTH && !partial && random.nextBoolean();
      String[] pattern = plainPattern(form == DigitForm.KEYCAP);
      seps.add(fullwidthSeps ? toFullwidth(pattern[0]) : pattern[0]);
      seps.add(fullwidthSeps ? toFullwidth(pattern[1]) : pattern[1]);
      parens = pattern[2] != null;
    }
    if (style.lineBreak()) {
      breakLine(seps, style.separators());
      if (!parens && seps.get(0).isEmpty() && seps.get(1).contains("\n")) {
        // "416555\n0199" would group 6-4; move the break to the first boundary: "416\n5550199".
        seps.set(0, seps.get(1));
        seps.set(1, "");
      }
    }
    if (form == DigitForm.ASCII && !style.spaced() && !style.separators()) {
      prefix = countryPrefix(!parens && seps.stream().allMatch(String::isEmpty));
    }
    StringBuilder out = new StringBuilder(prefix);
    for (int i = 0; i < rendered.size(); i++) {
      if (i > 0) {
        out.append(seps.get(i - 1));
      }
      String group = rendered.get(i);
      out.append(i == 0 && parens ? (form == DigitForm.FULLWIDTH && fancy[0] ? "（" + group + "）" : "(" + group + ")") : group);
    }
    return out.toString();
  }

  /** Glyphs of one rendering: the same font and keycap variant for every digit. */
  private record Glyphs(DigitForm form, int mathFont, boolean keycapVariation) {
    String digit(int d) {
      return switch (form) {
        case FULLWIDTH -> String.valueOf((char) (0xFF10 + d));
        case MATH -> Character.toString(MATH_FONTS[mathFont] + d);
        case CIRCLED -> d == 0 ? "\u24EA" : String.valueOf((char) (0x2460 + d - 1));
        case KEYCAP -> (char) ('0' + d) + (keycapVariation ? "\uFE0F" : "") + "\u20E3";
        default -> String.valueOf((char) ('0' + d));
      };
    }
  }

  /**
   * Groupings that are not one of 10, 3-7, 3-3-4: single digits, pairs, or random 1–4 digit
   * groups ("4375 550 114").
   */
  private List<String> spacedGroups(String digits) {
    List<Integer> sizes = new ArrayList<>();
    switch (random.nextInt(3)) {
      case 0 -> { for (int i = 0; i < 10; i++) sizes.add(1); }
      case 1 -> { for (int i = 0; i < 5; i++) sizes.add(2); }
      default -> {
        do {
          sizes.clear();
          int left = 10;
          while (left > 0) {
            int s = Math.min(left, 1 + random.nextInt(4));
            sizes.add(s);
            left -= s;
          }
        } while (sizes.equals(List.of(3, 3, 4)) || sizes.equals(List.of(3, 7)) || sizes.size() == 1);
      }
    }
    List<String> groups = new ArrayList<>();
    int at = 0;
    for (int s : sizes) {
      groups.add(digits.substring(at, at + s));
      at += s;
    }
    return groups;
  }

  /** Which 0/1 digits become letters: each with probability 0.6, at least one. */
  private boolean[] letterPositions(String digits) {
    boolean[] pick = new boolean[digits.length()];
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c == '0' || c == '1') {
        candidates.add(i);
        pick[i] = random.nextDouble() < 0.6;
      }
    }
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("letter_for_digit needs a 0 or 1 in " + digits);
    }
    if (!anyTrue(pick)) {
      pick[candidates.get(random.nextInt(candidates.size()))] = true;
    }
    return pick;
  }

  private String letterFor(int d) {
    return d == 0 ? pick(List.of("O", "o", "O")) : pick(List.of("l", "I", "i", "l"));
  }

  /** {sep after area, sep after exchange, "parens" or null}. */
  private String[] plainPattern(boolean emoji) {
    if (emoji) {
      return switch (random.nextInt(4)) {
        case 0 -> new String[] {"", "", null};
        case 1 -> new String[] {"-", "-", null};
        case 2 -> new String[] {" ", " ", null};
        default -> new String[] {" - ", " - ", null};
      };
    }
    return switch (random.nextInt(13)) {
      case 0, 1 -> new String[] {" ", "-", "parens"};
      case 2, 3 -> new String[] {"-", "-", null};
      case 4 -> new String[] {".", ".", null};
      case 5 -> new String[] {"", "", null};
      case 6 -> new String[] {" ", " ", null};
      case 7 -> new String[] {"", "-", "parens"};
      case 8 -> new String[] {"-", "", null};
      case 9 -> new String[] {" ", "", null};
      case 10 -> new String[] {" - ", " - ", null};
      case 11 -> new String[] {"/", "/", null};
      default -> new String[] {"  ", "  ", null};
    };
  }

  private String countryPrefix(boolean compact) {
    return switch (random.nextInt(10)) {
      case 0 -> compact ? "+1" : "+1 ";
      case 1 -> compact ? "1" : "1 ";
      case 2 -> compact ? "+1" : "+1-";
      case 3 -> compact ? "+1" : "1-";
      default -> "";
    };
  }

  private static String toFullwidth(String sep) {
    return sep.replace('-', '－').replace('.', '．');
  }

  /**
   * Puts a line feed at one boundary (at both, sometimes). With exotic separators one boundary
   * keeps its separator so the {@code separators} tag stays true.
   */
  private void breakLine(List<String> seps, boolean keepExotic) {
    int n = seps.size();
    int at = random.nextInt(n);
    String nl = switch (random.nextInt(6)) {
      case 0 -> " \n";
      case 1 -> "\n\n";
      default -> "\n";
    };
    if (keepExotic) {
      // n >= 2 here (three groups), so another boundary keeps the exotic separator.
      seps.set(at, random.nextBoolean() ? seps.get(at).stripTrailing() + nl : nl);
      return;
    }
    seps.set(at, nl);
    if (n > 2 && random.nextInt(3) == 0) {
      int other = (at + 1 + random.nextInt(n - 1)) % n;
      seps.set(other, "\n");
    }
  }

  // ---------------------------------------------------------------- words

  private enum Case { LOWER, UPPER, TITLE }

  private String renderWords(String digits, PhoneStyle style, NumberLanguage lang) {
    boolean mixed = style.form() == DigitForm.MIXED;
    Case wordCase = switch (random.nextInt(10)) {
      case 0, 1, 2 -> Case.UPPER;
      case 3 -> Case.TITLE;
      default -> Case.LOWER;
    };
    List<String> groups = List.of(digits.substring(0, 3), digits.substring(3, 6), digits.substring(6));
    List<String> rendered = new ArrayList<>();
    if (mixed) {
      boolean[] asWord = new boolean[10];
      for (int i = 0; i < 10; i++) {
        asWord[i] = random.nextBoolean();
      }
      int first = random.nextInt(10);
      int second = (first + 1 + random.nextInt(9)) % 10;
      asWord[first] = true; // at least one word and one digit
      asWord[second] = false;
      boolean concatenate = random.nextInt(4) != 0;
      int pos = 0;
      for (String g : groups) {
        List<String> parts = new ArrayList<>();
        for (char c : g.toCharArray()) {
          int d = c - '0';
          // Misspellings only between spaces: "tooone" would not read back unambiguously.
          parts.add(asWord[pos] ? applyCase(NumberWords.digit(d, lang, concatenate ? 0 : 0.3, random), wordCase) : String.valueOf(c));
          pos++;
        }
        rendered.add(String.join(concatenate ? "" : " ", parts));
      }
    } else {
      for (int g = 0; g < groups.size(); g++) {
        rendered.add(wordGroup(groups.get(g), lang, wordCase, g == groups.size() - 1));
      }
    }
    List<String> seps = new ArrayList<>();
    if (style.separators()) {
      String sep = pick(WORD_SEPARATORS);
      seps.add(sep);
      seps.add(sep);
    } else {
      String sep = mixed ? pick(List.of("-", " ", " - ", "  ")) : pick(List.of(" ", " ", "  ", " - ", " / "));
      seps.add(sep);
      seps.add(sep);
    }
    if (style.lineBreak()) {
      breakLine(seps, style.separators());
    }
    StringBuilder out = new StringBuilder(rendered.get(0));
    for (int i = 1; i < rendered.size(); i++) {
      out.append(seps.get(i - 1)).append(rendered.get(i));
    }
    return out.toString();
  }

  /**
   * One group in words. Only the last group (the line number) may use two-digit words; a
   * multiple of ten ("ninety", "vingt") only ends a group, and in French a pair 20–29 never
   * follows "quatre", so that no chunking reads back as another number ("ninety two" = 92,
   * "quatre vingt" = 80).
   */
  private String wordGroup(String g, NumberLanguage lang, Case wordCase, boolean allowPairs) {
    List<String> words = new ArrayList<>();
    boolean allSingles = true;
    int i = 0;
    String previous = null;
    while (i < g.length()) {
      int d = g.charAt(i) - '0';
      boolean canPair = allowPairs && i + 1 < g.length() && d != 0 && random.nextInt(3) == 0;
      if (canPair) {
        int n = d * 10 + (g.charAt(i + 1) - '0');
        boolean endsGroup = i + 2 == g.length();
        boolean tens = n % 10 == 0;
        boolean afterQuatre = lang == NumberLanguage.FR && n >= 20 && n < 30
            && previous != null && previous.startsWith("qua");
        if ((!tens || endsGroup) && !afterQuatre) {
          previous = NumberWords.pair(n, lang, random);
          words.add(applyCase(previous, wordCase));
          allSingles = false;
          i += 2;
          continue;
        }
      }
      previous = NumberWords.digit(d, lang, 0.25, random);
      words.add(applyCase(previous, wordCase));
      i++;
    }
    String join = allSingles && random.nextInt(8) == 0 ? "-" : " ";
    return String.join(join, words);
  }

  private static String applyCase(String word, Case wordCase) {
    return switch (wordCase) {
      case LOWER -> word;
      case UPPER -> word.toUpperCase(Locale.ROOT);
      case TITLE -> Character.toUpperCase(word.charAt(0)) + word.substring(1);
    };
  }

  private static boolean anyTrue(boolean[] values) {
    for (boolean v : values) {
      if (v) {
        return true;
      }
    }
    return false;
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }
}
