package ca.threadline.app.web.view;

import gg.jte.Content;

/**
 * HTML the workbench builds in Java (highlighted text and snippets). Everything that comes from
 * data passes through {@link #escape}; the only raw markup is the workbench's own tags. Escaping
 * covers text and double-quoted attribute values (OWASP XSS Prevention Cheat Sheet rules 1 and 2).
 */
public final class Html {
  private Html() {}

  /** Escapes {@code & < > " '} and drops characters HTML forbids (controls other than tab, LF, CR; lone surrogates). */
  public static String escape(CharSequence s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    appendEscaped(b, s, 0, s.length());
    return b.toString();
  }

  public static void appendEscaped(StringBuilder b, CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
  }

  /** Markup built by the workbench from escaped parts, for a template to output as is. */
  public static Content trusted(String html) {
    return output -> output.writeContent(html);
  }
}
