package ca.threadline.evidence.item;

import ca.threadline.evidence.json.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An item prepared by a capture or an import, not yet committed. */
public record NewItem(
    String id,
    String sha256,
    long size,
    String kind,
    String mediaType,
    String source,
    String capturedAt,
    Location location,
    String parent,
    ObjectNode meta) {

  /** The custody log entry for this item (its {@code seq} is added when committed). */
  public ObjectNode toEntry(String caseName, String actId) {
    ObjectNode e = Json.object();
    e.put("v", 1);
    e.put("type", "item");
    e.put("act_id", actId);
    e.put("case", caseName);
    e.put("id", id);
    e.put("sha256", sha256);
    e.put("size", size);
    e.put("kind", kind);
    if (mediaType != null) {
      e.put("media_type", mediaType);
    }
    e.put("source", source);
    e.put("captured_at", capturedAt);
    e.set("location", location.toJson());
    if (parent != null) {
      e.put("parent", parent);
    }
    if (meta != null && !meta.isEmpty()) {
      e.set("meta", meta);
    }
    return e;
  }
}
