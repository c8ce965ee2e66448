package ca.threadline.evidence.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes strings taken from untrusted input safe for canonical JSON: a lone UTF-16 surrogate (which
 * no UTF-8 byte sequence can carry) becomes U+FFFD. Applied to every entry before it is committed.
 */
public final class JsonClean {
  private JsonClean() {}

  public static String clean(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean lone =
          Character.isHighSurrogate(c) ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
              : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
      if (lone) {
        if (sb == null) {
          sb = new StringBuilder(s.length()).append(s, 0, i);
        }
        sb.append('\uFFFD');
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  public static void deep(JsonNode node) {
    if (node instanceof ObjectNode o) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      o.fields().forEachRemaining(fields::add);
      for (Map.Entry<String, JsonNode> f : fields) {
        String k = clean(f.getKey());
        JsonNode v = f.getValue();
        if (v.isTextual()) {
          v = TextNode.valueOf(clean(v.textValue()));
        } else {
          deep(v);
        }
        if (!k.equals(f.getKey())) {
          o.remove(f.getKey());
        }
        o.set(k, v);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        JsonNode v = a.get(i);
        if (v.isTextual()) {
          a.set(i, TextNode.valueOf(clean(v.textValue())));
        } else {
          deep(v);
        }
      }
    }
  }
}
