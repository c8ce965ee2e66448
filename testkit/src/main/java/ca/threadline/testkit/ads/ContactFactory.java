package ca.threadline.testkit.ads;

import ca.threadline.testkit.ads.HandleRenderer.Platform;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Invented contact values: fictional phone numbers {@code +1 NXX 555 01XX} on real Canadian area
 * codes (the 555-0100 to 555-0199 block is reserved for fiction by the NANPA; libphonenumber
 * still validates them), e-mail addresses on generic providers or invented company domains,
 * handles and websites built from invented names and neutral words.
 */
final class ContactFactory {
  /** Canadian area codes by province (NANPA; overlays included). */
  static final Map<String, List<String>> AREA_CODES = Map.ofEntries(
      Map.entry("ON", List.of("226", "249", "289", "343", "365", "382", "416", "437", "519", "548", "613", "647",
          "683", "705", "742", "753", "807", "905", "942")),
      Map.entry("QC", List.of("263", "354", "367", "418", "438", "450", "468", "514", "579", "581", "819", "873")),
      Map.entry("BC", List.of("236", "250", "257", "604", "672", "778")),
      Map.entry("AB", List.of("368", "403", "587", "780", "825")),
      Map.entry("SK", List.of("306", "474", "639")),
      Map.entry("MB", List.of("204", "431", "584")),
      Map.entry("NB", List.of("428", "506")),
      Map.entry("NS", List.of("782", "902")),
      Map.entry("PE", List.of("782", "902")),
      Map.entry("NL", List.of("709", "879")),
      Map.entry("YT", List.of("867")),
      Map.entry("NT", List.of("867")),
      Map.entry("NU", List.of("867")));
  static final List<String> ALL_AREA_CODES = AREA_CODES.values().stream().flatMap(List::stream)
      .distinct().sorted().toList();

  private static final List<String> EMAIL_DOMAINS = List.of("gmail.com", "gmail.com", "hotmail.com", "hotmail.ca",
      "outlook.com", "yahoo.ca", "yahoo.com", "icloud.com", "protonmail.com", "proton.me", "live.ca", "live.com");
  private static final List<String> WORDS = List.of("vip", "xo", "luv", "official", "silk", "moon", "belle", "star",
      "glow", "velvet", "honey", "cherie", "amour", "lux", "dream", "muse", "satin", "pearl", "kiss", "bliss");
  private static final List<String> JOB_LOCALS = List.of("hiring", "jobs", "emplois", "recrutement", "info", "rh", "careers",
      "apply", "embauche", "work");

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
  private static final java.util.regex.Pattern NOT_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]");

  private final RandomGenerator r;

  ContactFactory(RandomGenerator r) {
    this.r = r;
  }

  /** A fictional number, local to {@code province} three times out of four. */
  String phone(String province) {
    List<String> codes = Pick.chance(0.75, r) ? AREA_CODES.get(province) : ALL_AREA_CODES;
    return "+1" + Pick.one(codes, r) + "55501" + r.nextInt(10) + r.nextInt(10);
  }

  /** Lower case, accents and apostrophes dropped: "Maëlle" → "maelle". */
  static String fold(String s) {
    String marksGone = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return NOT_ALNUM.matcher(marksGone.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  String providerEmail(String name) {
    String n = fold(name);
    String w = Pick.one(WORDS, r);
    String local = switch (r.nextInt(5)) {
      case 0 -> n + w;
      case 1 -> n + "." + w;
      case 2 -> n + "_" + w + r.nextInt(100);
      case 3 -> w + n + r.nextInt(10);
      default -> "the" + n + w;
    };
    return local + "@" + Pick.one(EMAIL_DOMAINS, r);
  }

  String jobEmail(String company) {
    String slug = fold(company);
    String local = Pick.one(JOB_LOCALS, r);
    return Pick.chance(0.5, r)
        ? local + "." + slug.substring(0, Math.min(slug.length(), 10)) + "@" + Pick.one(EMAIL_DOMAINS, r)
        : local + "@" + slug + Pick.one(r, ".ca", ".com");
  }

  /**
   * A handle valid on every platform: starts with a letter, [a-z0-9_] (a dot inside for
   * Instagram and Facebook), 5 to 15 characters (Telegram needs 5, Twitter allows 15).
   */
  String handle(String name, Platform platform) {
    String n = fold(name);
    String w = Pick.one(WORDS, r);
    boolean dot = (platform == Platform.INSTAGRAM || platform == Platform.FACEBOOK) && Pick.chance(0.3, r);
    String h = switch (r.nextInt(4)) {
      case 0 -> n + (dot ? "." : "_") + w;
      case 1 -> "the" + n + w;
      case 2 -> n + w + r.nextInt(100);
      default -> w + (dot ? "." : "_") + n;
    };
    if (h.length() > 15) {
      h = h.substring(0, 15);
    }
    while (h.length() < 5) {
      h = h + r.nextInt(10);
    }
    while (h.endsWith("_") || h.endsWith(".")) {
      h = h.substring(0, h.length() - 1) + r.nextInt(10);
    }
    return h;
  }

  /** A personal or company website; the path makes the canonical URL unambiguous. */
  String website(String base, boolean job) {
    String slug = fold(base);
    String host = (Pick.chance(0.4, r) ? "www." : "") + slug + (job ? "" : Pick.one(r, "vip", "", "-bookings", "companion", ""))
        + Pick.one(r, ".ca", ".com");
    return host + "/" + (job ? Pick.one(r, "jobs", "apply", "careers", "emplois") : Pick.one(r, "book", "rates", "gallery", "contact"));
  }
}
