package ca.threadline.spark.io;

/**
 * JSON string literals written byte for byte as the application's output ({@code ClusterJson},
 * Jackson with default escaping): quote, backslash and control characters escaped ({@code \b \t
 * \n \f \r} short, others as {@code \}{@code u00XX} in upper case), everything else — characters
 * outside the BMP included — left as is, to be written as UTF-8.
 */
public final class JsonText {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private JsonText() {}

  public static StringBuilder string(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\b' -> b.append("\\b");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\f' -> b.append("\\f");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20) {
            b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"');
  }
}
