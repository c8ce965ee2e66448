package ca.threadline.app.web.chain;

import ca.threadline.chain.api.AddressInfo;
import ca.threadline.chain.api.ChainStore;
import ca.threadline.chain.api.ReachedCluster;
import ca.threadline.chain.api.TraceRequest;
import ca.threadline.chain.api.TraceResult;
import ca.threadline.chain.store.Manifest;
import ca.threadline.chain.trace.Tracer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Crypto look-ups for the selector and wallet pages from the chain engine under
 * {@code <home>/chain} (docs/chain.md), when there is one. The chain store is opened for each
 * look-up under its shared lock and closed at once, so an import (which needs the exclusive lock)
 * is never blocked by an idle workbench; opening maps files and reads a small manifest.
 */
public final class ChainLookups {
  /** Hops of the exposure and flow traces the pages show (the CLI's {@code chain exposure} goes further on request). */
  static final int HOPS = 2;
  private final Path home;

  public ChainLookups(Path home) {
    this.home = home;
  }

  public boolean available() {
    return Files.exists(home.resolve("chain").resolve(Manifest.FILE));
  }

  /** What the chain knows of a Bitcoin address: cluster, balances, tags, and exposure by tag category. */
  public record Wallet(AddressInfo info, List<String> tags, Map<String, Object> exposure, boolean clustersStale) {}

  /** A cluster reached by money from or to the address. */
  public record Flow(String direction, long cluster, String clusterAddress, int hops, long amountSat, List<String> tags,
      boolean stopped) {}

  public Optional<Wallet> wallet(String address) {
    if (!available()) {
      return Optional.empty();
    }
    try (ChainStore s = ChainStore.open(home)) {
      Optional<AddressInfo> info = s.address(address);
      if (info.isEmpty()) {
        return Optional.empty();
      }
      List<String> tags = new ArrayList<>();
      for (ObjectNode tag : info.get().clusterTags()) {
        tags.add(tag.path("label").asText() + (tag.hasNonNull("category") ? " (" + tag.get("category").asText() + ")" : ""));
      }
      Map<String, Object> exposure = new Tracer(s).exposure(address, HOPS, TraceRequest.Taint.HAIRCUT, true);
      return Optional.of(new Wallet(info.get(), tags.stream().distinct().sorted().toList(), exposure, s.clustersStale()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Where the address's money went (forward) and came from (backward), cluster by cluster. */
  public List<Flow> flows(String address) {
    if (!available()) {
      return List.of();
    }
    List<Flow> out = new ArrayList<>();
    try (ChainStore s = ChainStore.open(home)) {
      if (s.addressId(address) < 0) {
        return List.of();
      }
      for (TraceRequest.Direction d : TraceRequest.Direction.values()) {
        TraceResult r = s.trace(new TraceRequest(address, d, HOPS, TraceRequest.Taint.HAIRCUT, TraceRequest.DEFAULT_STOPS,
            0, null, null, 200_000));
        for (ReachedCluster c : r.clusters().stream().limit(60).toList()) {
          out.add(new Flow(d == TraceRequest.Direction.FORWARD ? "out" : "in", c.cluster(), c.clusterAddress(), c.hops(),
              c.amountSat(), c.tags(), c.stopped()));
        }
      }
    } catch (IOException e) {
      return List.of();
    }
    return out;
  }

  /** The exposure map flattened for a table: side → direct/indirect → category → satoshis. */
  @SuppressWarnings("unchecked")
  public static Map<String, Map<String, Long>> exposureRows(Map<String, Object> exposure) {
    Map<String, Map<String, Long>> rows = new LinkedHashMap<>();
    for (String side : List.of("incoming", "outgoing")) {
      Object o = exposure.get(side);
      if (o instanceof Map<?, ?> m) {
        for (String reach : List.of("direct", "indirect")) {
          Object v = m.get(reach);
          if (v instanceof Map<?, ?> cats) {
            rows.put(side + " " + reach, (Map<String, Long>) cats);
          }
        }
      }
    }
    return rows;
  }
}
