package ca.threadline.store.link;

import java.util.List;
import java.util.Map;

/**
 * What the linker produced or changed for a case. Applying it is incremental: only assignments,
 * clusters, networks and circuits that differ from what is stored are written, and only the
 * documents whose cluster or network changed are re-indexed.
 *
 * @param circuits the full circuit of each network listed (replaces its stored circuit)
 * @param removedNetworks networks that no longer exist (merged into others); their rows and
 *     circuits go, documents keep whatever {@code assignments} say
 */
public record LinkUpdate(
    List<Assignment> assignments,
    List<ClusterRecord> clusters,
    List<NetworkRecord> networks,
    Map<String, List<CircuitStop>> circuits,
    List<String> removedNetworks) {
  public LinkUpdate {
    assignments = assignments == null ? List.of() : List.copyOf(assignments);
    clusters = clusters == null ? List.of() : List.copyOf(clusters);
    networks = networks == null ? List.of() : List.copyOf(networks);
    circuits = circuits == null ? Map.of() : Map.copyOf(circuits);
    removedNetworks = removedNetworks == null ? List.of() : List.copyOf(removedNetworks);
  }
}
