package ca.threadline.extract.phone;

import ca.threadline.extract.phone.Lexeme.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * English and French number words, with the misspellings and leetspeak seen in obfuscated ads,
 * compiled into a trie over folded text ({@code a-z}, {@code 0-9}). Immutable; build once.
 *
 * <p>The misspelling list follows DIG's phone extractor (USC ISI, {@code ZwEin27/phone-number-matcher},
 * "cleaner" step: {@code for}, {@code to}/{@code too}, {@code oh}, {@code zer0}, {@code f1ve},
 * {@code n1ne}...) and adds the French side (Canadian ads: {@code zéro}, {@code un}/{@code une},
 * {@code troi}, {@code quattre}, {@code cinque}, {@code uit}) and homophones ({@code won},
 * {@code ate}, {@code fore}, {@code nein}). Common English words among them ({@code to},
 * {@code for}, {@code won}, {@code ate}) and French ones ({@code un}, {@code neuf}, {@code sept})
 * are safe only because a phone needs ten digit symbols in a row with nothing else between them.
 *
 * <p>The single letter {@code o} is a word (zero) only as a whole token ("oh one nine five" / "o
 * one nine five"); inside a token next to digits it is a letter standing for 0 ({@code 5O6}).
 */
final class NumberLexicon {
  private static final int ALPHABET = 36; // a-z then 0-9

  private final Lexeme[] lexemes;
  /** children[node * ALPHABET + symbol] = child node, 0 = none (node 0 is the root). */
  private final int[] children;
  /** lexeme index + 1 ending at node, 0 = none. */
  private final int[] terminal;

  private NumberLexicon(List<Lexeme> words) {
    this.lexemes = words.toArray(Lexeme[]::new);
    int maxNodes = 1;
    for (Lexeme l : words) {
      maxNodes += l.spelling().length();
    }
    int[] kids = new int[maxNodes * ALPHABET];
    int[] term = new int[maxNodes];
    int nodes = 1;
    for (int w = 0; w < lexemes.length; w++) {
      int node = 0;
      for (char c : lexemes[w].spelling().toCharArray()) {
        int s = symbol(c);
        if (s < 0) {
          throw new IllegalArgumentException("spelling not folded: " + lexemes[w].spelling());
        }
        if (kids[node * ALPHABET + s] == 0) {
          kids[node * ALPHABET + s] = nodes++;
        }
        node = kids[node * ALPHABET + s];
      }
      if (term[node] != 0) {
        throw new IllegalArgumentException("duplicate spelling: " + lexemes[w].spelling());
      }
      term[node] = w + 1;
    }
    this.children = kids;
    this.terminal = term;
  }

  /** The bilingual lexicon Threadline ships. */
  static NumberLexicon standard() {
    List<Lexeme> w = new ArrayList<>();
    String[][] unitsEn = {
      {"zero", "zer0", "z3ro", "oh", "o"},
      {"one", "won", "0ne"},
      {"two", "to", "too", "tw0"},
      {"three", "thre", "thr33", "thr3e"},
      {"four", "for", "fore", "f0ur"},
      {"five", "fiv", "f1ve", "fiv3"},
      {"six", "sixe", "s1x"},
      {"seven", "sevin", "sevn", "sev3n"},
      {"eight", "ate", "eigth", "e1ght", "3ight"},
      {"nine", "nein", "n1ne", "nin3"},
    };
    String[][] unitsFr = {
      {}, // "zéro" folds to "zero", already there
      {"un", "une"},
      {"deux"},
      {"trois", "troi"},
      {"quatre", "quattre", "katre", "catre"},
      {"cinq", "cinque", "sinq"},
      {}, // "six" is the same word in both languages
      {"sept"},
      {"huit", "uit"},
      {"neuf", "nuef"},
    };
    for (int d = 0; d < 10; d++) {
      for (String s : unitsEn[d]) {
        w.add(new Lexeme(s, Role.UNIT, d, false));
      }
      for (String s : unitsFr[d]) {
        w.add(new Lexeme(s, Role.UNIT, d, true));
      }
    }
    String[] teensEn = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"};
    for (int i = 0; i < teensEn.length; i++) {
      w.add(new Lexeme(teensEn[i], Role.TEEN, 10 + i, false));
    }
    String[] teensFr = {"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"};
    for (int i = 0; i < teensFr.length; i++) {
      w.add(new Lexeme(teensFr[i], Role.TEEN, 10 + i, true));
    }
    String[][] tensEn = {{"twenty"}, {"thirty"}, {"forty", "fourty"}, {"fifty"}, {"sixty"},
        {"seventy"}, {"eighty"}, {"ninety"}};
    String[][] tensFr = {{"vingt", "vingts"}, {"trente"}, {"quarante"}, {"cinquante"},
        {"soixante"}, {"septante"}, {"huitante", "octante"}, {"nonante"}};
    for (int t = 0; t < 8; t++) {
      for (String s : tensEn[t]) {
        w.add(new Lexeme(s, Role.TENS, 20 + 10 * t, false));
      }
      for (String s : tensFr[t]) {
        w.add(new Lexeme(s, Role.TENS, 20 + 10 * t, true));
      }
    }
    w.add(new Lexeme("hundred", Role.HUNDRED, 100, false));
    w.add(new Lexeme("cent", Role.HUNDRED, 100, true));
    w.add(new Lexeme("cents", Role.HUNDRED, 100, true));
    w.add(new Lexeme("and", Role.CONNECTOR, 0, false));
    w.add(new Lexeme("et", Role.CONNECTOR, 0, true));
    return new NumberLexicon(w);
  }

  /** The trie symbol of a folded char: a-z 0..25, 0-9 26..35, else -1. */
  static int symbol(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= '0' && c <= '9') {
      return 26 + c - '0';
    }
    return -1;
  }

  /** The trie node reached from {@code node} by {@code c}, or -1. */
  int step(int node, char c) {
    int s = symbol(c);
    if (s < 0) {
      return -1;
    }
    int next = children[node * ALPHABET + s];
    return next == 0 ? -1 : next;
  }

  /** The lexeme ending at {@code node}, or null. */
  Lexeme at(int node) {
    int t = terminal[node];
    return t == 0 ? null : lexemes[t - 1];
  }

  static int root() {
    return 0;
  }

  /** Every lexeme, for documentation and tests. */
  List<Lexeme> lexemes() {
    return List.of(lexemes);
  }
}
