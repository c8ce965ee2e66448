package ca.threadline.testkit.ads;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Text that looks like a selector and must not be extracted as one: the DIG phone extractor's
 * preprocessing list (dates, times, prices, measurements, "24/7", "#123") plus what issue 2
 * names (postal codes, street numbers, order numbers, 7-digit numbers without area code, invalid
 * NANP numbers). Each method returns only the decoy itself; writers add the context.
 */
final class DecoyForms {
  private static final List<String> MONTHS_EN =
      List.of("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec");
  private static final List<String> MONTHS_FR =
      List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre");
  private static final List<String> STREETS_EN =
      List.of("Maple Ave", "Oak St", "Pine Cres", "Elm Dr", "Birch Rd", "Cedar Lane", "Industrial Blvd",
          "Commerce Way", "Main St", "Church St", "Mill Rd", "Lakeshore Rd", "King St W", "Queen St E",
          "Centre St", "Park Ave");
  private static final List<String> STREETS_FR =
      List.of("rue des Érables", "rue du Moulin", "boul. Industriel", "chemin du Lac", "avenue des Pins",
          "rue Principale", "rue de l'Église", "boulevard des Entreprises", "rue du Parc", "montée du Rocher");
  /** First letters of postal codes by province (Canada Post). */
  private static final java.util.Map<String, String> POSTAL_FIRST = java.util.Map.ofEntries(
      java.util.Map.entry("NL", "A"), java.util.Map.entry("NS", "B"), java.util.Map.entry("PE", "C"),
      java.util.Map.entry("NB", "E"), java.util.Map.entry("QC", "GHJ"), java.util.Map.entry("ON", "KLMNP"),
      java.util.Map.entry("MB", "R"), java.util.Map.entry("SK", "S"), java.util.Map.entry("AB", "T"),
      java.util.Map.entry("BC", "V"), java.util.Map.entry("NT", "X"), java.util.Map.entry("NU", "X"),
      java.util.Map.entry("YT", "Y"));
  private static final String POSTAL_LETTERS = "ABCEGHJKLMNPRSTVWXYZ";

  private DecoyForms() {}

  /** {@code M7A 0L5}: format-valid for the province. */
  static String postalCode(String province, RandomGenerator r) {
    String first = POSTAL_FIRST.get(province);
    return "" + first.charAt(r.nextInt(first.length())) + r.nextInt(10) + letter(r) + " "
        + r.nextInt(10) + letter(r) + r.nextInt(10);
  }

  private static char letter(RandomGenerator r) {
    return POSTAL_LETTERS.charAt(r.nextInt(POSTAL_LETTERS.length()));
  }

  /** {@code 8674 Maple Ave}, {@code 736, rue des Érables}. */
  static String street(NumberLanguage lang, RandomGenerator r) {
    int n = Pick.chance(0.5, r) ? Pick.between(10, 999, r) : Pick.between(1000, 9999, r);
    return lang == NumberLanguage.EN
        ? n + " " + Pick.one(STREETS_EN, r)
        : n + (Pick.chance(0.5, r) ? ", " : " ") + Pick.one(STREETS_FR, r);
  }

  /** {@code May 8}, {@code 2024-11-29}, {@code du 4 au 8 décembre}, {@code le 12 mars}. */
  static String date(NumberLanguage lang, RandomGenerator r) {
    int m = r.nextInt(12);
    int d = Pick.between(1, 28, r);
    if (Pick.chance(0.2, r)) {
      return Pick.between(2024, 2026, r) + "-" + String.format("%02d-%02d", m + 1, d);
    }
    if (lang == NumberLanguage.EN) {
      return switch (r.nextInt(4)) {
        case 0 -> MONTHS_EN.get(m) + " " + d;
        case 1 -> MONTHS_EN.get(m) + " " + d + "–" + (d + Pick.between(1, 3, r));
        case 2 -> MONTHS_EN.get(m) + " " + d + (d == 1 || d == 21 ? "st" : d == 2 || d == 22 ? "nd" : d == 3 || d == 23 ? "rd" : "th");
        default -> d + " " + MONTHS_EN.get(m);
      };
    }
    return switch (r.nextInt(3)) {
      case 0 -> "du " + d + " au " + (d + Pick.between(1, 3, r)) + " " + MONTHS_FR.get(m);
      case 1 -> "le " + d + " " + MONTHS_FR.get(m);
      default -> d + " " + MONTHS_FR.get(m);
    };
  }

