package ca.threadline.extract.age;

import ca.threadline.extract.geo.Fold;
import ca.threadline.extract.words.Slips;
import java.util.Set;

/**
 * A bare number stated as the age right after the provider's name, as ad headlines write it:
 * "Bella, 21, Toronto", "Sasha | 27 | Vancouver", "Mia (23)", "Vera [40]", "Skye - 25 - Halifax",
 * "Lila 24 - Surrey", "Kayla 21 & Shay 23". Read only in this shape: a capitalised word that is a
 * name (not a month, weekday, street or numbering word: "May, 24", "Suite 21", "Room (12)",
 * "Bill 21"), a separator or one space, the two-digit number, and a matching separator, a spaced
 * dash, "&" or the end of the line after it, so that "Hamilton, 25 min away", "Toronto, 24/7",
 * "Barrie 20 - 25 min" and "Dec 12, 2024" are not read. Range 16 to 59: a headline number outside
 * it is rarely an age.
 */
final class NameAge {
  static final int MIN = 16;
  static final int MAX = 59;

  /** Capitalised words that are followed by a bare number without being a person's name (folded); names have three letters or more. */
  private static final Set<String> NOT_NAMES =
      Set.of("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
          "novembre", "decembre", "janv", "fev", "avr", "juil", "monday", "tuesday", "wednesday", "thursday",
          "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
          "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "suite", "unit", "apt",
          "apartment", "app", "appartement", "room", "chambre", "bureau", "local", "door", "porte", "exit",
          "sortie", "highway", "hwy", "route", "autoroute", "floor", "level", "etage", "box", "lot", "gate",
          "building", "bldg", "stop", "station", "terminal", "no", "num", "number", "numero", "ref", "page",
          "chapter", "step", "size", "taille", "cup", "bonnet", "table", "section", "zone", "sector", "secteur",
          "district", "ward", "lane", "line", "bus", "metro", "rates", "rate", "tarifs", "tarif", "prix",
          "price", "prices", "hours", "heures", "hour", "heure", "age", "ages", "day", "days", "jour", "jours",
          "week", "weeks", "semaine", "shift", "positions", "postes", "openings", "staff", "total", "year",
          "years", "ans", "annee", "minutes", "min", "hh", "half", "overnight", "nuit", "donations", "dons",
          "deposit", "depot", "version", "model", "photo", "photos", "pics", "pic", "video", "videos", "top",
          "rank", "grade", "class", "classe", "type", "code", "order", "commande", "dossier", "case",
          "file", "ticket", "invoice", "facture", "item", "article", "batch", "team", "equipe", "hotel", "motel",
          "channel", "episode", "season", "vol", "volume", "part", "round", "bay", "dock", "platform", "hall",
          "wing", "tower", "block", "bed", "spot", "booth", "studio", "office", "pavillon", "game", "match",
          "covid", "bill", "loi", "clause", "form", "formulaire", "visa", "permit", "permis", "windows", "iphone",
          "galaxy", "kilo", "km", "mile", "miles", "rang", "concession", "whatsapp", "txt", "text", "texto", "call",
          "contact", "tel", "phone", "cell", "appel", "appelez", "ligne", "signal", "telegram", "area", "region");

  private NameAge() {}

  /** Start of the statement (the separator before the number) if the number at {@code p} is one, else -1. */
  static int statementAt(String text, int p) {
    int end = p + 2;
    int b = p;
    int spaces = 0;
    while (b > 0 && text.charAt(b - 1) == ' ' && spaces < 2) {
      b--;
      spaces++;
    }
    if (b == 0) {
      return -1;
    }
    char open = text.charAt(b - 1);
    if (spaces == 1 && Character.isLetter(open)) {
      // "Lila 24 - Surrey": one space after the name, then a stricter closing
      return nameEndsAt(text, b) && (closesAfterSpace(text, end) || touringAfter(text, end)) ? b : -1;
    }
    if (",|([-–—•·".indexOf(open) < 0) {
      return -1;
    }
    int sep = b - 1;
    int w = sep;
    spaces = 0;
    while (w > 0 && text.charAt(w - 1) == ' ' && spaces < 2) {
      w--;
      spaces++;
    }
    if ((open == '-' || open == '–' || open == '—') && spaces == 0) {
      return -1; // "Name-25" is a code, "Name - 25" a statement
    }
    if (!nameEndsAt(text, w)) {
      return -1;
    }
    return closes(text, end, open) ? sep : -1;
  }

