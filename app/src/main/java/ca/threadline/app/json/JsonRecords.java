package ca.threadline.app.json;

import ca.threadline.core.io.InputProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Parses one JSON Lines record and reads its fields, turning every defect into an {@link InputProblem}. */
public final class JsonRecords {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonRecords() {}

  /** The outcome of parsing one line. */
  public sealed interface Parsed {}

  public record Record(long line, ObjectNode node) implements Parsed {}

  public record Blank(long line) implements Parsed {}

  public record Problem(InputProblem problem) implements Parsed {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static Parsed parse(String source, long line, String text) {
    if (text.isBlank()) {
      return new Blank(line);
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      long col = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
      String why = e.getOriginalMessage();
      int nl = why.indexOf('\n');
      why = nl < 0 ? why : why.substring(0, nl);
      return new Problem(new InputProblem(source, line, "invalid JSON" + (col > 0 ? " at column " + col : "") + ": " + why));
    }
    if (!(node instanceof ObjectNode obj)) {
      return new Problem(new InputProblem(source, line, "expected a JSON object, found " + describe(node)));
    }
    return new Record(line, obj);
  }

  /** The string field {@code name}, or {@code null} when absent or null. */
  public static String string(ObjectNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    throw new FieldException(name + " must be a string, found " + describe(v));
  }

  /**
   * The record's {@code id}: a string, or an integer written as a decimal string (ids are often
   * numeric in exports). Required.
   */
  public static String id(ObjectNode node) {
    JsonNode v = node.get("id");
    if (v != null && v.isIntegralNumber()) {
      return v.bigIntegerValue().toString();
    }
    return requiredString(node, "id");
  }

  /** Like {@link #string} but the field must be present. */
  public static String requiredString(ObjectNode node, String name) {
    String s = string(node, name);
    if (s == null) {
      throw new FieldException("missing \"" + name + "\"");
    }
    return s;
  }

  private static String describe(JsonNode n) {
    return n == null ? "nothing" : n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** A field is missing or has the wrong type. */
  public static final class FieldException extends RuntimeException {
    public FieldException(String message) {
      super(message);
    }
  }
}
