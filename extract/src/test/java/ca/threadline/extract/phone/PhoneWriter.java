package ca.threadline.extract.phone;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Test-only: writes a NANP number the ways ads hide it and derives the expected obfuscation tags
 * from what it wrote, by the definitions in {@link Obfuscation} (not by asking the finder). A
 * rendering is a list of groups of digit symbols with separator strings between them; the tags
 * follow from the symbols used, the separators and the group lengths.
 *
 * <p>Like any honest generator it avoids renderings that read back as another number: two-digit
 * words only in the last group, a multiple of ten only at the end of a group, misspellings only
 * between spaces (never glued), at least two letters in a group of letters-for-digits.
 */
final class PhoneWriter {
  record Written(String text, Set<Obfuscation> tags) {}

  enum Form { ASCII, FULLWIDTH, MATH, KEYCAP, CIRCLED, LETTER, WORDS, MIXED }

  /** One group: its symbols, the string between them, whether it has words and digit glyphs. */
  private record Group(List<String> symbols, String join, boolean words, boolean glyphs) {}

  static final List<String> UNUSUAL = List.of("_", "•", " • ", "·", "~", " ~ ", "*", " * ", "|",
      " | ", "⭐", "🔥", "💋", "✨", "❤️", "♥", "💎", "=", ", ", " _ ", " ⭐ ", " 🔥 ");
  private static final List<String> WORD_SEPARATORS = List.of(" * ", " • ", " | ", " ~ ",
      ", ", " _ ", " ⭐ ", " 🔥 ", " 💋 ");
  private static final List<List<Integer>> USUAL = List.of(List.of(10), List.of(3, 7),
      List.of(3, 3, 4), List.of(11), List.of(1, 10), List.of(1, 3, 7), List.of(1, 3, 3, 4));
  private static final int[] MATH_FONTS = {0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6};
  /** Enclosed-digit families: {zero, one}; one to nine are consecutive. */
  private static final int[][] CIRCLED = {{0x24EA, 0x2460}, {0x24FF, 0x2776}, {0x1F10B, 0x2780},
      {0x1F10C, 0x278A}, {0x24EA, 0x2474}, {0x1F100, 0x2488}, {0x24EA, 0x24F5}};

  private final SplittableRandom random;
  private final List<Group> groups = new ArrayList<>();
  private final List<String> gaps = new ArrayList<>();
  private final EnumSet<Obfuscation> forms = EnumSet.noneOf(Obfuscation.class);

  PhoneWriter(SplittableRandom random) {
    this.random = random;
  }

  /** Writes the ten national digits {@code d} in {@code form}. */
  Written write(String d, Form form) {
    while (true) {
      Written w = tryWrite(d, form);
      if (w != null) {
        return w;
      }
    }
  }

  private Written tryWrite(String d, Form form) {
    groups.clear();
    gaps.clear();
    forms.clear();
    boolean words = form == Form.WORDS || form == Form.MIXED;
    boolean spaced = !words && form != Form.LETTER && random.nextInt(4) == 0;
    int[] sizes = spaced ? spacedSizes() : usualSizes(words);
    boolean cc = form == Form.ASCII && !spaced && random.nextInt(3) == 0;
    boolean plus = cc && random.nextBoolean();
    boolean parens = !spaced && !words && sizes.length > 1 && sizes[0] == 3 && form != Form.KEYCAP
        && random.nextInt(3) == 0;
    if (cc) {
      groups.add(new Group(List.of("1"), "", false, true));
    }
    int mathFont = MATH_FONTS[random.nextInt(MATH_FONTS.length)];
    int[] circled = CIRCLED[random.nextInt(CIRCLED.length)];
    boolean keycapVs = random.nextBoolean();
    boolean fr = random.nextBoolean();
    int wordCase = random.nextInt(4);
    boolean glue = random.nextInt(4) != 0;
    boolean partial = (form == Form.FULLWIDTH || form == Form.MATH || form == Form.CIRCLED) && random.nextInt(4) == 0;
    int at = 0;
    for (int g = 0; g < sizes.length; g++) {
      String digits = d.substring(at, at + sizes[g]);
      at += sizes[g];
      boolean fancy = !partial || g == 0 || random.nextBoolean();
      groups.add(switch (form) {
        case WORDS -> words(digits, fr, wordCase, g == sizes.length - 1);
        case MIXED -> mixed(digits, fr, wordCase, glue);
        case LETTER -> letters(digits);
        default -> new Group(glyphs(digits, fancy ? form : Form.ASCII, mathFont, circled, keycapVs), "", false, true);
      });
    }
    boolean anyWord = groups.stream().anyMatch(Group::words);
    boolean anyGlyph = groups.stream().anyMatch(Group::glyphs);
    if ((form == Form.MIXED && !(anyWord && anyGlyph))
        || (form == Form.LETTER && !forms.contains(Obfuscation.LETTER_FOR_DIGIT))) {
      return null;
    }
    chooseGaps(words, spaced, parens, cc);
    if (form == Form.LETTER && letterGroupTooShort()) {
      return null;
    }
    StringBuilder sb = new StringBuilder(plus ? "+" : "");
    if (parens && !cc) {
      sb.append('(');
    }
    for (int g = 0; g < groups.size(); g++) {
      sb.append(g > 0 ? gaps.get(g - 1) : "").append(String.join(groups.get(g).join(), groups.get(g).symbols()));
    }
    return new Written(sb.toString(), tags(anyWord, anyGlyph));
  }

