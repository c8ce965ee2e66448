package ca.threadline.chain.api;

import ca.threadline.chain.block.ChainNetwork;
import ca.threadline.chain.cluster.ClusterData;
import ca.threadline.chain.cluster.CoSpendPaths;
import ca.threadline.chain.cluster.ExchangeAddresses;
import ca.threadline.chain.cluster.Heuristic;
import ca.threadline.chain.script.AddressCodec;
import ca.threadline.chain.script.AddressKey;
import ca.threadline.chain.script.AddressKind;
import ca.threadline.chain.store.ChainData;
import ca.threadline.chain.store.Manifest;
import ca.threadline.chain.store.StoreLock;
import ca.threadline.chain.tags.TagStore;
import ca.threadline.chain.trace.Tracer;
import ca.threadline.chain.util.Hex;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Read access to a chain store for the rest of Threadline (commands, workbench, ads engine):
 * addresses with their cluster, balance and tags; explanations; traces; exposure. Opening maps
 * files and reads small metadata only, so a lookup costs a few page reads.
 */
public final class ChainStore implements Closeable {
  private final Path chainDir;
  private final StoreLock lock;
  private final Manifest manifest;
  private final ChainData data;
  private final ClusterData clusters;
  private final TagStore tags;
  private final AddressCodec codec;
  private Map<Long, List<ObjectNode>> clusterTags;
  private int smallLookups;

  private ChainStore(Path chainDir, StoreLock lock) throws IOException {
    this.chainDir = chainDir;
    this.lock = lock;
    this.manifest = Manifest.read(chainDir);
    this.data = ChainData.openRead(chainDir, manifest);
    this.clusters = ClusterData.open(chainDir);
    this.tags = new TagStore(chainDir);
    this.codec = new AddressCodec(manifest.network() == null ? ChainNetwork.MAINNET : ChainNetwork.ofWire(manifest.network()));
  }

  /** Opens the store of a Threadline home ({@code <home>/chain}). */
  public static ChainStore open(Path home) throws IOException {
    Path dir = home.resolve("chain");
    if (!Files.exists(dir.resolve(Manifest.FILE))) {
      throw new IOException("no chain store in " + home + " (run: threadline chain import --blocks DIR)");
    }
    StoreLock l = null;
    // A writer killed while changing the derived columns in place leaves them out of step with
    // the manifest: repair them first (under the exclusive lock), and check again once the shared
    // lock is held, since another writer may have run (and died) in between.
    for (int attempt = 0; attempt < 3 && l == null; attempt++) {
      ca.threadline.chain.store.ChainWriter.repairIfNeeded(dir, null);
      l = StoreLock.acquire(dir, false);
      if (ca.threadline.chain.store.ChainWriter.needsRepair(dir)) {
        l.close();
        l = null;
      }
    }
    if (l == null) {
      throw new StoreLock.StoreBusyException(dir + " is being written by another process; try again when it has finished");
    }
    try {
      return new ChainStore(dir, l);
    } catch (IOException | RuntimeException e) {
      l.close();
      throw e;
    }
  }

  public ChainData data() {
    return data;
  }

  public ClusterData clusters() {
    return clusters;
  }

  public TagStore tags() {
    return tags;
  }

  public AddressCodec codec() {
    return codec;
  }

  public Manifest manifest() {
    return manifest;
  }

  public Path dir() {
    return chainDir;
  }

  /** True when a clustering exists but was made on an older state of the store. */
  public boolean clustersStale() {
    return clusters != null && clusters.result().path("store_generation").asLong() != manifest.generation();
  }

  /** The address id of a string, or -1 when unknown to the store. */
  public int addressId(String address) {
    Optional<AddressKey> k = codec.parse(address);
    return k.map(key -> data.findAddress(key.kind(), key.payload())).orElse(-1);
  }

  public String addressText(int id) {
    AddressKind kind = data.addressKind(id);
    return codec.format(kind, data.addressPayload(id), kind.scriptKeyed() ? data.addressScript(id) : null);
  }

  public long clusterOf(int id) {
    return clusters != null && clusters.covers(id) ? clusters.cluster(id) : id;
  }

  public long clusterSize(long cluster) {
    return clusters != null && clusters.covers((int) cluster) ? clusters.size((int) cluster) : 1;
  }

  public long clusterBalance(long cluster) {
    if (clusters != null && clusters.covers((int) cluster)) {
      return clusters.balance((int) cluster);
    }
    return data.addressReceived((int) cluster) - data.addressSent((int) cluster);
  }

  public String txid(long t) {
    return Hex.encodeReversed(data.txHash(t));
  }

  /** Transaction number of a displayed txid, or -1. */
  public long findTx(String txid) {
    if (txid.length() != 64 || !Hex.isHex(txid)) {
      return -1;
    }
    return data.findTx(Hex.decodeReversed(txid), 0);
  }

  public Optional<AddressInfo> address(String address) throws IOException {
    int id = addressId(address);
    if (id < 0) {
      return Optional.empty();
    }
    long c = clusterOf(id);
    long received = data.addressReceived(id);
    long sent = data.addressSent(id);
    long firstTx = data.addressFirstTx(id);
    long lastTx = data.addressLastTx(id);
    AddressKind kind = data.addressKind(id);
    byte[] script = kind.scriptKeyed() ? data.addressScript(id) : null;
    String canonical = addressText(id);
    return Optional.of(new AddressInfo(
        canonical,
        id,
        kind.name().toLowerCase(java.util.Locale.ROOT),
        c,
        addressText((int) c),
        clusterSize(c),
        clusterBalance(c),
        received - sent,
        received,
        sent,
        data.addressTxCount(id),
        data.txTime(firstTx),
        data.txTime(lastTx),
        txid(firstTx),
        script == null ? null : Hex.encode(script),
        tags.tagsFor(canonical),
        clusterTags(c),
        clusters != null && clusters.covers(id)));
  }

