package ca.threadline.testkit.ads;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An independent, test-only reading of a rendered phone number: tokenises it into digit symbols,
 * number words and separator material, and applies the {@link PhoneObfuscation} definitions
 * literally. Written separately from {@link PhoneRenderer} so that the two must agree.
 */
final class ReferencePhoneReader {
  record Reading(String digits, List<String> tags) {}

  private enum Kind { ASCII, KEYCAP, FULLWIDTH, MATH, CIRCLED, LETTER, WORD }

  private record Token(Kind kind, String digits, String sep) {
    boolean isSep() {
      return sep != null;
    }
  }

  /** Lexicon word (lower case) to the digits it stands for; longest first. */
  private static final List<Map.Entry<String, String>> LEXICON;

  static {
    Map<String, String> words = new TreeMap<>();
    String[] en = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    String[] fr = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"};
    for (int d = 0; d < 10; d++) {
      words.put(en[d], "" + d);
      words.put(fr[d], "" + d);
    }
    words.put("oh", "0");
    words.put("to", "2");
    words.put("too", "2");
    words.put("for", "4");
    words.put("une", "1");
    words.put("zero", "0");
    words.put("troi", "3");
    words.put("quattre", "4");
    words.put("cinque", "5");
    words.put("uit", "8");
    String[] enTeens = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"};
    String[] enTens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < 10; i++) {
      words.put(enTeens[i], "" + (10 + i));
    }
    for (int t = 0; t < enTens.length; t++) {
      int tens = 20 + 10 * t;
      words.put(enTens[t], "" + tens);
      for (int u = 1; u < 10; u++) {
        words.put(enTens[t] + "-" + en[u], "" + (tens + u));
        words.put(enTens[t] + " " + en[u], "" + (tens + u));
      }
    }
    String[] frTeens = {"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept",
        "dix-huit", "dix-neuf"};
    for (int i = 0; i < 10; i++) {
      words.put(frTeens[i], "" + (10 + i));
    }
    String[] frTens = {"vingt", "trente", "quarante", "cinquante", "soixante"};
    for (int t = 0; t < frTens.length; t++) {
      int tens = 20 + 10 * t;
      words.put(frTens[t], "" + tens);
      words.put(frTens[t] + " et un", "" + (tens + 1));
      words.put(frTens[t] + "-et-un", "" + (tens + 1));
      for (int u = 2; u < 10; u++) {
        words.put(frTens[t] + "-" + fr[u], "" + (tens + u));
      }
    }
    words.put("soixante et onze", "71");
    words.put("soixante-et-onze", "71");
    for (int i = 0; i < 10; i++) {
      if (i != 1) {
        words.put("soixante-" + frTeens[i], "" + (70 + i));
      }
      words.put("quatre-vingt-" + frTeens[i], "" + (90 + i));
    }
    words.put("quatre-vingts", "80");
    for (int u = 1; u < 10; u++) {
      words.put("quatre-vingt-" + fr[u], "" + (80 + u));
    }
    List<Map.Entry<String, String>> sorted = new ArrayList<>(words.entrySet());
    sorted.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()));
    LEXICON = List.copyOf(sorted);
  }

  private static final String PLAIN_SEPARATORS = " \u3000-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFF0D.\uFF0E/()（）+";

  static Reading read(String text) {
    List<Token> tokens = tokenize(text);
    StringBuilder digits = new StringBuilder();
    TreeSet<String> tags = new TreeSet<>();
    boolean words = false;
    boolean glyphs = false;
    for (Token t : tokens) {
      if (t.isSep()) {
        continue;
      }
      digits.append(t.digits());
      switch (t.kind()) {
        case WORD -> words = true;
        case KEYCAP -> tags.add("keycap_emoji");
        case FULLWIDTH -> tags.add("fullwidth_digits");
        case MATH -> tags.add("math_digits");
        case CIRCLED -> tags.add("circled_digits");
        case LETTER -> tags.add("letter_for_digit");
        case ASCII -> { }
      }
      if (t.kind() != Kind.WORD) {
        glyphs = true;
      }
    }
    if (words) {
      tags.add("number_words");
      if (glyphs) {
        tags.add("mixed_words_digits");
      }
    }
    // Separator material strictly between the first and the last digit symbol.
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).isSep()) {
        last = i;
        if (first < 0) {
          first = i;
        }
      }
    }
    List<Integer> runs = new ArrayList<>();
    int run = 0;
    for (int i = first; i <= last; i++) {
      Token t = tokens.get(i);
      if (t.isSep()) {
        if (run > 0) {
          runs.add(run);
        }
        run = 0;
        for (int cp : t.sep().codePoints().toArray()) {
          if (cp == '\n') {
            tags.add("line_break");
          } else if (PLAIN_SEPARATORS.indexOf(cp) < 0) {
            tags.add("separators");
          }
        }
      } else {
        run += t.digits().length();
      }
    }
    if (run > 0) {
      runs.add(run);
    }
    if (!words && !List.of(List.of(10), List.of(3, 7), List.of(3, 3, 4), List.of(1, 10), List.of(1, 3, 7),
        List.of(1, 3, 3, 4), List.of(11)).contains(runs)) {
      tags.add("spaced_digits");
    }
    return new Reading(digits.toString(), List.copyOf(tags));
  }

  private static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (cp >= '0' && cp <= '9') {
        int j = i + 1;
        if (j < text.length() && text.charAt(j) == '\uFE0F') {
          j++;
        }
        if (j < text.length() && text.charAt(j) == '\u20E3') {
          tokens.add(new Token(Kind.KEYCAP, "" + (char) cp, null));
          i = j + 1;
        } else {
          tokens.add(new Token(Kind.ASCII, "" + (char) cp, null));
          i++;
        }
        continue;
      }
      if (cp >= 0xFF10 && cp <= 0xFF19) {
        tokens.add(new Token(Kind.FULLWIDTH, "" + (cp - 0xFF10), null));
      } else if (cp >= 0x1D7CE && cp <= 0x1D7FF) {
        tokens.add(new Token(Kind.MATH, "" + (cp - 0x1D7CE) % 10, null));
      } else if (cp == 0x24EA) {
        tokens.add(new Token(Kind.CIRCLED, "0", null));
      } else if (cp >= 0x2460 && cp <= 0x2468) {
        tokens.add(new Token(Kind.CIRCLED, "" + (cp - 0x2460 + 1), null));
      } else if (Character.isLetter(cp)) {
        Map.Entry<String, String> word = longestWord(lower, i);
        if (word != null) {
          tokens.add(new Token(Kind.WORD, word.getValue(), null));
          i += word.getKey().length();
          continue;
        }
        switch (cp) {
          case 'O', 'o' -> tokens.add(new Token(Kind.LETTER, "0", null));
          case 'l', 'I', 'i' -> tokens.add(new Token(Kind.LETTER, "1", null));
          default -> throw new IllegalArgumentException("unreadable letter at " + i + " in " + text);
        }
      } else {
        // Merge consecutive separator characters into one stretch of separator material.
        if (!tokens.isEmpty() && tokens.getLast().isSep()) {
          Token prev = tokens.removeLast();
          tokens.add(new Token(null, null, prev.sep() + Character.toString(cp)));
        } else {
          tokens.add(new Token(null, null, Character.toString(cp)));
        }
      }
      i += len;
    }
    return tokens;
  }

  private static Map.Entry<String, String> longestWord(String lower, int at) {
    for (Map.Entry<String, String> e : LEXICON) {
      if (lower.startsWith(e.getKey(), at)) {
        return e;
      }
    }
    return null;
  }

  private ReferencePhoneReader() {}
}
