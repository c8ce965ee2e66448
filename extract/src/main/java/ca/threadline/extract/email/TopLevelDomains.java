package ca.threadline.extract.email;

import java.util.Set;

/**
 * Top-level domains an address may end in: the country-code domains (ISO 3166-1 alpha-2 codes
 * and {@code uk}, {@code eu}, {@code ac}, {@code su}) and the generic domains seen in ads and job
 * ads. Real country codes rather than any two letters: handles end in {@code .xo}, {@code .xx}
 * ("IG @kayla.xo" is an Instagram name, not {@code ig@kayla.xo}). A known list rather than "any letters" so that a
 * sentence glued to an address ("x@gmail.com.Appelle-moi") ends the domain at ".com", and so
 * that "name at home dot Come" is not an address.
 */
final class TopLevelDomains {
  private static final Set<String> GENERIC =
      Set.of("com", "net", "org", "info", "biz", "edu", "gov", "mil", "int", "xyz", "online", "site", "club",
          "live", "app", "dev", "email", "mail", "shop", "store", "tech", "pro", "mobi", "name", "cloud", "top",
          "vip", "fun", "life", "world", "today", "space", "website", "page", "blog", "agency", "services",
          "work", "jobs", "news", "love", "sexy", "porn", "adult", "xxx", "dating", "quebec", "ovh", "global",
          "group", "company", "network", "media", "social", "chat", "link", "click", "travel", "health",
          "care", "homes", "immo", "farm", "consulting", "solutions", "ltd", "inc", "llc", "icu", "asia",
          "aero", "coop", "museum", "one", "gmbh", "photo", "photos", "video", "studio", "design", "art",
          "me");

  private static final Set<String> COUNTRY = Set.of((
      "ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv bw"
          + " by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er es"
          + " et fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id"
          + " ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu"
          + " lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no"
          + " np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si"
          + " sj sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug um us"
          + " uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw uk eu ac su").split(" "));

  private TopLevelDomains() {}

  static boolean known(String label) {
    return label.length() == 2 ? COUNTRY.contains(label) : GENERIC.contains(label);
  }

  /** The generic domains as a regex alternation, longest first, for the obfuscated pattern. */
  static String alternation() {
    return String.join("|", GENERIC.stream().sorted((a, b) -> b.length() - a.length()).toList()) + "|[a-z]{2}"; // two letters checked by known()
  }
}
