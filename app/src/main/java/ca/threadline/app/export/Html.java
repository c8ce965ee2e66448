package ca.threadline.app.export;

/**
 * Escaping for the dossier's HTML. Everything that comes from a case (ad text, URLs, file names,
 * selector values, template text) goes through {@link #text}: scraped material is shown as text,
 * never interpreted as markup, and the page carries a Content-Security-Policy that forbids
 * scripts, so even a mistake here could not run anything.
 */
final class Html {
  private Html() {}

  /** Escapes for element content and quoted attribute values. */
  static String text(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        case '\u0000' -> b.append('\uFFFD');
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
