package ca.threadline.chain.cluster;

import ca.threadline.chain.script.AddressCodec;
import ca.threadline.chain.store.ChainData;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Measures a clustering against true owners (a CSV {@code address,owner}, as the testkit
 * generator writes). Reported per heuristic: unions made and false merges (unions whose two
 * addresses have different owners); and overall: pairwise precision and recall (pairs of
 * addresses put together that share an owner / all pairs put together; / all same-owner pairs),
 * missed merges (for each owner, the clusters its addresses are split over, minus one) and
 * clusters holding more than one owner.
 */
public final class ErrorRates {
  private ErrorRates() {}

  /** Reads {@code address,owner} lines (header optional) into owner ids by address id. */
  public static int[] owners(Path csv, ChainData d, AddressCodec codec) throws IOException {
    int[] owner = new int[(int) d.addressCount()];
    java.util.Arrays.fill(owner, -1);
    Map<String, Integer> ownerIds = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        int comma = line.lastIndexOf(',');
        if (comma < 0 || line.startsWith("address,")) {
          continue;
        }
        var key = codec.parse(line.substring(0, comma));
        if (key.isEmpty()) {
          continue;
        }
        int a = d.findAddress(key.get().kind(), key.get().payload());
        if (a >= 0) {
          owner[a] = ownerIds.computeIfAbsent(line.substring(comma + 1), k -> ownerIds.size());
        }
      }
    }
    return owner;
  }

  public static ObjectNode measure(EvidenceForest f, int[] owner) {
    int n = f.size();
    Map<Heuristic, long[]> perH = new EnumMap<>(Heuristic.class);
    for (Heuristic h : Heuristic.values()) {
      perH.put(h, new long[2]);
    }
    for (int a = 0; a < n; a++) {
      int p = f.evParent[a];
      if (p >= 0) {
        long[] c = perH.get(Heuristic.values()[f.evHeuristic[a]]);
        c[0]++;
        if (owner[a] >= 0 && owner[p] >= 0 && owner[a] != owner[p]) {
          c[1]++;
        }
      }
    }
    Map<Long, Long> clusterOwner = new HashMap<>();
    Map<Integer, Long> clusterSize = new HashMap<>();
    Map<Integer, Long> ownerSize = new HashMap<>();
    Map<Integer, java.util.Set<Integer>> ownerClusters = new HashMap<>();
    Map<Integer, java.util.Set<Integer>> clusterOwners = new HashMap<>();
    long known = 0;
    for (int a = 0; a < n; a++) {
      if (owner[a] < 0) {
        continue;
      }
      known++;
      int c = f.find(a);
      clusterOwner.merge(((long) c << 32) | owner[a], 1L, Long::sum);
      clusterSize.merge(c, 1L, Long::sum);
      ownerSize.merge(owner[a], 1L, Long::sum);
      ownerClusters.computeIfAbsent(owner[a], k -> new java.util.HashSet<>()).add(c);
      clusterOwners.computeIfAbsent(c, k -> new java.util.HashSet<>()).add(owner[a]);
    }
    double tp = clusterOwner.values().stream().mapToDouble(ErrorRates::pairs).sum();
    double together = clusterSize.values().stream().mapToDouble(ErrorRates::pairs).sum();
    double sameOwner = ownerSize.values().stream().mapToDouble(ErrorRates::pairs).sum();
    long missed = ownerClusters.values().stream().mapToLong(s -> s.size() - 1).sum();
    long mixed = clusterOwners.values().stream().filter(s -> s.size() > 1).count();
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("addresses_with_known_owner", known);
    o.put("owners", ownerSize.size());
    o.put("clusters", clusterSize.size());
    o.put("pair_precision", together == 0 ? 1.0 : round(tp / together));
    o.put("pair_recall", sameOwner == 0 ? 1.0 : round(tp / sameOwner));
    o.put("missed_merges", missed);
    o.put("clusters_with_several_owners", mixed);
    ObjectNode hs = o.putObject("by_heuristic");
    for (var e : perH.entrySet()) {
      if (e.getValue()[0] == 0) {
        continue;
      }
      ObjectNode h = hs.putObject(e.getKey().wireName());
      h.put("unions", e.getValue()[0]);
      h.put("false_merges", e.getValue()[1]);
      h.put("false_merge_rate", round(e.getValue()[1] / (double) e.getValue()[0]));
    }
    return o;
  }

  private static double pairs(long k) {
    return k * (k - 1) / 2.0;
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