  private int[] usualSizes(boolean words) {
    if (words) {
      return new int[] {3, 3, 4};
    }
    return switch (random.nextInt(6)) {
      case 0 -> new int[] {10};
      case 1 -> new int[] {3, 7};
      default -> new int[] {3, 3, 4};
    };
  }

  private int[] spacedSizes() {
    int kind = random.nextInt(3);
    if (kind == 0) {
      return new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    }
    if (kind == 1) {
      return new int[] {2, 2, 2, 2, 2};
    }
    while (true) {
      List<Integer> s = new ArrayList<>();
      for (int left = 10; left > 0; ) {
        int k = Math.min(left, 1 + random.nextInt(4));
        s.add(k);
        left -= k;
      }
      if (!USUAL.contains(s)) {
        return s.stream().mapToInt(Integer::intValue).toArray();
      }
    }
  }

  private void chooseGaps(boolean words, boolean spaced, boolean parens, boolean cc) {
    int n = groups.size() - 1;
    boolean unusual = random.nextInt(4) == 0;
    String sep;
    if (unusual) {
      sep = words ? pick(WORD_SEPARATORS) : pick(UNUSUAL);
    } else if (spaced) {
      sep = random.nextInt(4) == 0 ? "  " : " ";
    } else if (words) {
      sep = pick(List.of(" ", "  ", " - ", " ", " / "));
    } else {
      sep = pick(List.of(" ", "-", ".", " - ", "  ", "-", "/"));
    }
    for (int k = 0; k < n; k++) {
      gaps.add(sep);
    }
    int first = cc ? 1 : 0;
    if (cc) {
      gaps.set(0, pick(List.of(" ", "-", " ", ".")));
    }
    if (random.nextInt(5) == 0 && n > first) {
      int k = first + random.nextInt(n - first);
      String nl = pick(List.of("\n", "\n", " \n", "\n\n"));
      gaps.set(k, unusual && n - first > 1 && random.nextBoolean() ? gaps.get(k).stripTrailing() + nl : nl);
    }
    if (parens) {
      String after = gaps.get(first);
      gaps.set(first, ")" + (after.equals("-") || after.equals(".") ? "" : after));
      if (cc) {
        gaps.set(0, gaps.get(0) + "(");
      }
    }
  }

  private boolean letterGroupTooShort() {
    for (Group g : groups) {
      if (g.symbols().size() == 1 && !isDigit(g.symbols().getFirst())) {
        return true;
      }
    }
    return false;
  }

