package ca.threadline.spark.ads;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one {@code threadline cluster} input line with the same rules as the embedded command
 * ({@code app/link/AdInput} and {@code app/json/JsonRecords}): {@code id} (a string, or an integer
 * read as its decimal string) and {@code text} are required; {@code posted_at} must be ISO-8601
 * when present; {@code city} a string; {@code image_hashes} an array of strings. A line that the
 * embedded command skips is reported here with the same reason, so both accept exactly the same
 * ads. Uses the Jackson that Spark ships (never the application's). Not thread-safe: one per task.
 */
final class AdLineParser {
  private final ObjectMapper mapper = new ObjectMapper();

  /** A parsed line: an ad, nothing (blank line) or a problem. */
  record Parsed(ParsedAd ad, String problem) {
    static final Parsed BLANK = new Parsed(null, null);
  }

  /** The fields linking uses. */
  record ParsedAd(String id, String text, String city, List<String> imageHashes) {}

  Parsed parse(String line) {
    if (line.isBlank()) {
      return Parsed.BLANK;
    }
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      long col = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
      String why = e.getOriginalMessage();
      int nl = why.indexOf('\n');
      why = nl < 0 ? why : why.substring(0, nl);
      return problem("invalid JSON" + (col > 0 ? " at column " + col : "") + ": " + why);
    }
    if (!(node instanceof ObjectNode obj)) {
      return problem("expected a JSON object, found " + describe(node));
    }
    try {
      String id = id(obj);
      String text = required(obj, "text");
      String posted = string(obj, "posted_at");
      if (posted != null) {
        checkTime(posted);
      }
      return new Parsed(new ParsedAd(id, text, string(obj, "city"), imageHashes(obj)), null);
    } catch (FieldException e) {
      return problem(e.getMessage());
    }
  }

  /** Checks the fields of a record read from Parquet (nulls for absent values). */
  static String checkRecord(String id, String text) {
    if (id == null) {
      return "missing \"id\"";
    }
    if (text == null) {
      return "missing \"text\"";
    }
    return null;
  }

  private static Parsed problem(String why) {
    return new Parsed(null, why);
  }

  private static String id(ObjectNode node) {
    JsonNode v = node.get("id");
    if (v != null && v.isIntegralNumber()) {
      return v.bigIntegerValue().toString();
    }
    return required(node, "id");
  }

  private static String required(ObjectNode node, String name) {
    String s = string(node, name);
    if (s == null) {
      throw new FieldException("missing \"" + name + "\"");
    }
    return s;
  }

  private static String string(ObjectNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    throw new FieldException(name + " must be a string, found " + describe(v));
  }

  private static List<String> imageHashes(ObjectNode node) {
    JsonNode v = node.get("image_hashes");
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new FieldException("image_hashes must be an array of strings");
    }
    List<String> out = new ArrayList<>(v.size());
    for (JsonNode h : v) {
      if (!h.isTextual()) {
        throw new FieldException("image_hashes must be an array of strings");
      }
      out.add(h.textValue());
    }
    return out;
  }

  /** ISO-8601 with offset, without offset (UTC) or a bare date, as the embedded command. */
  static void checkTime(String s) {
    try {
      OffsetDateTime.parse(s);
      return;
    } catch (DateTimeParseException e) {
      // try the zone-less forms below
    }
    try {
      LocalDateTime.parse(s);
      return;
    } catch (DateTimeParseException e) {
      // try a date
    }
    try {
      LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new FieldException("posted_at is not an ISO-8601 time: \"" + (s.length() <= 40 ? s : s.substring(0, 40) + "…") + "\"");
    }
  }

  private static String describe(JsonNode n) {
    return n == null ? "nothing" : n.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static final class FieldException extends RuntimeException {
    FieldException(String message) {
      super(message);
    }
  }
}
