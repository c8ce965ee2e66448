package ca.threadline.testkit.chain;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bitcoinj.base.Network;

/**
 * What the generator knows about the chain it wrote, computed from its own wallets and never by
 * the engine under test: the true owner of every address, which transactions it built as
 * CoinJoins (or in a CoinJoin's shape), the clustering that the multi-input rule with CoinJoin
 * vetoes must give (inputs of every other transaction unioned), and exact balances.
 */
public final class GroundTruth {
  /** One transaction the generator shaped like a CoinJoin, and whether tags lift the veto. */
  public record CoinJoinTx(String txid, String kind, boolean liftedByExchangeTag) {}

  /** A tag the generator publishes in its TagPack. */
  public record Tag(String address, String label, String category) {}

  /** Facts for explain and trace tests: named addresses and transactions along known paths. */
  public record Fact(String kind, Map<String, Object> values) {}

  private final Network network;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> addresses = new ArrayList<>();
  private final List<String> owners = new ArrayList<>();
  private int[] parent = new int[1024];
  private int[] parentWithTags = new int[1024];
  private long[] received = new long[1024];
  private long[] sent = new long[1024];
  private long[] txCount = new long[1024];
  private final List<CoinJoinTx> coinJoins = new ArrayList<>();
  private final List<Tag> tags = new ArrayList<>();
  private final List<Fact> facts = new ArrayList<>();
  private long txs;

  GroundTruth(Network network) {
    this.network = network;
  }

  private int id(GenAddress a) {
    String text = a.text(network);
    Integer i = ids.get(text);
    if (i != null) {
      return i;
    }
    int n = addresses.size();
    ids.put(text, n);
    addresses.add(text);
    owners.add(a.owner);
    if (n == parent.length) {
      int cap = n * 2;
      parent = Arrays.copyOf(parent, cap);
      parentWithTags = Arrays.copyOf(parentWithTags, cap);
      received = Arrays.copyOf(received, cap);
      sent = Arrays.copyOf(sent, cap);
      txCount = Arrays.copyOf(txCount, cap);
    }
    parent[n] = n;
    parentWithTags[n] = n;
    return n;
  }

  /** Records a transaction of the best chain. */
  void record(GenTx tx, boolean coinbase, String coinJoinKind, boolean liftedByExchangeTag) {
    txs++;
    Set<Integer> involved = new LinkedHashSet<>();
    List<Integer> inputs = new ArrayList<>();
    if (!coinbase) {
      for (GenTx.In in : tx.ins) {
        int a = id(in.spent().address());
        sent[a] += in.spent().value();
        involved.add(a);
        inputs.add(a);
      }
    }
    for (GenTx.Out o : tx.outs) {
      if (o.address() != null) {
        int a = id(o.address());
        received[a] += o.value();
        involved.add(a);
      }
    }
    for (int a : involved) {
      txCount[a]++;
    }
    if (coinJoinKind != null) {
      coinJoins.add(new CoinJoinTx(GenHash.hexReversed(tx.txid()), coinJoinKind, liftedByExchangeTag));
    }
    for (int k = 1; k < inputs.size(); k++) {
      if (coinJoinKind == null) {
        union(parent, inputs.get(0), inputs.get(k));
      }
      if (coinJoinKind == null || liftedByExchangeTag) {
        union(parentWithTags, inputs.get(0), inputs.get(k));
      }
    }
  }

  void tag(GenAddress a, String label, String category) {
    tags.add(new Tag(a.text(network), label, category));
  }

  void fact(String kind, Map<String, Object> values) {
    facts.add(new Fact(kind, values));
  }

  private static int find(int[] p, int x) {
    while (p[x] != x) {
      p[x] = p[p[x]];
      x = p[x];
    }
    return x;
  }

