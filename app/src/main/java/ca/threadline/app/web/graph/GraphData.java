package ca.threadline.app.web.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Nodes and edges for the graph view (Cytoscape.js elements). Node ids name the entity:
 * {@code doc:<id>}, {@code sel:<type>:<value>}, {@code cluster:<key>}, {@code network:<key>}.
 * Adding a node or edge twice keeps the first.
 */
public final class GraphData {
  /** A node: its id, kind (doc, phone, email, handle, btc, eth, url, cluster, network), label and page. */
  public record Node(String id, String kind, String label, String href, String detail) {}

  public record Edge(String source, String target, String kind) {
    public String id() {
      return source + "|" + target;
    }
  }

  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final Map<String, Edge> edges = new LinkedHashMap<>();
  private boolean truncated;

  public Node add(Node n) {
    return nodes.putIfAbsent(n.id(), n) == null ? n : nodes.get(n.id());
  }

  public void link(String a, String b, String kind) {
    if (Objects.equals(a, b) || !nodes.containsKey(a) || !nodes.containsKey(b)) {
      return;
    }
    String x = a.compareTo(b) < 0 ? a : b;
    String y = x.equals(a) ? b : a;
    edges.putIfAbsent(x + "|" + y, new Edge(a, b, kind));
  }

  public void truncated() {
    truncated = true;
  }

  public boolean isTruncated() {
    return truncated;
  }

  public List<Node> nodes() {
    return new ArrayList<>(nodes.values());
  }

  public List<Edge> edges() {
    return new ArrayList<>(edges.values());
  }

  public boolean has(String id) {
    return nodes.containsKey(id);
  }

  /** The Cytoscape.js elements JSON: {@code {"nodes":[{"data":{...}}],"edges":[...],"truncated":bool}}. */
  public Map<String, Object> json() {
    List<Map<String, Object>> ns = new ArrayList<>();
    for (Node n : nodes.values()) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("id", n.id());
      d.put("kind", n.kind());
      d.put("label", n.label());
      d.put("href", n.href());
      d.put("detail", n.detail());
      ns.add(Map.of("data", d));
    }
    List<Map<String, Object>> es = new ArrayList<>();
    for (Edge e : edges.values()) {
      es.add(Map.of("data", Map.of("id", e.id(), "source", e.source(), "target", e.target(), "kind", e.kind())));
    }
    return Map.of("nodes", ns, "edges", es, "truncated", truncated);
  }
}