  /**
   * Tags on any address of the cluster (GraphSense's cluster tags), each with its "address". A
   * small cluster looks its members up; a large one, or many calls (a trace), builds the map
   * from every tagged address once.
   */
  public List<ObjectNode> clusterTags(long cluster) throws IOException {
    if (clusterTags == null && clusterSize(cluster) <= 10_000) {
      List<ObjectNode> out = new ArrayList<>();
      if (clusters != null && clusters.covers((int) cluster)) {
        for (int k = 0, n = clusters.size((int) cluster); k < n; k++) {
          out.addAll(tags.tagsFor(addressText(clusters.member((int) cluster, k))));
        }
      } else {
        out.addAll(tags.tagsFor(addressText((int) cluster)));
      }
      if (++smallLookups < 64) {
        return out;
      }
    }
    if (clusterTags == null) {
      Map<Long, List<ObjectNode>> m = new HashMap<>();
      for (String a : tags.taggedAddresses()) {
        int id = addressId(a);
        if (id >= 0) {
          m.computeIfAbsent(clusterOf(id), k -> new ArrayList<>()).addAll(tags.tagsFor(a));
        }
      }
      clusterTags = m;
    }
    return clusterTags.getOrDefault(cluster, List.of());
  }

  /** Categories and abuse concepts of a cluster's tags. */
  public Set<String> clusterCategories(long cluster) throws IOException {
    Set<String> s = new TreeSet<>();
    for (ObjectNode t : clusterTags(cluster)) {
      if (t.hasNonNull("category")) {
        s.add(t.get("category").asText().toLowerCase(java.util.Locale.ROOT));
      }
      if (t.hasNonNull("abuse")) {
        s.add(t.get("abuse").asText().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return s;
  }

  /** Labels of a cluster's tags, distinct, sorted. */
  public List<String> clusterLabels(long cluster) throws IOException {
    Set<String> s = new TreeSet<>();
    for (ObjectNode t : clusterTags(cluster)) {
      s.add(t.path("label").asText());
    }
    return new ArrayList<>(s);
  }

  /**
   * The transactions linking two addresses of one cluster: the path between them in the cluster's
   * evidence tree, consecutive links through the same transaction merged into one step.
   */
  public Explanation explain(String a, String b) {
    int x = addressId(a);
    int y = addressId(b);
    if (x < 0 || y < 0 || clusters == null || !clusters.covers(x) || !clusters.covers(y) || clusters.cluster(x) != clusters.cluster(y)) {
      return new Explanation(a, b, x >= 0 && x == y, List.of());
    }
    if (!clusters.hasEvidence()) {
      return searched(x, y);
    }
    Map<Integer, Integer> depthFromA = new HashMap<>();
    List<Integer> upA = new ArrayList<>();
    for (int c = x; c >= 0; c = clusters.evidenceParent(c)) {
      depthFromA.put(c, upA.size());
      upA.add(c);
    }
    List<Integer> upB = new ArrayList<>();
    int lca = y;
    while (!depthFromA.containsKey(lca)) {
      upB.add(lca);
      lca = clusters.evidenceParent(lca);
    }
    List<ExplainStep> raw = new ArrayList<>();
    for (int i = 0; i < depthFromA.get(lca); i++) {
      int child = upA.get(i);
      raw.add(step(child, child, upA.get(i + 1)));
    }
    for (int i = upB.size() - 1; i >= 0; i--) {
      int child = upB.get(i);
      int parent = i + 1 < upB.size() ? upB.get(i + 1) : lca;
      raw.add(step(child, parent, child));
    }
    List<ExplainStep> merged = new ArrayList<>();
    for (ExplainStep s : raw) {
      ExplainStep last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && last.txid().equals(s.txid()) && last.heuristic().equals(s.heuristic())) {
        merged.set(merged.size() - 1, new ExplainStep(s.txid(), s.heuristic(), last.from(), s.to()));
      } else {
        merged.add(s);
      }
    }
    return new Explanation(addressText(x), addressText(y), true, merged);
  }

  /** Clusters imported from a Spark run: a shortest path of co-spends, searched now. */
  private Explanation searched(int x, int y) {
    BitSet exchange;
    try {
      exchange = ExchangeAddresses.of(data, tags, codec);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<ExplainStep> steps = new ArrayList<>();
    for (CoSpendPaths.Step s : new CoSpendPaths(data, clusters, exchange, MAX_SEARCHED_ADDRESSES).find(x, y)) {
      steps.add(new ExplainStep(txid(s.tx()), Heuristic.MULTI_INPUT.wireName(), addressText(s.from()), addressText(s.to())));
    }
    return new Explanation(addressText(x), addressText(y), true, steps, Explanation.FROM_SEARCH);
  }

  /** Bound of the co-spend search for imported clusters (an exchange-sized cluster stops it). */
  static final int MAX_SEARCHED_ADDRESSES = 5_000_000;

  private ExplainStep step(int edgeChild, int from, int to) {
    return new ExplainStep(txid(clusters.evidenceTx(edgeChild)), clusters.evidenceHeuristic(edgeChild).wireName(), addressText(from), addressText(to));
  }

  public TraceResult trace(TraceRequest r) throws IOException {
    return new Tracer(this).trace(r);
  }

  @Override
  public void close() throws IOException {
    try {
      data.close();
      if (clusters != null) {
        clusters.close();
      }
    } finally {
      lock.close();
    }
  }
}
