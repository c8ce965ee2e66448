package ca.threadline.extract.location;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import ca.threadline.extract.Language;
import ca.threadline.extract.SelectorFinder;
import ca.threadline.extract.geo.Alias;
import ca.threadline.extract.geo.Gazetteer;
import ca.threadline.extract.geo.Place;
import ca.threadline.extract.geo.Province;
import ca.threadline.extract.geo.ProvinceMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds Canadian places named in a text (English and French, with or without accents, by
 * nickname or abbreviation) and gives each as {@code City, PR} (CONTRACTS.md §1).
 *
 * <p>Algorithm: split the text into {@link Words}; at each word that begins some gazetteer form,
 * try the longest run of joinable words first (so "North Vancouver" beats "Vancouver" and "St.
 * John's" beats "St. John"), then check the context the form's flags ask for: a province right
 * after it, a city cue, no person introduced by it, no street around it. A strong province
 * qualifier ("Windsor, NS", "London, UK") that matches none of the candidates rejects the
 * mention. Where a form names several places (St. John), the qualifier, else a province named
 * elsewhere in the text, else the larger place decides. A province alone ("au Québec") is not a
 * place. Words glued to {@code @ / .} (e-mail addresses, URLs, handles) are skipped.
 *
 * <p>Names that are also given names ("Victoria", "Regina", "Sydney") keep one sense per ad (Gale,
 * Church and Yarowsky 1992, "One sense per discourse"): once the ad uses the name for the person
 * ("Je m'appelle Victoria", "Sydney 💫 23yo"), its other mentions ("💫 Victoria 🥰" in the headline)
 * are the person too, unless a province after them or a locative before them ("in Victoria",
 * "à Victoria") makes them the place. A name followed on its line by a locative and another place
 * ("Victoria – GFE in Fort McMurray", "Gorgeous Regina IN Richmond") is the person's. A larger
 * city's name with one letter wrong ("Torronto", "Monteal") is read as that city
 * ({@link Misspellings}).
 */
public final class LocationFinder implements SelectorFinder {
  private final Gazetteer gazetteer;
  private final Misspellings misspellings;

  public LocationFinder() {
    this(Gazetteer.standard());
  }

  public LocationFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.misspellings = new Misspellings(gazetteer);
  }

  @Override
  public void find(String text, Language language, List<Selector> out) {
    Words w = Words.of(text);
    List<Mention> mentions = null;
    Set<String> personNames = null;
    List<Province> mentioned = null;
    StringBuilder key = new StringBuilder(32);
    int max = gazetteer.maxTokens();
    int i = 0;
    while (i < w.size) {
      if (!gazetteer.mayStartForm(text, w.start[i], w.end[i]) || !gazetteer.startsForm(w.key(i)) || w.masked[i]
          || glued(text, w.start[i], true)) {
        Place misspelt = misspelt(w, i);
        if (misspelt != null) {
          if (mentions == null) {
            mentions = new ArrayList<>(4);
          }
          mentions.add(new Mention(misspelt, i, i, w.key(i), false, false, false));
        }
        i++;
        continue;
      }
      // Keys of the runs [i, i], [i, i+1], ... as long as the words are joinable.
      int longest = i;
      while (longest + 1 < w.size && longest + 1 - i < max && w.joinable(longest)) {
        longest++;
      }
      int matchedLast = -1;
      Resolution place = null;
      for (int last = longest; last >= i && place == null; last--) {
        key.setLength(0);
        for (int k = i; k <= last; k++) {
          if (k > i) {
            key.append(' ');
          }
          key.append(w.key(k));
        }
        List<Alias> candidates = gazetteer.candidates(key.toString());
        if (candidates.isEmpty() || glued(text, w.end[last], false) || PlaceContext.street(w, i, last)) {
          continue;
        }
        if (mentioned == null && candidates.size() > 1) {
          mentioned = ProvinceMention.mentioned(text);
        }
        place = resolve(w, i, last, candidates, mentioned);
        if (place != null && place.place() == null) {
          if (personNames == null) {
            personNames = new HashSet<>();
          }
          personNames.add(key.toString()); // the ad uses this name for a person
          place = null;
        }
        matchedLast = last;
      }
      if (place != null) {
        if (mentions == null) {
          mentions = new ArrayList<>(4);
        }
        mentions.add(new Mention(place.place(), i, matchedLast, key.toString(), place.personForm(),
            place.qualified() || PlaceContext.locativeBefore(w, i),
            place.personForm() && PlaceContext.ageOnNextLine(w, matchedLast)));
        // The province written after the place ("Montréal, Québec") qualifies it; it is not a place.
        ProvinceMention.Match q = ProvinceMention.after(text, w.end[matchedLast]);
        int next = q == null ? w.end[matchedLast] : q.end();
        i = matchedLast + 1;
        while (i < w.size && w.start[i] < next) {
          i++;
        }
      } else {
        i++;
      }
    }
    if (mentions != null) {
      emit(w, mentions, personNames, out);
    }
  }

  /** A larger city's name with one letter wrong ("Torronto"), read as the city; see {@link Misspellings}. */
  private Place misspelt(Words w, int i) {
    if (!misspellings.mayMatch(w.text, w.start[i], w.end[i]) || w.masked[i]
        || glued(w.text, w.start[i], true) || glued(w.text, w.end[i], false)) {
      return null; // most words: two array reads, no folded key built
    }
    return misspellings.lookup(w.key(i));
  }

  /** One accepted mention: the place, its words, its form's key, and what supports the place reading. */
  private record Mention(Place place, int first, int last, String key, boolean personForm, boolean supported,
      boolean ageNextLine) {}

  /**
   * The outcome of {@link #resolve}: a place, or ({@code place == null}) a mention rejected because
   * the text introduces a person by that name; {@code null} when no candidate fits.
   */
  private record Resolution(Place place, boolean personForm, boolean qualified) {}

  /** Emits each place once, at its first kept mention, after the one-sense-per-ad check of names. */
  private static void emit(Words w, List<Mention> mentions, Set<String> personNames, List<Selector> out) {
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      boolean person = m.personForm() && !m.supported()
          && ((k + 1 < mentions.size() && (subjectOfNextPlace(w, m, mentions.get(k + 1)) || pairedByEmoji(w, m, mentions.get(k + 1))))
              || (k > 0 && pairedByEmoji(w, mentions.get(k - 1), m)));
      if (person) {
        if (personNames == null) {
          personNames = new HashSet<>();
        }
        personNames.add(m.key());
      }
    }
    Set<String> seen = new HashSet<>();
    for (Mention m : mentions) {
      if (m.personForm() && !m.supported() && personNames != null && personNames.contains(m.key())) {
        continue;
      }
      if (m.personForm() && !m.supported() && m.ageNextLine() && anotherPlaceStated(m, mentions)) {
        continue; // "🌷 Regina 🖤⏎Age 29⏎Private apartment in London": the ad says where it is
      }
      if (seen.add(m.place().canonical())) {
        out.add(new Selector(SelectorType.LOCATION, m.place().canonical(), new Span(w.start[m.first()], w.end[m.last()])));
      }
    }
  }

  private static boolean anotherPlaceStated(Mention m, List<Mention> mentions) {
    for (Mention o : mentions) {
      if (o.place() != m.place() && o.supported()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Montréal 🔥 Sydney", "Victoria 💜 Winnipeg, MB": a headline pairs the provider's name and the
   * place with nothing but emoji between them; of two places so paired, the one that is also a
   * given name is the name. A list ("Victoria, Nanaimo", "Victoria / Vancouver") has words or
   * punctuation between its places and is left alone.
   */
  private static boolean pairedByEmoji(Words w, Mention a, Mention b) {
    if (a.place() == b.place() || (a.personForm() && b.personForm() && !a.supported() && !b.supported())) {
      return false;
    }
    String text = w.text;
    int from = w.end[a.last()];
    int to = w.start[b.first()];
    boolean symbol = false;
    for (int c = from; c < to; ) {
      int cp = text.codePointAt(c);
      int type = Character.getType(cp);
      if (type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL) {
        symbol = true;
      } else if (cp != ' ' && cp != 0x00A0 && cp != 0xFE0F && cp != 0x200D && type != Character.NON_SPACING_MARK) {
        return false;
      }
      c += Character.charCount(cp);
    }
    return symbol;
  }

  /** "Victoria – GFE in Fort McMurray": on the same line, a locative introduces another place. */
  private static boolean subjectOfNextPlace(Words w, Mention m, Mention next) {
    if (next.place() == m.place() || !PlaceContext.locativeBefore(w, next.first())) {
      return false;
    }
    for (int c = w.end[m.last()]; c < w.start[next.first()]; c++) {
      if (w.text.charAt(c) == '\n') {
        return false;
      }
    }
    return true;
  }

  private static Resolution resolve(Words w, int first, int last, List<Alias> candidates, List<Province> mentioned) {
    ProvinceMention.Match q = ProvinceMention.after(w.text, w.end[last]);
    if (q != null && q.strong() && q.foreign()) {
      return null; // "London, UK", "Hamilton, OH"
    }
    Province qualifier = q == null ? null : q.province();
    Alias chosen = null;
    Alias byContext = null;
    boolean person = false;
    for (Alias a : candidates) {
      boolean sameProvince = qualifier != null && a.place().province().equals(qualifier.code());
      if (q != null && q.strong() && !sameProvince) {
        continue;
      }
      if (a.exactCase() != null && !exactly(w, first, last, a.exactCase())) {
        continue;
      }
      if (a.needsQualifier() && !sameProvince && !PlaceContext.cityCue(w, first)) {
        continue;
      }
      if (a.personName() && !sameProvince && PlaceContext.personName(w, first, last)) {
        person = true;
        continue;
      }
      if (a.provinceHomonym() && !sameProvince && PlaceContext.provinceMeant(w, first, last)) {
        continue;
      }
      if (sameProvince) {
        return new Resolution(a.place(), a.personName(), true);
      }
      if (chosen == null) {
        chosen = a;
      }
      if (byContext == null && mentioned != null && mentioned.contains(a.place().provinceEnum())) {
        byContext = a;
      }
    }
    Alias pick = byContext != null ? byContext : chosen;
    if (pick == null) {
      return person ? new Resolution(null, true, false) : null;
    }
    return new Resolution(pick.place(), pick.personName(), false);
  }

  /** The words as written, periods dropped, equal the form ("T.O." for Toronto, not "to"). */
  private static boolean exactly(Words w, int first, int last, String form) {
    String written = w.text.substring(w.start[first], w.end[last]).replace(".", "");
    return written.equals(form);
  }

  /**
   * A word glued to an e-mail address or handle: {@code @} next to it, or a period followed by a
   * letter or digit (a domain: "montreal.escorts.com"). Words of links are masked in
   * {@link Words}; a slash alone ("Gatineau/Ottawa") separates places.
   */
  private static boolean glued(String text, int pos, boolean before) {
    if (before) {
      if (pos == 0) {
        return false;
      }
      char c = text.charAt(pos - 1);
      if (c == '@') {
        return true;
      }
      return c == '.' && pos >= 2 && Character.isLetterOrDigit(text.charAt(pos - 2));
    }
    if (pos >= text.length()) {
      return false;
    }
    char c = text.charAt(pos);
    if (c == '@') {
      return true;
    }
    return c == '.' && pos + 1 < text.length() && Character.isLetterOrDigit(text.charAt(pos + 1));
  }
}
