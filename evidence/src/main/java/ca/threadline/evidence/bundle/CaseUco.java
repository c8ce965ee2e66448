package ca.threadline.evidence.bundle;

import ca.threadline.evidence.item.Item;
import ca.threadline.evidence.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The bundle's manifest as CASE/UCO JSON-LD (CASE 1.x, UCO 1.x): the case as a
 * {@code case-investigation:Investigation}; each capture, import, export and deletion request as a
 * {@code case-investigation:InvestigativeAction} (performer, instrument, start time, objects and
 * results); each item as a {@code uco-observable:File} with a {@code FileFacet} and a
 * {@code ContentDataFacet} carrying its SHA-256 ({@code uco-types:Hash}, method from
 * {@code uco-vocabulary:HashNameVocab}); each item's chain of custody as a
 * {@code case-investigation:ProvenanceRecord} with the item id as exhibit number. Web sources
 * are {@code uco-observable:URL} objects. Every node has an IRI ({@code urn:uuid:}, derived from
 * the item or act id so that re-exports name the same things alike).
 */
public final class CaseUco {
  private CaseUco() {}

  public static ObjectNode build(String caseName, List<JsonNode> acts, List<Item> items, Map<String, String> itemFiles, String software) {
    ObjectNode doc = Json.object();
    ObjectNode ctx = doc.putObject("@context");
    ctx.put("kb", "urn:uuid:");
    ctx.put("case-investigation", "https://ontology.caseontology.org/case/investigation/");
    ctx.put("uco-action", "https://ontology.unifiedcyberontology.org/uco/action/");
    ctx.put("uco-core", "https://ontology.unifiedcyberontology.org/uco/core/");
    ctx.put("uco-identity", "https://ontology.unifiedcyberontology.org/uco/identity/");
    ctx.put("uco-observable", "https://ontology.unifiedcyberontology.org/uco/observable/");
    ctx.put("uco-tool", "https://ontology.unifiedcyberontology.org/uco/tool/");
    ctx.put("uco-types", "https://ontology.unifiedcyberontology.org/uco/types/");
    ctx.put("uco-vocabulary", "https://ontology.unifiedcyberontology.org/uco/vocabulary/");
    ctx.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    ArrayNode graph = doc.putArray("@graph");

    String tool = id("tool", software);
    ObjectNode t = graph.addObject();
    t.put("@id", tool);
    t.put("@type", "uco-tool:Tool");
    t.put("uco-core:name", "Threadline");
    t.put("uco-tool:version", software);
    t.put("uco-tool:toolType", "evidence capture, preservation and chain of custody");

    Map<String, String> people = new LinkedHashMap<>();
    Map<String, String> urls = new LinkedHashMap<>();
    Map<String, String> fileNodes = new LinkedHashMap<>();
    ArrayNode all = Json.array();

    for (Item i : items) {
      String fid = id("file", i.id());
      fileNodes.put(i.id(), fid);
      ObjectNode f = graph.addObject();
      f.put("@id", fid);
      f.put("@type", "uco-observable:File");
      f.put("uco-core:name", i.kind() + " " + i.id());
      f.put("uco-core:description", "Threadline item " + i.id() + " (" + i.kind() + ") from " + i.source());
      ArrayNode facets = f.putArray("uco-core:hasFacet");
      ObjectNode ff = facets.addObject();
      ff.put("@id", id("file-facet", i.id()));
      ff.put("@type", "uco-observable:FileFacet");
      ff.put("uco-observable:fileName", itemFiles.getOrDefault(i.id(), i.sha256()));
      ff.set("uco-observable:sizeInBytes", typed("xsd:integer", Long.toString(i.size())));
      ObjectNode cd = facets.addObject();
      cd.put("@id", id("content-facet", i.id()));
      cd.put("@type", "uco-observable:ContentDataFacet");
      if (i.mediaType() != null) {
        cd.put("uco-observable:mimeType", i.mediaType());
      }
      cd.set("uco-observable:sizeInBytes", typed("xsd:integer", Long.toString(i.size())));
      ObjectNode h = cd.putArray("uco-observable:hash").addObject();
      h.put("@id", id("hash", i.id()));
      h.put("@type", "uco-types:Hash");
      h.set("uco-types:hashMethod", typed("uco-vocabulary:HashNameVocab", "SHA256"));
      h.set("uco-types:hashValue", typed("xsd:hexBinary", i.sha256()));
      all.addObject().put("@id", fid);
      if (i.source() != null && (i.source().startsWith("http://") || i.source().startsWith("https://"))) {
        urls.computeIfAbsent(i.source(), u -> id("url", u));
      }
    }
    for (Map.Entry<String, String> u : urls.entrySet()) {
      ObjectNode n = graph.addObject();
      n.put("@id", u.getValue());
      n.put("@type", "uco-observable:URL");
      ObjectNode facet = n.putArray("uco-core:hasFacet").addObject();
      facet.put("@id", id("url-facet", u.getKey()));
      facet.put("@type", "uco-observable:URLFacet");
      facet.put("uco-observable:fullValue", u.getKey());
      all.addObject().put("@id", u.getValue());
    }
    for (JsonNode a : acts) {
      String actId = Json.text(a, "act_id");
      String act = Json.text(a, "act");
      if (actId == null || act == null) {
        continue;
      }
      String aid = id("action", actId);
      ObjectNode n = graph.addObject();
      n.put("@id", aid);
      n.put("@type", "case-investigation:InvestigativeAction");
      n.put("uco-core:name", act);
      n.put("uco-core:description", describe(a));
      n.set("uco-action:startTime", typed("xsd:dateTime", Json.text(a, "time")));
      String operator = Json.text(a, "operator");
      if (operator != null) {
        String pid = people.computeIfAbsent(operator, o -> id("person", o));
        n.putObject("uco-action:performer").put("@id", pid);
      }
      n.putArray("uco-action:instrument").addObject().put("@id", tool);
      ArrayNode objects = Json.array();
      String url = Json.text(a, "url");
      if (url != null && urls.containsKey(url)) {
        objects.addObject().put("@id", urls.get(url));
      }
      String target = Json.text(a, "item");
      if (target != null && fileNodes.containsKey(target)) {
        objects.addObject().put("@id", fileNodes.get(target));
      }
      if (!objects.isEmpty()) {
        n.set("uco-action:object", objects);
      }
      ArrayNode results = Json.array();
      for (Item i : items) {
        if (actId.equals(i.actId())) {
          results.addObject().put("@id", fileNodes.get(i.id()));
        }
      }
      if (!results.isEmpty()) {
        n.set("uco-action:result", results);
      }
      all.addObject().put("@id", aid);
    }
    for (Map.Entry<String, String> p : people.entrySet()) {
      ObjectNode n = graph.addObject();
      n.put("@id", p.getValue());
      n.put("@type", "uco-identity:Person");
      n.put("uco-core:name", p.getKey());
      all.addObject().put("@id", p.getValue());
    }
    for (Item i : items) {
      ObjectNode pr = graph.addObject();
      String prid = id("provenance", i.id());
      pr.put("@id", prid);
      pr.put("@type", "case-investigation:ProvenanceRecord");
      pr.put("case-investigation:exhibitNumber", i.id());
      if (i.parent() != null) {
        pr.put("case-investigation:rootExhibitNumber", root(i, items));
      }
      pr.put("uco-core:description", "custody log entry " + i.seq() + "; captured " + i.capturedAt() + " from " + i.source());
      ArrayNode objs = pr.putArray("uco-core:object");
      objs.addObject().put("@id", fileNodes.get(i.id()));
      if (i.actId() != null) {
        objs.addObject().put("@id", id("action", i.actId()));
      }
      all.addObject().put("@id", prid);
    }
    ObjectNode inv = graph.insertObject(0);
    inv.put("@id", id("investigation", caseName));
    inv.put("@type", "case-investigation:Investigation");
    inv.put("uco-core:name", caseName);
    inv.put("case-investigation:focus", "evidence bundle exported by Threadline");
    inv.set("uco-core:object", all);
    return doc;
  }

