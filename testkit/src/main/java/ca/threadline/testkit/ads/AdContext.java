package ca.threadline.testkit.ads;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.random.RandomGenerator;

/**
 * State shared by the writers while one ad is written: the builder, the ad's language plan and
 * the selectors already used (so a phone or a city is not planted twice by accident).
 */
final class AdContext {
  static final List<String> DECORATIVE_EMOJI = List.of("💋", "💕", "😘", "💖", "✨", "🔥", "💫", "🌷", "🥰", "❤️",
      "💎", "⭐", "🌺", "🦋", "😉", "💜", "🖤");
  static final List<String> CODE_EMOJI_WRITTEN = List.of("🌹", "🍒", "💗", "✈️", "👑", "🌸", "🏵️");

  private static final java.util.regex.Pattern SLOT = java.util.regex.Pattern.compile("\\{[^}]*}");
  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}{3,}");

  final AdBuilder b = new AdBuilder();
  final RandomGenerator r;
  final String adLang;
  final NumberLanguage primary;
  final Set<NumberLanguage> phraseLanguages = EnumSet.noneOf(NumberLanguage.class);
  final Set<String> phones = new LinkedHashSet<>();
  private final Set<String> usedPhrases = new LinkedHashSet<>();

  private final boolean emojiJoiners;

  /** {@code emojiJoiners}: phrases may be joined by emoji (escort ads, not job ads). */
  AdContext(RandomGenerator r, String adLang, boolean emojiJoiners) {
    this.r = r;
    this.emojiJoiners = emojiJoiners;
    this.adLang = adLang;
    this.primary = switch (adLang) {
      case "en" -> NumberLanguage.EN;
      case "fr" -> NumberLanguage.FR;
      default -> r.nextBoolean() ? NumberLanguage.EN : NumberLanguage.FR;
    };
  }

  static String drawLanguage(RandomGenerator r, int en, int fr, int mixed) {
    int x = r.nextInt(en + fr + mixed);
    return x < en ? "en" : x < en + fr ? "fr" : "mixed";
  }

  boolean mixed() {
    return adLang.equals("mixed");
  }

  NumberLanguage other(NumberLanguage l) {
    return l == NumberLanguage.EN ? NumberLanguage.FR : NumberLanguage.EN;
  }

  /** Language of the next phrase line: the ad's, or in a mixed ad either. */
  NumberLanguage lineLanguage() {
    return mixed() ? (r.nextBoolean() ? NumberLanguage.EN : NumberLanguage.FR) : primary;
  }

  static String key(String section, NumberLanguage lang) {
    return section + "." + (lang == NumberLanguage.EN ? "en" : "fr");
  }

  /**
   * Appends {@code template}, calling {@code slot} for each {@code {placeholder}}; records the
   * phrase language (for the mixed-language guarantee).
   */
  void expand(String template, NumberLanguage lang, BiConsumer<String, NumberLanguage> slot) {
    expand(template, lang, slot, false);
  }

  /** As {@link #expand(String, NumberLanguage, BiConsumer)}; {@code shout}: literal text in capitals. */
  void expand(String template, NumberLanguage lang, BiConsumer<String, NumberLanguage> slot, boolean shout) {
    if (WORD.matcher(SLOT.matcher(template).replaceAll(" ")).find()) {
      phraseLanguages.add(lang); // only phrases with real words show the language
    }
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        b.append(shout ? template.substring(i).toUpperCase(java.util.Locale.ROOT) : template.substring(i));
        lastPhraseEnd = b.length();
        return;
      }
      String literal = template.substring(i, open);
      b.append(shout ? literal.toUpperCase(java.util.Locale.ROOT) : literal);
      int close = template.indexOf('}', open);
      slot.accept(template.substring(open + 1, close), lang);
      i = close + 1;
    }
    lastPhraseEnd = b.length();
  }

  private int lastPhraseEnd = -1;

  /**
   * Before a phrase: a new line, or (one time in five, right after another phrase) a joiner
   * that keeps both on one line ("Classy, fun and easygoing • Couples friendly").
   */
  void phraseBreak() {
    if (lastPhraseEnd == b.length() && !b.atLineStart() && r.nextInt(5) == 0) {
      b.append(emojiJoiners ? Pick.one(r, " • ", " | ", ". ", " – ", " ✨ ", " 💋 ", "! ") : Pick.one(r, " • ", " | ", ". ", " – ", "! "));
    } else {
      b.newline();
    }
  }

  /** Languages the ad must still show in a phrase: its own, or both when mixed. */
  List<NumberLanguage> missingLanguages() {
    List<NumberLanguage> needed = mixed() ? List.of(NumberLanguage.EN, NumberLanguage.FR) : List.of(primary);
    return needed.stream().filter(l -> !phraseLanguages.contains(l)).toList();
  }

  /** A phrase of {@code key} not yet used in this ad when possible. */
  String freshPhrase(PhraseBank bank, String key) {
    String p = bank.pick(key, r);
    for (int i = 0; i < 6 && usedPhrases.contains(p); i++) {
      p = bank.pick(key, r);
    }
    usedPhrases.add(p);
    return p;
  }

  String decorativeEmoji() {
    return Pick.one(DECORATIVE_EMOJI, r);
  }

  /** A new fictional number not yet used in this ad. */
  String newPhone(ContactFactory contacts, String province) {
    String p;
    do {
      p = contacts.phone(province);
    } while (!phones.add(p));
    return p;
  }
}
