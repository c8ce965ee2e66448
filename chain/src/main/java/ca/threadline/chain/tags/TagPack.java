package ca.threadline.chain.tags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A GraphSense TagPack: a header and a list of tags. Any tag field may sit in the header, where
 * every tag inherits it unless the tag sets its own (graphsense-lib
 * {@code tagpack/conf/tagpack_schema.yaml}). Fields are kept exactly as read, unknown ones too,
 * so export gives back the same content.
 *
 * @param header every top-level field but {@code tags}, in file order
 * @param tags each tag's own fields, in file order
 * @param tagLines the line of each tag in its file (0 when not read from a file)
 */
public record TagPack(ObjectNode header, List<ObjectNode> tags, List<Integer> tagLines) {
  /** Header fields that describe the pack itself and are not inherited by tags. */
  static final Set<String> PACK_ONLY = Set.of("title", "creator", "description", "owner", "is_public", "tags");

  public String title() {
    return header.path("title").asText();
  }

  /** Tag {@code i} with inherited header fields filled in. */
  public ObjectNode effective(int i) {
    ObjectNode e = tags.get(i).objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = header.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (!PACK_ONLY.contains(f.getKey())) {
        e.set(f.getKey(), f.getValue());
      }
    }
    tags.get(i).fields().forEachRemaining(f -> e.set(f.getKey(), f.getValue()));
    return e;
  }

  public List<ObjectNode> effectiveTags() {
    List<ObjectNode> l = new ArrayList<>();
    for (int i = 0; i < tags.size(); i++) {
      l.add(effective(i));
    }
    return l;
  }
}