  private static String root(Item i, List<Item> items) {
    Map<String, Item> byId = new LinkedHashMap<>();
    for (Item x : items) {
      byId.put(x.id(), x);
    }
    Item cur = i;
    for (int guard = 0; guard < 64 && cur.parent() != null && byId.containsKey(cur.parent()); guard++) {
      cur = byId.get(cur.parent());
    }
    return cur.id();
  }

  private static String describe(JsonNode a) {
    String act = Json.text(a, "act");
    return switch (act) {
      case "capture" -> "capture of " + Json.text(a, "url") + " with User-Agent \"" + Json.text(a, "user_agent") + "\"";
      case "import" -> "import of " + Json.text(a.path("input"), "path") + " (SHA-256 " + Json.text(a.path("input"), "sha256") + ")";
      case "deletion-request" -> "deletion requested for item " + Json.text(a, "item") + ": " + Json.text(a, "reason");
      default -> act;
    };
  }

  private static ObjectNode typed(String type, String value) {
    ObjectNode o = Json.object();
    o.put("@type", type);
    o.put("@value", value);
    return o;
  }

  private static String id(String kind, String key) {
    return "kb:" + UUID.nameUUIDFromBytes((kind + "\n" + key).getBytes(StandardCharsets.UTF_8));
  }
}