  /**
   * "I'm Ivy, 24. Educated…", "I'm Misty, 24 ~ Ask me", "Je suis Chloé, 25.": a name introduced by
   * "I'm"/"je suis"/"moi c'est" and a comma leave no doubt that the number after it is the age, so
   * any end of sentence may close it, not only the headline separators {@link #statementAt} needs.
   */
  static boolean introducedAt(String text, int p) {
    int b = p;
    if (b > 0 && text.charAt(b - 1) == ' ') {
      b--;
    }
    if (b == 0 || text.charAt(b - 1) != ',') {
      return false;
    }
    int w = b - 1;
    if (!nameEndsAt(text, w)) {
      return false;
    }
    int s = w;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    String before = AgeContext.wordBefore(text, s);
    boolean intro = before.equals("im") || before.equals("suis") || before.equals("est")
        || ((before.equals("m") || before.equals("am")) && AgeContext.wordBefore(text, AgeContext.wordStart(text, s)).equals("i"));
    if (before.equals("est") && !AgeContext.wordBefore(text, AgeContext.wordStart(text, s)).equals("c")) {
      intro = false;
    }
    if (!intro) {
      return false;
    }
    int i = p + 2;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= text.length()) {
      return true;
    }
    char c = text.charAt(i);
    if (c == '.' || c == ',') {
      return i + 1 >= text.length() || !Character.isDigit(text.charAt(i + 1)); // not "24.5", "24,000"
    }
    if ((c == '-' || c == '–' || c == '—') && i > p + 2 && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
      // "I'm Jade, 21 - 100% pictures": a spaced dash separates; "21 - 25" would be a range
      int j = i + 2;
      int d = j;
      while (d < text.length() && Character.isDigit(text.charAt(d))) {
        d++;
      }
      return d == j || (d < text.length() && text.charAt(d) == '%');
    }
    // punctuation, a line break or emoji ends it; a unit, range or amount sign would not ("24/7", "24-26", "24$")
    return !Character.isLetterOrDigit(c) && "/:-–+$%'\"&".indexOf(c) < 0;
  }

  /** A capitalised name (Title case, two letters or more, not a {@link #NOT_NAMES} word) ends at {@code e}. */
  private static boolean nameEndsAt(String text, int e) {
    int s = e;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    if (e - s < 3 || !Character.isUpperCase(text.charAt(s)) || !Character.isLowerCase(text.charAt(e - 1))) {
      return false;
    }
    if (s > 0) {
      char c = text.charAt(s - 1);
      if (c == '-' && s > 3 && Character.isLetter(text.charAt(s - 2)) && Character.isLowerCase(text.charAt(s - 2))
          && capitalisedWordEndsAt(text, s - 1)) {
        return !NOT_NAMES.contains(Fold.of(text.substring(s, e))); // a hyphenated first name: "Sarah-Ève, 20"
      }
      if (Character.isDigit(c) || c == '\'' || c == '’' || c == '-' || c == '.' || c == '@' || c == '/' || c == '_') {
        return false;
      }
    }
    return !NOT_NAMES.contains(Fold.of(text.substring(s, e)));
  }

  /** A Title-case word of two letters or more ends at {@code e}, with no digit or hyphen before it. */
  private static boolean capitalisedWordEndsAt(String text, int e) {
    int s = e;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return e - s >= 2 && Character.isUpperCase(text.charAt(s)) && (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)) && text.charAt(s - 1) != '-');
  }

  /** After the number: the separator that matches {@code open}, or the end of the line. */
  private static boolean closes(String text, int end, char open) {
    int i = end;
    int spaces = 0;
    while (i < text.length() && text.charAt(i) == ' ' && spaces < 2) {
      i++;
      spaces++;
    }
    if (i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
      return open != '(' && open != '[' && !digitsOnNextLine(text, i);
    }
    char c = text.charAt(i);
    return switch (open) {
      case '(' -> c == ')';
      case '[' -> c == ']';
      case ',' -> (c == ',' && !digitAfter(text, i + 1)) || c == '|' || c == '•' || c == '·' || dashAfter(text, i, spaces);
      default -> (c == open && c != '-' && c != '–' && c != '—') || c == ',' || c == '|' || c == '•' || c == '·'
          || dashAfter(text, i, spaces);
    };
  }

  /**
   * "Scarlett 23 touring MTL", "Ebony 25 visiting Calgary", "Brooke 27 staying in Quebec City":
   * the headline that announces a tour names the provider, her age and the stop.
   */
  private static boolean touringAfter(String text, int end) {
    if (end >= text.length() || text.charAt(end) != ' ') {
      return false;
    }
    String w = AgeContext.wordAt(text, end + 1);
    // read with one typing slip ("visitng", "tourinng", "stayinng"): see Slips
    return Slips.like(w, "visiting") || Slips.like(w, "touring") || Slips.like(w, "staying") || Slips.like(w, "travelling")
        || Slips.like(w, "traveling");
  }

  /** After "Name NN": a spaced dash, "&", a comma, a bar or bullet, or the end of the line. */
  private static boolean closesAfterSpace(String text, int end) {
    int i = end;
    int spaces = 0;
    while (i < text.length() && text.charAt(i) == ' ' && spaces < 2) {
      i++;
      spaces++;
    }
    if (i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
      return !digitsOnNextLine(text, i);
    }
    char c = text.charAt(i);
    return (c == ',' && !digitAfter(text, i + 1)) || c == '|' || c == '•' || c == '·' || (c == '&' && spaces > 0)
        || dashAfter(text, i, spaces);
  }

  /** A spaced dash (" - ", " – ") at {@code i} not followed by a number: a separator, not a range ("25 - 30 min"). */
  private static boolean dashAfter(String text, int i, int spacesBefore) {
    char c = text.charAt(i);
    return (c == '-' || c == '–' || c == '—') && spacesBefore > 0 && i + 1 < text.length() && text.charAt(i + 1) == ' '
        && !digitAfter(text, i + 1);
  }

  /** "WhatsApp 36⏎555 0199": the number goes on on the next line (a phone broken across lines). */
  private static boolean digitsOnNextLine(String text, int lineEnd) {
    int i = lineEnd;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i >= text.length()) {
      return false;
    }
    int cp = text.codePointAt(i);
    return Character.isDigit(cp) || Character.getType(cp) == Character.OTHER_NUMBER; // also 𝟒, ４, ④
  }

  private static boolean digitAfter(String text, int i) {
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && Character.isDigit(text.charAt(i));
  }
}
