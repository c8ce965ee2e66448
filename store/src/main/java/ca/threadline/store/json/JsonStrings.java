package ca.threadline.store.json;

import ca.threadline.core.io.JsonQuote;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON arrays of strings, the only JSON the store itself reads and writes (tying and ignored
 * selectors of a network). Other JSON columns are opaque to the store.
 */
public final class JsonStrings {
  private JsonStrings() {}

  public static String write(List<String> values) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      JsonQuote.quote(b, values.get(i));
    }
    return b.append(']').toString();
  }

  /**
   * Reads what {@link #write} wrote (and any JSON array of strings).
   *
   * @throws IllegalArgumentException naming the position, for anything else (truncated, not an
   *     array of strings, bad escape)
   */
  public static List<String> read(String json) {
    try {
      return parse(json);
    } catch (IndexOutOfBoundsException | NumberFormatException e) {
      throw new IllegalArgumentException("truncated or malformed JSON array of strings: " + e.getMessage(), e);
    }
  }

  private static List<String> parse(String json) {
    List<String> out = new ArrayList<>();
    int i = skip(json, 0);
    if (i >= json.length() || json.charAt(i) != '[') {
      throw new IllegalArgumentException("not a JSON array of strings: " + json);
    }
    i = skip(json, i + 1);
    if (i < json.length() && json.charAt(i) == ']') {
      return out;
    }
    while (true) {
      if (i >= json.length() || json.charAt(i) != '"') {
        throw new IllegalArgumentException("expected a string at " + i + " in " + json);
      }
      StringBuilder s = new StringBuilder();
      i++;
      while (json.charAt(i) != '"') {
        char ch = json.charAt(i++);
        if (ch == '\\') {
          char e = json.charAt(i++);
          switch (e) {
            case 'n' -> s.append('\n');
            case 'r' -> s.append('\r');
            case 't' -> s.append('\t');
            case 'b' -> s.append('\b');
            case 'f' -> s.append('\f');
            case 'u' -> {
              s.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
              i += 4;
            }
            default -> s.append(e);
          }
        } else {
          s.append(ch);
        }
      }
      out.add(s.toString());
      i = skip(json, i + 1);
      if (json.charAt(i) == ']') {
        return out;
      }
      if (json.charAt(i) != ',') {
        throw new IllegalArgumentException("expected , or ] at " + i + " in " + json);
      }
      i = skip(json, i + 1);
    }
  }

  private static int skip(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
