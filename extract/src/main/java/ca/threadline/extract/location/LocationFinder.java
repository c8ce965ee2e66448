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
 */
public final class LocationFinder implements SelectorFinder {
  private final Gazetteer gazetteer;

  public LocationFinder() {
    this(Gazetteer.standard());
  }

  public LocationFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public void find(String text, Language language, List<Selector> out) {
    Words w = Words.of(text);
    Set<String> seen = new HashSet<>();
    List<Province> mentioned = null;
    StringBuilder key = new StringBuilder(32);
    int max = gazetteer.maxTokens();
    int i = 0;
    while (i < w.size) {
      if (!gazetteer.mayStartForm(text, w.start[i], w.end[i]) || !gazetteer.startsForm(w.key(i)) || w.masked[i]
          || glued(text, w.start[i], true)) {
        i++;
        continue;
      }
      // Keys of the runs [i, i], [i, i+1], ... as long as the words are joinable.
      int longest = i;
      while (longest + 1 < w.size && longest + 1 - i < max && w.joinable(longest)) {
        longest++;
      }
      int matchedLast = -1;
      Place place = null;
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
        matchedLast = last;
      }
      if (place != null) {
        if (seen.add(place.canonical())) {
          out.add(new Selector(SelectorType.LOCATION, place.canonical(), new Span(w.start[i], w.end[matchedLast])));
        }
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
  }

  private static Place resolve(Words w, int first, int last, List<Alias> candidates, List<Province> mentioned) {
    ProvinceMention.Match q = ProvinceMention.after(w.text, w.end[last]);
    if (q != null && q.strong() && q.foreign()) {
      return null; // "London, UK", "Hamilton, OH"
    }
    Province qualifier = q == null ? null : q.province();
    Alias chosen = null;
    Alias byContext = null;
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
        continue;
      }
      if (a.provinceHomonym() && !sameProvince && PlaceContext.provinceMeant(w, first, last)) {
        continue;
      }
      if (sameProvince) {
        return a.place();
      }
      if (chosen == null) {
        chosen = a;
      }
      if (byContext == null && mentioned != null && mentioned.contains(a.place().provinceEnum())) {
        byContext = a;
      }
    }
    Alias pick = byContext != null ? byContext : chosen;
    return pick == null ? null : pick.place();
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
