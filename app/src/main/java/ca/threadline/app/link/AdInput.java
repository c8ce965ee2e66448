package ca.threadline.app.link;

import ca.threadline.app.json.JsonRecords;
import ca.threadline.core.selector.Selector;
import ca.threadline.link.engine.AdRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one {@code threadline cluster} input record: {@code id}, {@code text} (required),
 * {@code posted_at}, {@code city}, {@code image_hashes} (optional; other fields are ignored).
 */
final class AdInput {
  private AdInput() {}

  /** Builds the ad; throws {@link JsonRecords.FieldException} naming the bad field. */
  static AdRecord read(ObjectNode node, List<Selector> selectors) {
    String id = JsonRecords.id(node);
    String text = JsonRecords.requiredString(node, "text");
    String posted = JsonRecords.string(node, "posted_at");
    String city = JsonRecords.string(node, "city");
    return new AdRecord(id, text, posted == null ? null : time(posted), city, selectors, imageHashes(node));
  }

  /**
   * ISO-8601 with offset ({@code 2026-01-05T04:23:11Z}, {@code ...-05:00}); without offset, or a
   * bare date, it is read as UTC.
   */
  static Instant time(String s) {
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      // try the zone-less forms below
    }
    try {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // try a date
    }
    try {
      return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new JsonRecords.FieldException("posted_at is not an ISO-8601 time: \"" + abbreviate(s) + "\"");
    }
  }

  private static List<String> imageHashes(ObjectNode node) {
    JsonNode v = node.get("image_hashes");
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new JsonRecords.FieldException("image_hashes must be an array of strings");
    }
    List<String> out = new ArrayList<>(v.size());
    for (JsonNode h : v) {
      if (!h.isTextual()) {
        throw new JsonRecords.FieldException("image_hashes must be an array of strings");
      }
      out.add(h.textValue());
    }
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