  /** {@code 9:30am-11:00pm}, {@code de 10h à 22h}. */
  static String time(NumberLanguage lang, RandomGenerator r) {
    int from = Pick.between(8, 12, r);
    int to = Pick.between(8, 11, r);
    if (lang == NumberLanguage.EN) {
      return switch (r.nextInt(3)) {
        case 0 -> from + ":30am-" + to + ":00pm";
        case 1 -> from + "am to " + to + "pm";
        default -> from + ":00am–" + to + ":30pm";
      };
    }
    return switch (r.nextInt(3)) {
      case 0 -> "de " + from + "h à " + (to + 12) + "h";
      case 1 -> from + "h-" + (to + 12) + "h";
      default -> from + " h 30 à " + (to + 12) + " h";
    };
  }

  /** {@code 5ft2 105lb 32-22-34}, {@code 1m63, 52 kg}. */
  static String measurement(NumberLanguage lang, RandomGenerator r) {
    int bust = Pick.between(32, 38, r);
    int waist = Pick.between(22, 30, r);
    int hips = Pick.between(32, 40, r);
    if (lang == NumberLanguage.EN) {
      return switch (r.nextInt(3)) {
        case 0 -> "5ft" + Pick.between(0, 9, r) + " " + Pick.between(100, 150, r) + "lb " + bust + "-" + waist + "-" + hips;
        case 1 -> "5'" + Pick.between(1, 9, r) + "\" " + Pick.between(100, 150, r) + " lbs " + bust + Pick.one(r, "B", "C", "D", "DD");
        default -> bust + Pick.one(r, "B", "C", "D") + "-" + waist + "-" + hips + ", 5'" + Pick.between(1, 9, r);
      };
    }
    return switch (r.nextInt(2)) {
      case 0 -> "1m" + Pick.between(52, 78, r) + ", " + Pick.between(45, 70, r) + " kg";
      default -> "1," + Pick.between(52, 78, r) + " m – " + Pick.between(45, 70, r) + " kg – "
          + Pick.between(80, 100, r) + "-" + Pick.between(55, 70, r) + "-" + Pick.between(85, 105, r);
    };
  }

  /**
   * {@code Ref. 2024-865-2634}: the year-led form has 11 digits not starting with 1, the last 10
   * of which start with 0, so no reading of it is a valid NANP number.
   */
  static String orderNumber(NumberLanguage lang, RandomGenerator r) {
    String yearLed = Pick.between(2024, 2026, r) + "-" + Pick.between(100, 999, r) + "-" + Pick.between(1000, 9999, r);
    return switch (r.nextInt(4)) {
      case 0, 1 -> (lang == NumberLanguage.EN ? Pick.one(r, "Ref. ", "Application Ref. ", "File # ") : Pick.one(r, "Réf. : ", "Dossier n° ")) + yearLed;
      case 2 -> (lang == NumberLanguage.EN ? "Order #" : "Commande n° ") + Pick.between(10000, 99999, r) + "-" + Pick.between(10, 99, r);
      default -> (lang == NumberLanguage.EN ? "Ad ID " : "Annonce n° ") + Pick.between(10, 99, r) + "-" + Pick.between(1000, 9999, r);
    };
  }

  /**
   * {@code 572-3150}: a local number without area code. Never 555, N11, nor 310 (310-xxxx is a
   * valid Canadian shared-cost number without area code, and libphonenumber accepts it).
   */
  static String sevenDigit(RandomGenerator r) {
    int exchange;
    do {
      exchange = Pick.between(200, 999, r);
    } while (exchange == 555 || exchange == 310 || exchange % 100 == 11);
    return exchange + Pick.one(r, "-", " ", ".") + String.format("%04d", r.nextInt(10000));
  }

  /**
   * An invalid NANP number: area code or exchange starting with 0 or 1 ({@code (022) 307-9801},
   * {@code 416-155-2234}); libphonenumber rejects both.
   */
  static String invalidNanp(List<String> realAreaCodes, RandomGenerator r) {
    String line = String.format("%04d", r.nextInt(10000));
    if (Pick.chance(0.5, r)) {
      String area = r.nextInt(2) + String.format("%02d", r.nextInt(100));
      String exchange = "" + Pick.between(200, 999, r);
      return Pick.one(r, "(" + area + ") " + exchange + "-" + line, area + "-" + exchange + "-" + line);
    }
    String area = Pick.one(realAreaCodes, r);
    String exchange = r.nextInt(2) + String.format("%02d", r.nextInt(100));
    return Pick.one(r, "(" + area + ") " + exchange + "-" + line, area + "-" + exchange + "-" + line,
        area + "." + exchange + "." + line);
  }
}