  private Set<Obfuscation> tags(boolean anyWord, boolean anyGlyph) {
    EnumSet<Obfuscation> out = EnumSet.noneOf(Obfuscation.class);
    out.addAll(forms);
    if (anyWord) {
      out.add(Obfuscation.NUMBER_WORDS);
      if (anyGlyph) {
        out.add(Obfuscation.MIXED_WORDS_DIGITS);
      }
    }
    for (String gap : gaps) {
      if (gap.contains("\n")) {
        out.add(Obfuscation.LINE_BREAK);
      }
      if (!gap.replaceAll("[ \\n.()/-]", "").isEmpty()) {
        out.add(Obfuscation.SEPARATORS);
      }
    }
    if (!anyWord) {
      List<Integer> runs = new ArrayList<>();
      for (int g = 0; g < groups.size(); g++) {
        runs.add(groups.get(g).symbols().size());
      }
      if (!USUAL.contains(runs)) {
        out.add(Obfuscation.SPACED_DIGITS);
      }
    }
    return out;
  }

  private List<String> glyphs(String digits, Form form, int mathFont, int[] circled, boolean keycapVs) {
    List<String> out = new ArrayList<>();
    for (char c : digits.toCharArray()) {
      int v = c - '0';
      switch (form) {
        case FULLWIDTH -> out.add(form(Obfuscation.FULLWIDTH_DIGITS, String.valueOf((char) (0xFF10 + v))));
        case MATH -> out.add(form(Obfuscation.MATH_DIGITS, Character.toString(mathFont + v)));
        case CIRCLED -> out.add(form(Obfuscation.CIRCLED_DIGITS,
            Character.toString(v == 0 ? circled[0] : circled[1] + v - 1)));
        case KEYCAP -> out.add(form(Obfuscation.KEYCAP_EMOJI, c + (keycapVs ? "\uFE0F" : "") + "\u20E3"));
        default -> out.add(String.valueOf(c));
      }
    }
    return out;
  }

  private String form(Obfuscation tag, String symbol) {
    forms.add(tag);
    return symbol;
  }

  private Group letters(String digits) {
    List<String> out = new ArrayList<>();
    for (char c : digits.toCharArray()) {
      if ((c == '0' || c == '1') && random.nextDouble() < 0.6) {
        out.add(form(Obfuscation.LETTER_FOR_DIGIT, c == '0' ? pick(List.of("O", "o")) : pick(List.of("l", "I", "i"))));
      } else {
        out.add(String.valueOf(c));
      }
    }
    return new Group(out, "", false, true);
  }

  private Group words(String g, boolean fr, int wordCase, boolean pairs) {
    List<String> out = new ArrayList<>();
    boolean singles = true;
    int i = 0;
    while (i < g.length()) {
      int v = g.charAt(i) - '0';
      if (pairs && i + 1 < g.length() && v != 0 && random.nextInt(3) == 0) {
        int n = v * 10 + g.charAt(i + 1) - '0';
        if (n % 10 != 0 || i + 2 == g.length()) {
          out.add(applyCase(NumberWordsForTests.pair(n, fr, random), wordCase));
          singles = false;
          i += 2;
          continue;
        }
      }
      out.add(applyCase(NumberWordsForTests.digit(v, fr, 0.25, random), wordCase));
      i++;
    }
    return new Group(out, singles && random.nextInt(8) == 0 ? "-" : " ", true, false);
  }

  private Group mixed(String digits, boolean fr, int wordCase, boolean glue) {
    List<String> out = new ArrayList<>();
    boolean anyWord = false;
    boolean anyDigit = false;
    for (char c : digits.toCharArray()) {
      if (random.nextBoolean()) {
        out.add(applyCase(NumberWordsForTests.digit(c - '0', fr, glue ? 0 : 0.3, random), wordCase));
        anyWord = true;
      } else {
        out.add(String.valueOf(c));
        anyDigit = true;
      }
    }
    return new Group(out, glue ? "" : " ", anyWord, anyDigit);
  }

  private static boolean isDigit(String symbol) {
    return symbol.length() == 1 && Character.isDigit(symbol.charAt(0));
  }

  private static String applyCase(String w, int wordCase) {
    return switch (wordCase) {
      case 0 -> w.toUpperCase(Locale.ROOT);
      case 1 -> Character.toUpperCase(w.charAt(0)) + w.substring(1);
      default -> w;
    };
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }
}
