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
    {"hello"}, {"salut"}, {"bonjour"}, {"xoxo"}, {"bisous"}, {"to", "yourself"}
  };
  /**
   * Words that describe a person right before a name-city: ads headline the provider as
   * "Classy Victoria", "Your favourite brunette Sydney", "Upscale companion Regina", "Belle Regina";
   * nobody writes a city so.
   */
  private static final Set<String> DESCRIPTORS =
      Set.of("classy", "sexy", "sweet", "gorgeous", "beautiful", "stunning", "elegant", "sensual", "sensuelle",
          "sensuel", "belle", "jolie", "douce", "petite", "busty", "curvy", "blonde", "brunette", "redhead", "rousse",
          "ebony", "latina", "asian", "exotic", "upscale", "companion", "compagne", "escort", "escorte", "bombshell",
          "babe", "lovely", "cute", "naughty", "coquine", "inoubliable", "unforgettable", "magnifique", "superbe",
          "sublime", "favourite", "favorite", "meet", "rencontrez", "adorable", "charming", "charmante",
          "seductive", "seduisante", "mature", "sensational", "irresistible", "delicieuse", "delicious");
  /** Words right after a name-city that make it the subject of a sentence about the person: "Victoria will...". */
  private static final Set<String> PERSON_AFTER =
      Set.of("is", "will", "saura", "sera", "est", "loves", "aime", "has", "can", "peut", "offers", "offre",
          "vous", "would", "welcomes", "the");
  private static final Set<String> PROVINCE_BEFORE =
      Set.of("au", "du", "le", "l", "en", "aux", "province", "partout", "tout", "across", "throughout", "in",
          "of", "from", "around", "over", "all", "entire", "whole", "la", "quebecois", "quebecoise", "sud",
          "nord", "est", "ouest", "southern", "northern", "eastern", "western", "rural");
  /** Words right before a place that say the writer means the place: "in Victoria", "à Sydney", "visiting Van". */
  private static final Set<String> LOCATIVES =
      Set.of("in", "a", "at", "near", "visiting", "around", "downtown", "incall", "outcall", "de", "vers", "ville",
          "secteur", "into");
  /** English locatives that are enough for a name that is also a common word, when it is capitalised ("in Van"). */
  private static final Set<String> ENGLISH_CITY_CUES = Set.of("in", "visiting", "near", "around", "downtown");
  private static final Set<String> AGE_LABELS = Set.of("jai", "age", "aged", "agee");
  /** Words after a name that make it an event or a brand, not the place: "Victoria Day", "London Drugs". */
  private static final Set<String> EVENT_AFTER = Set.of("day", "secret", "secrets", "drugs");
  /** French street types take "de", "du", "des", "de la" before the name: "rue de Québec". */
  private static final Set<String> STREET_LINKS = Set.of("de", "du", "des", "d");
  private static final Pattern AGE_AFTER =
      Pattern.compile("\\d{2}(?:\\s?(?:yo|y/o|y\\.o|yrs|yr|years?|ans|an)\\b|\\s*(?:[,.!\\n•|·)–—]|-\\s|$))",
          Pattern.CASE_INSENSITIVE);

  private PlaceContext() {}

  /** A street-type word right before the first word or right after the last one. */
  static boolean street(Words w, int first, int last) {
    if (first > 0 && STREET_BEFORE.contains(w.key(first - 1)) && gapIsSpace(w, first - 1, ".")) {
      return true;
    }
    if (first > 1 && STREET_LINKS.contains(w.key(first - 1)) && gapIsSpace(w, first - 1, "'’")) {
      int t = first - 2;
      if (t > 0 && w.key(first - 1).equals("de") && w.key(t).equals("la")) {
        t--; // "boulevard de la Concorde"
      }
      if (STREET_BEFORE.contains(w.key(t)) && gapIsSpace(w, t, ".")) {
        return true;
      }
    }
    if (last + 1 < w.size && EVENT_AFTER.contains(w.key(last + 1)) && gapIsSpace(w, last, "")) {
      return true; // "Victoria Day weekend special"
    }
    return last + 1 < w.size && STREET_AFTER.contains(w.key(last + 1)) && gapIsSpace(w, last, ".");
  }

  /** A locative right before word {@code first}, on the same line: "in Victoria", "à Sydney", "incall Halifax". */
  static boolean locativeBefore(Words w, int first) {
    if (first == 0 || !gapIsSpace(w, first - 1, ":") || !LOCATIVES.contains(w.key(first - 1))) {
      return false;
    }
    // folded "a" is the French "à", never the English article ("a Sydney girl")
    return !w.key(first - 1).equals("a") || "àÀ".indexOf(w.text.charAt(w.start[first - 1])) >= 0;
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
    if (ENGLISH_CITY_CUES.contains(w.key(first - 1)) && Character.isUpperCase(w.text.charAt(w.start[first]))) {
      return true; // "in Mission", "visiting Van"; lower case "in paradise" stays a word
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
    if (first > 0 && gapIsSpace(w, first - 1, ",") && DESCRIPTORS.contains(w.key(first - 1)) && !possessive(w, last)) {
      return true;
    }
    if (last + 1 < w.size && gapIsSpace(w, last, ",")) {
      String next = w.key(last + 1);
      if (next.equals("here") || next.equals("ici") || (PERSON_AFTER.contains(next) && gapIsSpace(w, last, ""))) {
        return true;
      }
    }
    return ageAfter(w.text, w.end[last]);
  }

  /**
   * A name-city ending its line (emoji aside) with an age opening the next line: "💎💖 Victoria 💫🌷⏎44
   * years old". Weaker than {@link #personName}: a headline city can be followed by an age too, so
   * the finder counts it only when the ad names another place it plainly means.
   */
  static boolean ageOnNextLine(Words w, int last) {
    String text = w.text;
    int i = w.end[last];
    while (i < text.length() && text.charAt(i) != '\n') {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
      i++;
    }
    if (i >= text.length()) {
      return false;
    }
    i++;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return ageAfter(text, i);
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

  /**
   * Two digits and an age unit within a few symbols after {@code pos} ("Victoria 🌷 25yo"), an age
   * label allowed before them ("Sydney – j'ai 32 ans", "Regina, aged 28", "Victoria, Age: 31").
   */
  private static boolean ageAfter(String text, int pos) {
    int i = pos;
    int limit = Math.min(text.length(), pos + 12);
    boolean labelled = false;
    while (i < limit) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        break;
      }
      if (Character.isLetter(c) && !labelled) {
        int e = i;
        while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '\'' || text.charAt(e) == '’')) {
          e++;
        }
        String word = ca.threadline.extract.geo.Fold.of(text.substring(i, e)).replace("'", "").replace("’", "");
        if (!AGE_LABELS.contains(word)) {
          return false;
        }
        labelled = true;
        limit = Math.min(text.length(), e + 5);
        i = e;
        continue;
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

  /** "Hamilton's sweetest": a possessive after the name reads as the city's ("Meet Hamilton's ..."). */
  private static boolean possessive(Words w, int last) {
    int e = w.end[last];
    return e + 1 < w.text.length() && (w.text.charAt(e) == '\'' || w.text.charAt(e) == '’')
        && (w.text.charAt(e + 1) == 's' || w.text.charAt(e + 1) == 'S');
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
