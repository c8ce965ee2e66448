package ca.threadline.app.pipeline;

import ca.threadline.chain.api.AddressInfo;
import ca.threadline.chain.api.ChainStore;
import ca.threadline.chain.api.TraceRequest;
import ca.threadline.chain.trace.Tracer;
import ca.threadline.store.Store;
import ca.threadline.store.access.User;
import ca.threadline.store.crypto.CryptoLookup;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Looks up the case's Bitcoin addresses in the chain store of the home ({@code <home>/chain},
 * when one was imported) and keeps the answer in the case store: the address's cluster, balance
 * and received total, and in {@code exposure_json} the cluster's size, balance and tags with the
 * exposure by tag category (2 hops, haircut taint, whole cluster: what {@code threadline chain
 * lookup} prints). An address is looked up once per chain-store generation: a new import or
 * clustering of the chain refreshes every address at the next run.
 */
final class CryptoResolver {
  static final int HOPS = 2;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path home;
  private final Clock clock;
  private final Consumer<String> notes;

  CryptoResolver(Path home, Clock clock, Consumer<String> notes) {
    this.home = home;
    this.clock = clock;
    this.notes = notes;
  }

  /** Resolves what is not resolved in the current generation; returns how many were looked up. */
  int resolve(Store store, User user, long caseId, Collection<String> addresses, Map<String, Long> done) {
    if (addresses.isEmpty()) {
      return 0;
    }
    if (!Files.exists(home.resolve("chain").resolve("manifest.json"))) {
      return 0;
    }
    int looked = 0;
    try (ChainStore chain = ChainStore.open(home)) {
      long generation = chain.manifest().generation();
      Tracer tracer = new Tracer(chain);
      for (String a : addresses) {
        Long g = done.get(a);
        if (g != null && g == generation) {
          continue;
        }
        store.crypto().put(user, caseId, lookup(chain, tracer, a, generation));
        done.put(a, generation);
        looked++;
      }
    } catch (IOException | RuntimeException e) {
      notes.accept("Bitcoin addresses not looked up: the chain store cannot be read (" + e.getMessage() + ")");
    }
    return looked;
  }

  private CryptoLookup lookup(ChainStore chain, Tracer tracer, String address, long generation) throws IOException {
    Optional<AddressInfo> info = chain.address(address);
    ObjectNode x = JSON.createObjectNode();
    x.put("chain_generation", generation);
    x.put("found", info.isPresent());
    if (info.isEmpty()) {
      return new CryptoLookup(address, null, null, null, x.toString(), clock.instant());
    }
    AddressInfo a = info.get();
    x.put("cluster_address", a.clusterAddress());
    x.put("cluster_size", a.clusterSize());
    x.put("cluster_balance_sat", a.clusterBalanceSat());
    x.put("sent_sat", a.sentSat());
    x.put("tx_count", a.txCount());
    x.put("first_seen", java.time.Instant.ofEpochSecond(a.firstSeen()).toString());
    x.put("last_seen", java.time.Instant.ofEpochSecond(a.lastSeen()).toString());
    x.putArray("tags").addAll(a.tags());
    x.putArray("cluster_tags").addAll(a.clusterTags());
    x.put("hops", HOPS);
    x.set("exposure", JSON.valueToTree(tracer.exposure(address, HOPS, TraceRequest.Taint.HAIRCUT, true)));
    return new CryptoLookup(address, Long.toString(a.cluster()), a.balanceSat(), a.receivedSat(), x.toString(), clock.instant());
  }
}
