package ca.threadline.core.io;

/**
 * Writes a Java string as a JSON string literal (RFC 8259 §7: quote, backslash and control
 * characters escaped; everything else, including non-ASCII, as is). For the few places that write
 * small JSON by hand without a JSON library: generated corpora and the store's string arrays.
 */
public final class JsonQuote {
  private JsonQuote() {}

  public static void quote(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
