package ca.threadline.app.web.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The shortest chain of links between two entities of a case (a phone and a wallet, two ads, two
 * networks), computed on the server with JGraphT. The graph is discovered from both ends at once,
 * one breadth-first level at a time ({@link CaseGraph#expand}, each a checked and audited store
 * read), until the two searches meet or the budget of expansions is spent; the path is then the
 * breadth-first shortest path (JGraphT {@link BFSShortestPath}) in the discovered graph.
 *
 * <p>Invariant: when the searches meet within the budget, the path is a shortest path of the case
 * graph as {@link CaseGraph} shows it (levels are expanded whole, so nothing shorter was skipped),
 * except that a neighbourhood capped at {@link CaseGraph#FAN_OUT} may hide a shorter way through
 * the documents it left out; the answer then says {@code truncated}.
 */
public final class PathFinder {
  static final int MAX_EXPANSIONS = 60;
  private final CaseGraph graph;

  public PathFinder(CaseGraph graph) {
    this.graph = graph;
  }

  /** The path as graph data (empty when none was found), and whether the search was cut short. */
  public record Result(GraphData path, boolean found, boolean truncated, int expansions) {}

  public Result find(String from, String to) {
    Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
    Map<String, GraphData.Node> info = new HashMap<>();
    Map<String, String> edgeKinds = new HashMap<>();
    Set<String> expandedA = new LinkedHashSet<>();
    Set<String> expandedB = new LinkedHashSet<>();
    List<String> frontierA = new ArrayList<>(List.of(from));
    List<String> frontierB = new ArrayList<>(List.of(to));
    int expansions = 0;
    boolean truncated = false;
    while (!frontierA.isEmpty() || !frontierB.isEmpty()) {
      boolean sideA = !frontierA.isEmpty() && (frontierB.isEmpty() || frontierA.size() <= frontierB.size());
      List<String> frontier = sideA ? frontierA : frontierB;
      Set<String> expanded = sideA ? expandedA : expandedB;
      List<String> next = new ArrayList<>();
      for (String id : frontier) {
        if (expansions >= MAX_EXPANSIONS) {
          truncated = true;
          break;
        }
        if (!expanded.add(id)) {
          continue;
        }
        expansions++;
        GraphData part = graph.expand(id);
        truncated |= part.isTruncated();
        for (GraphData.Node n : part.nodes()) {
          info.putIfAbsent(n.id(), n);
          g.addVertex(n.id());
        }
        for (GraphData.Edge e : part.edges()) {
          g.addVertex(e.source());
          g.addVertex(e.target());
          if (!g.containsEdge(e.source(), e.target())) {
            g.addEdge(e.source(), e.target());
            edgeKinds.put(key(e.source(), e.target()), e.kind());
          }
          String other = e.source().equals(id) ? e.target() : e.source();
          if (!expanded.contains(other)) {
            next.add(other);
          }
        }
      }
      frontier.clear();
      frontier.addAll(next.stream().distinct().toList());
      if (g.containsVertex(from) && g.containsVertex(to)) {
        GraphPath<String, DefaultEdge> p = BFSShortestPath.findPathBetween(g, from, to);
        if (p != null) {
          return new Result(toData(p.getVertexList(), info, edgeKinds), true, truncated, expansions);
        }
      }
      if (expansions >= MAX_EXPANSIONS) {
        truncated = true;
        break;
      }
    }
    return new Result(new GraphData(), false, truncated, expansions);
  }

  private static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  private static GraphData toData(List<String> vertices, Map<String, GraphData.Node> info, Map<String, String> kinds) {
    GraphData d = new GraphData();
    for (String v : vertices) {
      d.add(info.getOrDefault(v, new GraphData.Node(v, "unknown", v, null, "")));
    }
    for (int i = 1; i < vertices.size(); i++) {
      d.link(vertices.get(i - 1), vertices.get(i), kinds.getOrDefault(key(vertices.get(i - 1), vertices.get(i)), "link"));
    }
    return d;
  }
}
