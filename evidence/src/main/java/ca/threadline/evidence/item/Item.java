package ca.threadline.evidence.item;

import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.Hex;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One piece of evidence as its custody log entry records it: one acquisition of some bytes (the
 * same bytes acquired twice are two items sharing one blob and one {@code sha256}).
 *
 * @param seq the entry that recorded it
 * @param sha256 hex SHA-256 of the original bytes as received (for a WARC response: its HTTP payload)
 * @param kind what it is: warc, har, jsonl, http-response, warc-resource, screenshot, ad, image, pdf, html, text, file
 * @param source where it came from: a URL, or the path it was imported from (with {@code #L<line>} for a line)
 * @param capturedAt when it was captured from its source (ISO-8601), as well as Threadline knows
 * @param parent the item it was found in or linked to (a WARC file, an ad, a page), or null
 */
public record Item(
    long seq,
    String id,
    String caseName,
    String actId,
    String sha256,
    long size,
    String kind,
    String mediaType,
    String source,
    String capturedAt,
    Location location,
    String parent,
    JsonNode meta) {

  /** The item an entry records, or null when the entry is not an item entry. */
  public static Item fromEntry(ObjectNode e) {
    if (e == null || !"item".equals(Json.text(e, "type"))) {
      return null;
    }
    String sha = Json.text(e, "sha256");
    if (!Hex.isSha256(sha)) {
      throw new IllegalArgumentException("item entry without a valid sha256");
    }
    return new Item(
        Json.longValue(e, "seq", -1),
        require(e, "id"),
        require(e, "case"),
        Json.text(e, "act_id"),
        sha,
        Json.longValue(e, "size", -1),
        require(e, "kind"),
        Json.text(e, "media_type"),
        Json.text(e, "source"),
        Json.text(e, "captured_at"),
        Location.fromJson(e.path("location")),
        Json.text(e, "parent"),
        e.get("meta"));
  }

  private static String require(ObjectNode e, String f) {
    String v = Json.text(e, f);
    if (v == null) {
      throw new IllegalArgumentException("item entry lacks \"" + f + "\"");
    }
    return v;
  }

  /** The contract line of {@code threadline evidence list} (CONTRACTS.md §3), plus added fields. */
  public ObjectNode listJson(boolean deletionRequested) {
    ObjectNode o = Json.object();
    o.put("id", id);
    o.put("sha256", sha256);
    o.put("kind", kind);
    o.put("source", source);
    o.put("captured_at", capturedAt);
    o.put("size", size);
    if (mediaType != null) {
      o.put("media_type", mediaType);
    }
    if (parent != null) {
      o.put("parent", parent);
    }
    o.put("case", caseName);
    o.put("entry", seq);
    if (deletionRequested) {
      o.put("deletion_requested", true);
    }
    return o;
  }
}