  private static void union(int[] p, int a, int b) {
    int ra = find(p, a);
    int rb = find(p, b);
    if (ra != rb) {
      p[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  public int addressCount() {
    return addresses.size();
  }

  public long txCount() {
    return txs;
  }

  public List<String> addresses() {
    return List.copyOf(addresses);
  }

  public String owner(String address) {
    Integer i = ids.get(address);
    return i == null ? null : owners.get(i);
  }

  public Map<String, String> owners() {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < addresses.size(); i++) {
      m.put(addresses.get(i), owners.get(i));
    }
    return m;
  }

  /**
   * The expected clustering: address → label of its group (the first address of the group).
   *
   * @param withTags as after importing the generator's TagPack, which lifts the CoinJoin veto
   *     from transactions spending tagged exchange addresses
   */
  public Map<String, String> expectedClusters(boolean withTags) {
    int[] p = withTags ? parentWithTags : parent;
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < addresses.size(); i++) {
      m.put(addresses.get(i), addresses.get(find(p, i)));
    }
    return m;
  }

  public long received(String address) {
    return received[ids.get(address)];
  }

  public long sent(String address) {
    return sent[ids.get(address)];
  }

  public long balance(String address) {
    int i = ids.get(address);
    return received[i] - sent[i];
  }

  public long txCount(String address) {
    return txCount[ids.get(address)];
  }

  public List<CoinJoinTx> coinJoins() {
    return List.copyOf(coinJoins);
  }

  public List<Tag> tags() {
    return List.copyOf(tags);
  }

  public List<Fact> facts() {
    return List.copyOf(facts);
  }

  public List<Fact> facts(String kind) {
    return facts.stream().filter(f -> f.kind().equals(kind)).toList();
  }

  /** Writes owners.csv, expected-clusters*.csv, balances.csv, coinjoins.csv, facts.jsonl, tagpack.yaml. */
  public void write(Path dir, long seed) throws IOException {
    Files.createDirectories(dir);
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("owners.csv"), StandardCharsets.UTF_8)) {
      w.write("address,owner\n");
      for (int i = 0; i < addresses.size(); i++) {
        w.write(addresses.get(i) + "," + owners.get(i) + "\n");
      }
    }
    for (boolean withTags : new boolean[] {false, true}) {
      Map<String, String> c = expectedClusters(withTags);
      try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(withTags ? "expected-clusters-with-tags.csv" : "expected-clusters.csv"), StandardCharsets.UTF_8)) {
        w.write("address,cluster\n");
        for (var e : c.entrySet()) {
          w.write(e.getKey() + "," + e.getValue() + "\n");
        }
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("balances.csv"), StandardCharsets.UTF_8)) {
      w.write("address,received_sat,sent_sat,balance_sat,tx_count\n");
      for (int i = 0; i < addresses.size(); i++) {
        w.write(addresses.get(i) + "," + received[i] + "," + sent[i] + "," + (received[i] - sent[i]) + "," + txCount[i] + "\n");
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("coinjoins.csv"), StandardCharsets.UTF_8)) {
      w.write("txid,kind,lifted_by_exchange_tag\n");
      for (CoinJoinTx c : coinJoins) {
        w.write(c.txid() + "," + c.kind() + "," + c.liftedByExchangeTag() + "\n");
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("facts.jsonl"), StandardCharsets.UTF_8)) {
      for (Fact f : facts) {
        StringBuilder sb = new StringBuilder("{\"kind\":\"").append(f.kind()).append('"');
        for (var e : f.values().entrySet()) {
          sb.append(",\"").append(e.getKey()).append("\":");
          if (e.getValue() instanceof List<?> l) {
            sb.append('[');
            for (int k = 0; k < l.size(); k++) {
              sb.append(k > 0 ? "," : "").append('"').append(l.get(k)).append('"');
            }
            sb.append(']');
          } else if (e.getValue() instanceof Number n) {
            sb.append(n);
          } else {
            sb.append('"').append(e.getValue()).append('"');
          }
        }
        w.write(sb.append("}\n").toString());
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("tagpack.yaml"), StandardCharsets.UTF_8)) {
      w.write("title: Threadline synthetic chain (seed " + seed + ")\n");
      w.write("creator: Threadline testkit ChainGenerator\n");
      w.write("description: Entities of a synthetic chain. Fictional; no real person or service.\n");
      w.write("is_public: true\n");
      w.write("currency: BTC\n");
      w.write("network: bitcoin\n");
      w.write("confidence: ownership\n");
      w.write("source: https://threadline.invalid/testkit/chain\n");
      w.write("lastmod: 2024-01-01\n");
      w.write("tags:\n");
      for (Tag t : tags) {
        w.write("- address: " + t.address() + "\n  label: " + t.label() + "\n  category: " + t.category() + "\n");
      }
    }
  }
}
