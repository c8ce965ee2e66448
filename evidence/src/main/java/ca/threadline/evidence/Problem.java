package ca.threadline.evidence;

import ca.threadline.evidence.json.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One thing {@code verify} found wrong, as the contract prints it: {@code {"problem", "item" |
 * "entry" | "file", "detail"}}. {@code item} is an evidence item id, {@code entry} a custody log
 * entry number (its leaf index), {@code file} a path relative to the data home or bundle.
 */
public record Problem(String problem, String item, Long entry, String file, String detail) {
  public static Problem ofItem(String problem, String item, String file, String detail) {
    return new Problem(problem, item, null, file, detail);
  }

  public static Problem ofEntry(String problem, long entry, String file, String detail) {
    return new Problem(problem, null, entry, file, detail);
  }

  public static Problem ofFile(String problem, String file, String detail) {
    return new Problem(problem, null, null, file, detail);
  }

  public ObjectNode toJson() {
    ObjectNode o = Json.object();
    o.put("problem", problem);
    if (item != null) {
      o.put("item", item);
    }
    if (entry != null) {
      o.put("entry", entry);
    }
    if (file != null) {
      o.put("file", file);
    }
    o.put("detail", detail);
    return o;
  }

  @Override
  public String toString() {
    return Json.write(toJson());
  }
}
