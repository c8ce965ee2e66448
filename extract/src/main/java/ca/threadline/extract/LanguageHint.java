package ca.threadline.extract;

/** What the caller says about the language: let the detector decide, or force one. */
public enum LanguageHint {
  AUTO,
  EN,
  FR;

  public static LanguageHint parse(String s) {
    return switch (s.toLowerCase(java.util.Locale.ROOT)) {
      case "auto" -> AUTO;
      case "en" -> EN;
      case "fr" -> FR;
      default -> throw new IllegalArgumentException("--lang must be auto, en or fr, not '" + s + "'");
    };
  }
}
