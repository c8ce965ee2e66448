package ca.threadline.extract.email;

import java.util.Set;

/**
 * Top-level domains an address may end in: every two-letter country code (by shape) and the
 * generic domains seen in ads and job ads. A known list rather than "any letters" so that a
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

  private TopLevelDomains() {}

  static boolean known(String label) {
    int n = label.length();
    if (n == 2) {
      return Character.isLetter(label.charAt(0)) && Character.isLetter(label.charAt(1));
    }
    return GENERIC.contains(label);
  }

  /** The generic domains as a regex alternation, longest first, for the obfuscated pattern. */
  static String alternation() {
    return String.join("|", GENERIC.stream().sorted((a, b) -> b.length() - a.length()).toList()) + "|[a-z]{2}";
  }
}
