package ca.threadline.testkit.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The sentence patterns per language and category, and template-level word choices. */
final class PhraseBank {
  private final Map<String, List<Phrase>> byLangAndCategory = new HashMap<>();
  private final Map<String, List<String>> lexicon = new HashMap<>();

  static PhraseBank load() {
    PhraseBank bank = new PhraseBank();
    for (String lang : List.of("en", "fr")) {
      for (String[] row : Resources.rows("phrases-" + lang + ".txt")) {
        Phrase p = Phrase.parse(row[0], lang, row[1]);
        bank.byLangAndCategory.computeIfAbsent(lang + "/" + row[0], k -> new ArrayList<>()).add(p);
      }
    }
    for (String[] row : Resources.rows("lexicon.txt")) {
      bank.lexicon.put("en/" + row[0], List.of(row[1].split("\\|")));
      bank.lexicon.put("fr/" + row[0], List.of(row[2].split("\\|")));
    }
    return bank;
  }

  List<Phrase> phrases(String lang, String category) {
    List<Phrase> l = byLangAndCategory.get(lang + "/" + category);
    if (l == null) {
      throw new IllegalArgumentException("no phrases for " + lang + "/" + category);
    }
    return l;
  }

  /** Template-level choices for a lexicon key such as {@code adj}; {@code null} if not a key. */
  List<String> lexicon(String lang, String key) {
    return lexicon.get(lang + "/" + key);
  }
}
