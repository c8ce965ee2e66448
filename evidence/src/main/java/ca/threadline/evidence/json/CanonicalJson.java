package ca.threadline.evidence.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Canonical JSON for custody log entries: the subset of RFC 8785 (JSON Canonicalization Scheme)
 * that entries need. Object members sorted by their names' UTF-16 code units, no insignificant
 * whitespace, strings escaped only where JSON requires it ({@code \"}, {@code \\}, control
 * characters, with the short forms {@code \b \t \n \f \r}), everything else raw UTF-8, and
 * integers only: entries carry no floating-point numbers, so no number has two spellings.
 *
 * <p>Invariant: {@code canonical(parse(canonical(x))) == canonical(x)} byte for byte, so a
 * verifier can re-canonicalise a stored line and insist on identical bytes.
 */
public final class CanonicalJson {
  private CanonicalJson() {}

  /** The canonical UTF-8 bytes of {@code node}; throws {@link IllegalArgumentException} for floats or lone surrogates. */
  public static byte[] bytes(JsonNode node) {
    StringBuilder sb = new StringBuilder(256);
    write(node, sb);
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static String string(JsonNode node) {
    StringBuilder sb = new StringBuilder(256);
    write(node, sb);
    return sb.toString();
  }

  private static void write(JsonNode node, StringBuilder sb) {
    switch (node.getNodeType()) {
      case OBJECT -> {
        ObjectNode o = (ObjectNode) node;
        List<String> names = new ArrayList<>(o.size());
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
          names.add(it.next());
        }
        names.sort(null); // String.compareTo: UTF-16 code unit order, as RFC 8785 §3.2.3
        sb.append('{');
        boolean first = true;
        for (String name : names) {
          if (!first) {
            sb.append(',');
          }
          first = false;
          string(name, sb);
          sb.append(':');
          write(o.get(name), sb);
        }
        sb.append('}');
      }
      case ARRAY -> {
        ArrayNode a = (ArrayNode) node;
        sb.append('[');
        for (int i = 0; i < a.size(); i++) {
          if (i > 0) {
            sb.append(',');
          }
          write(a.get(i), sb);
        }
        sb.append(']');
      }
      case STRING -> string(node.textValue(), sb);
      case NUMBER -> {
        if (!node.isIntegralNumber()) {
          throw new IllegalArgumentException("canonical entries hold integers only, not " + node);
        }
        sb.append(node.bigIntegerValue().toString());
      }
      case BOOLEAN -> sb.append(node.booleanValue() ? "true" : "false");
      case NULL -> sb.append("null");
      default -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
    }
  }

  private static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\b' -> sb.append("\\b");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\f' -> sb.append("\\f");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else if (Character.isHighSurrogate(c)) {
            if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
              throw new IllegalArgumentException("lone surrogate in string");
            }
            sb.append(c).append(s.charAt(++i));
          } else if (Character.isLowSurrogate(c)) {
            throw new IllegalArgumentException("lone surrogate in string");
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
