package ca.threadline.extract.location;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words around a candidate place that decide whether it is one: street names ("rue
 * Sherbrooke", "Kingston Rd"), city cues ("ville de Québec", "à Delta"), and a person introduced
 * by a name that is also a city ("Hi I'm Victoria", "Regina 22yo"). Ads open with the provider's
 * name and age far more often than with a city, so a name-city followed by an age is a name.
 */
final class PlaceContext {
  private static final Set<String> STREET_BEFORE =
      Set.of("rue", "avenue", "ave", "av", "boul", "boulevard", "blvd", "bd", "chemin", "ch", "route", "rte",
          "autoroute", "rang", "montee", "promenade", "hwy", "highway");
  private static final Set<String> STREET_AFTER =
      Set.of("st", "street", "rd", "road", "ave", "avenue", "av", "blvd", "boulevard", "dr", "drive", "cres",
          "crescent", "ct", "court", "hwy", "highway", "way", "ln", "lane", "pkwy", "parkway", "sq", "square",
          "pl", "place", "park", "sideroad", "line", "mall", "station");
  /** Folded word sequences that introduce a person's name, last word first. */
  private static final String[][] NAME_CUES = {
    {"m", "i"}, {"im"}, {"am", "i"}, {"is", "name"}, {"name"}, {"nom"}, {"suis", "je"}, {"appelle", "m"},
    {"appelle"}, {"est", "c"}, {"s", "it"}, {"its"}, {"is", "this"}, {"me", "call"}, {"for", "ask"},
    {"demandez"}, {"demande"}, {"avec"}, {"with"}, {"miss"}, {"mlle"}, {"mme"}, {"ms"}, {"mrs"}, {"lady"},
    {"princess"}, {"princesse"}, {"queen"}, {"reine"}, {"mistress"}, {"goddess"}, {"hi"}, {"hey"},
    {"hello"}, {"salut"}, {"bonjour"}, {"xoxo"}, {"bisous"}
  };
  private static final Set<String> PROVINCE_BEFORE =
      Set.of("au", "du", "le", "l", "en", "aux", "province", "partout", "tout", "across", "throughout", "in",
          "of", "from", "around", "over", "all", "entire", "whole", "la", "quebecois", "quebecoise", "sud",
          "nord", "est", "ouest", "southern", "northern", "eastern", "western", "rural");
  private static final Pattern AGE_AFTER =
      Pattern.compile("\\d{2}(?:\\s?(?:yo|y/o|y\\.o|yrs|yr|years?|ans|an)\\b|\\s*(?:[,.!\\n]|$))",
          Pattern.CASE_INSENSITIVE);

  private PlaceContext() {}

  /** A street-type word right before the first word or right after the last one. */
  static boolean street(Words w, int first, int last) {
    if (first > 0 && STREET_BEFORE.contains(w.key(first - 1)) && gapIsSpace(w, first - 1, ".")) {
      return true;
    }
    return last + 1 < w.size && STREET_AFTER.contains(w.key(last + 1)) && gapIsSpace(w, last, ".");
  }

  /** "ville de X", "city of X", "town of X", "à X": the writer means the city. */
  static boolean cityCue(Words w, int first) {
    if (first == 0 || !gapIsSpace(w, first - 1, "")) {
      return false;
    }
    char c = w.text.charAt(w.start[first - 1]);
    if (w.key(first - 1).equals("a") && (c == 'à' || c == 'À')) {
      return true; // the French locative for cities ("à Québec"; "au Québec" is the province)
    }
    if (first >= 2 && gapIsSpace(w, first - 2, "")) {
      String two = w.key(first - 2) + " " + w.key(first - 1);
      return two.equals("ville de") || two.equals("city of") || two.equals("town of")
          || two.equals("municipalite de");
    }
    return false;
  }

  /**
   * Whether the words before a province-named city make it the province: French puts an article
   * before the province and none before the city ("au Québec" / "à Québec"); English "in Quebec"
   * and "province of Quebec" mean the province.
   */
  static boolean provinceMeant(Words w, int first, int last) {
    if (last + 1 < w.size && (w.key(last + 1).equals("province") || w.key(last + 1).equals("provincial"))) {
      return true;
    }
    if (first == 0) {
      return false;
    }
    if (PROVINCE_BEFORE.contains(w.key(first - 1))) {
      return true;
    }
    return first >= 2 && w.key(first - 1).equals("de") && w.key(first - 2).equals("province");
  }

  /** Whether a name-city at words [first, last] is the person's name rather than the place. */
  static boolean personName(Words w, int first, int last) {
    for (String[] cue : NAME_CUES) {
      if (cueBefore(w, first, cue)) {
        return true;
      }
    }
    if (last + 1 < w.size && gapIsSpace(w, last, ",")) {
      String next = w.key(last + 1);
      if (next.equals("here") || next.equals("ici")) {
        return true;
      }
    }
    return ageAfter(w.text, w.end[last]);
  }

  private static boolean cueBefore(Words w, int first, String[] cue) {
    int k = first - 1;
    for (String word : cue) {
      if (k < 0 || !w.key(k).equals(word)) {
        return false;
      }
      k--;
    }
    return true;
  }

  /** Two digits and an age unit within a few symbols after {@code pos} ("Victoria 🌷 25yo"). */
  private static boolean ageAfter(String text, int pos) {
    int i = pos;
    int limit = Math.min(text.length(), pos + 12);
    while (i < limit) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        break;
      }
      if (Character.isLetter(c) || c == '\n') {
        return false;
      }
      i++;
    }
    if (i >= limit || !Character.isDigit(text.charAt(i))) {
      return false;
    }
    return AGE_AFTER.matcher(text).region(i, text.length()).lookingAt()
        && (i + 2 >= text.length() || !Character.isDigit(text.charAt(i + 2)));
  }

  /** Only spaces (and the given punctuation) between word {@code k} and word {@code k + 1}. */
  private static boolean gapIsSpace(Words w, int k, String allowed) {
    for (int i = w.end[k]; i < w.start[k + 1]; i++) {
      char c = w.text.charAt(i);
      if (c != ' ' && c != '\u00A0' && allowed.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }
}
