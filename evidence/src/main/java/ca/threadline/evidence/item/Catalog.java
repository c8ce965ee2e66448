package ca.threadline.evidence.item;

import ca.threadline.evidence.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evidence a custody log holds, derived from its committed entries alone (the log is the
 * catalogue: there is no second record to fall out of step with it). Entries that fail to parse as
 * items are skipped here; {@code verify} reports them.
 */
public final class Catalog {
  private final Map<String, Item> items = new LinkedHashMap<>();
  private final Map<String, List<Item>> byAct = new HashMap<>();
  private final Map<String, ObjectNode> acts = new LinkedHashMap<>();
  private final Map<String, String> imports = new HashMap<>();
  private final Set<String> importedPaths = new java.util.HashSet<>();
  private final Map<String, List<ObjectNode>> deletionRequests = new HashMap<>();
  private final Set<String> cases = new LinkedHashSet<>();

  public static Catalog of(List<ObjectNode> entries) {
    Catalog c = new Catalog();
    for (ObjectNode e : entries) {
      c.add(e);
    }
    return c;
  }

  public void add(ObjectNode e) {
    if (e == null) {
      return;
    }
    String type = Json.text(e, "type");
    if ("item".equals(type)) {
      try {
        Item i = Item.fromEntry(e);
        if (items.putIfAbsent(i.id(), i) == null && i.actId() != null) {
          byAct.computeIfAbsent(i.actId(), k -> new ArrayList<>()).add(i);
        }
        cases.add(i.caseName());
      } catch (IllegalArgumentException ex) {
        // reported by verify
      }
    } else if ("act".equals(type)) {
      String actId = Json.text(e, "act_id");
      if (actId != null) {
        acts.put(actId, e);
      }
      String c = Json.text(e, "case");
      if (c != null) {
        cases.add(c);
      }
      String act = Json.text(e, "act");
      if ("import".equals(act)) {
        JsonNode in = e.path("input");
        String key = importKey(c, Json.text(in, "path"), Json.text(in, "sha256"));
        imports.putIfAbsent(key, actId);
        importedPaths.add(c + "\n" + Json.text(in, "path"));
      } else if ("deletion-request".equals(act)) {
        String item = Json.text(e, "item");
        if (item != null) {
          deletionRequests.computeIfAbsent(item, k -> new ArrayList<>()).add(e);
        }
      }
    }
  }

  private static String importKey(String caseName, String path, String sha256) {
    return caseName + "\n" + path + "\n" + sha256;
  }

  /** The import act that already brought this file (same path, same bytes) into the case, or null. */
  public String importedBy(String caseName, String path, String sha256) {
    return imports.get(importKey(caseName, path, sha256));
  }

  /** Whether the case has an import act of a file at this path (with any bytes). */
  public boolean importedFrom(String caseName, String path) {
    return importedPaths.contains(caseName + "\n" + path);
  }

  public Item item(String id) {
    return items.get(id);
  }

  public boolean contains(String id) {
    return items.containsKey(id);
  }

  public List<Item> items() {
    return List.copyOf(items.values());
  }

  public List<Item> items(String caseName) {
    List<Item> out = new ArrayList<>();
    for (Item i : items.values()) {
      if (i.caseName().equals(caseName)) {
        out.add(i);
      }
    }
    return out;
  }

  public List<Item> itemsOfAct(String actId) {
    return List.copyOf(byAct.getOrDefault(actId, List.of()));
  }

  public ObjectNode act(String actId) {
    return acts.get(actId);
  }

  public boolean deletionRequested(String itemId) {
    return deletionRequests.containsKey(itemId);
  }

  public List<ObjectNode> deletionRequests(String itemId) {
    return deletionRequests.getOrDefault(itemId, List.of());
  }

  public Set<String> cases() {
    return Set.copyOf(cases);
  }

  public boolean hasCase(String caseName) {
    return cases.contains(caseName);
  }
}
