package ca.threadline.chain;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.chain.api.ChainStore;
import ca.threadline.chain.api.ExplainStep;
import ca.threadline.chain.api.Explanation;
import ca.threadline.chain.api.ReachedCluster;
import ca.threadline.chain.api.TraceRequest;
import ca.threadline.chain.api.TraceResult;
import ca.threadline.chain.cluster.ClusterRun;
import ca.threadline.chain.cluster.CoinJoinClassifier;
import ca.threadline.chain.cluster.CoinJoinRule;
import ca.threadline.chain.cluster.Heuristic;
import ca.threadline.chain.importer.ChainImporter;
import ca.threadline.chain.importer.ImportSummary;
import ca.threadline.chain.store.ChainData;
import ca.threadline.chain.tags.TagPackYaml;
import ca.threadline.chain.tags.TagStore;
import ca.threadline.testkit.chain.ChainGenerator;
import ca.threadline.testkit.chain.GroundTruth;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on a generated chain (XOR-obfuscated, shuffled, with stale blocks and orphans):
 * import, cluster, and compare with the generator's ground truth exactly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedChainTest {
  static final long SEED = 20240607L;
  @TempDir static Path tmp;
  ChainGenerator.Result gen;
  Path home;
  ImportSummary summary;

  @BeforeAll
  void build() throws Exception {
    System.out.println("seed " + SEED);
    gen = ChainGenerator.generate(ChainGenerator.Config.small(SEED).withBlocks(160).withXor(true).withShuffle(true).withStale(3, 2).withMaxFileSize(256 * 1024), tmp.resolve("gen"));
    home = tmp.resolve("home");
    summary = new ChainImporter(null, false).importBlocks(gen.blocksDir(), home.resolve("chain"));
  }

  @Test
  void importsTheBestChainOnly() {
    assertThat(summary.height()).isEqualTo(gen.height());
    assertThat(summary.tip()).isEqualTo(gen.tipHash());
    assertThat(summary.txCount()).isEqualTo(gen.truth().txCount());
    assertThat(summary.staleBlocks()).isEqualTo(gen.staleWritten());
    assertThat(summary.orphans()).isEqualTo(gen.orphansWritten());
    assertThat(summary.unresolvedInputs()).isZero();
    assertThat(gen.blocksDir().resolve("xor.dat")).exists();
    assertThat(gen.blocksDir().resolve("blk00001.dat")).exists();
  }

  @Test
  void balancesAreExact() throws Exception {
    GroundTruth t = gen.truth();
    try (ChainStore s = ChainStore.open(home)) {
      assertThat(s.data().addressCount()).isEqualTo(t.addressCount());
      for (String a : t.addresses()) {
        var info = s.address(a).orElseThrow(() -> new AssertionError("missing " + a));
        assertThat(info.balanceSat()).as(a).isEqualTo(t.balance(a));
        assertThat(info.receivedSat()).as(a).isEqualTo(t.received(a));
        assertThat(info.txCount()).as(a).isEqualTo(t.txCount(a));
        assertThat(info.address()).isEqualTo(a);
      }
    }
  }

  @Test
  void clustersEqualTheExpectedMultiInputClusteringWithAndWithoutTags() throws Exception {
    Path chain = home.resolve("chain");
    try (var files = Files.walk(chain.resolve("tags"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.nio.file.NoSuchFileException e) {
      // no tags yet
    }
    ClusterRun.run(chain, EnumSet.of(Heuristic.MULTI_INPUT), EnumSet.copyOf(CoinJoinRule.VETOES), null, 2, null);
    assertSamePartition(gen.truth().expectedClusters(false));
    checkCoinJoinVerdicts(false);
    try (Reader r = Files.newBufferedReader(gen.truthDir().resolve("tagpack.yaml"))) {
      new TagStore(chain).put(TagPackYaml.read(r, "tagpack.yaml"), "tagpack.yaml");
    }
    ObjectNode report = ClusterRun.run(chain, EnumSet.of(Heuristic.MULTI_INPUT), EnumSet.copyOf(CoinJoinRule.VETOES), gen.truthDir().resolve("owners.csv"), 2, null);
    assertSamePartition(gen.truth().expectedClusters(true));
    checkCoinJoinVerdicts(true);
    assertThat(report.path("measured_error_rates").path("by_heuristic").path("multi-input").path("false_merges").asLong()).isZero();
    assertThat(report.path("measured_error_rates").path("pair_precision").asDouble()).isEqualTo(1.0);
    assertThat(report.path("engine").asText()).isEqualTo(ChainEngine.VERSION);
    assertThat(report.path("thresholds").path("generic").asText()).contains("546");
  }

  private void assertSamePartition(Map<String, String> expected) throws Exception {
    try (ChainStore s = ChainStore.open(home)) {
      Map<String, Long> expToMine = new HashMap<>();
      Map<Long, String> mineToExp = new HashMap<>();
      for (var e : expected.entrySet()) {
        long mine = s.clusterOf(s.addressId(e.getKey()));
        Long prev = expToMine.putIfAbsent(e.getValue(), mine);
        assertThat(prev == null || prev == mine).as("missed merge: %s", e.getKey()).isTrue();
        String prevE = mineToExp.putIfAbsent(mine, e.getValue());
        assertThat(prevE == null || prevE.equals(e.getValue())).as("false merge: %s", e.getKey()).isTrue();
      }
    }
  }

  private void checkCoinJoinVerdicts(boolean withTags) throws Exception {
    Set<String> expected = new HashSet<>();
    for (GroundTruth.CoinJoinTx c : gen.truth().coinJoins()) {
      if (!(withTags && c.liftedByExchangeTag())) {
        expected.add(c.txid());
      }
    }
    Set<String> kinds = new HashSet<>();
    gen.truth().coinJoins().forEach(c -> kinds.add(c.kind()));
    assertThat(kinds).contains("generic", "wasabi1", "wasabi2", "whirlpool", "joinmarket", "stonewall", "exchange-batch");
    try (ChainStore s = ChainStore.open(home)) {
      Set<String> flagged = new HashSet<>();
      for (long t = 0; t < s.data().txCount(); t++) {
        if (CoinJoinClassifier.isCoinJoin(s.clusters().txFlags(t))) {
          flagged.add(s.txid(t));
        }
      }
      Set<String> missed = new HashSet<>(expected);
      missed.removeAll(flagged);
      Set<String> extra = new HashSet<>(flagged);
      extra.removeAll(expected);
      Map<String, String> kindOf = new HashMap<>();
      gen.truth().coinJoins().forEach(c -> kindOf.put(c.txid(), c.kind()));
      assertThat(missed.stream().map(x -> kindOf.get(x) + ":" + x + ":" + CoinJoinRule.describe(s.clusters().txFlags(s.findTx(x)))).toList()).as("CoinJoins not detected").isEmpty();
      assertThat(extra.stream().map(x -> kindOf.get(x) + ":" + x + ":" + CoinJoinRule.describe(s.clusters().txFlags(s.findTx(x)))).toList()).as("false CoinJoin verdicts").isEmpty();
      for (GroundTruth.CoinJoinTx c : gen.truth().coinJoins()) {
        int f = s.clusters().txFlags(s.findTx(c.txid()));
        CoinJoinRule want = switch (c.kind()) {
          case "wasabi1" -> CoinJoinRule.WASABI1;
          case "wasabi2" -> CoinJoinRule.WASABI2;
          case "whirlpool" -> CoinJoinRule.WHIRLPOOL;
          case "joinmarket" -> CoinJoinRule.JOINMARKET;
          case "exchange-batch" -> withTags ? CoinJoinRule.EXCHANGE_INPUT : CoinJoinRule.JOINMARKET;
          default -> CoinJoinRule.GENERIC;
        };
        assertThat(f & want.bit()).as(c.kind() + " " + c.txid() + " flags " + CoinJoinRule.describe(f)).isNotZero();
      }
      for (GroundTruth.Fact tx0 : gen.truth().facts("whirlpool_tx0")) {
        assertThat(s.clusters().txFlags(s.findTx((String) tx0.values().get("tx"))) & CoinJoinRule.WHIRLPOOL_TX0.bit()).isNotZero();
      }
    }
  }

  @Test
  void explainGivesTheSweepsLinkingTwoInvoices() throws Exception {
    ClusterRun.run(home.resolve("chain"), EnumSet.of(Heuristic.MULTI_INPUT), EnumSet.copyOf(CoinJoinRule.VETOES), null, 1, null);
    List<GroundTruth.Fact> sweeps = gen.truth().facts("sweep").stream().filter(f -> !"".equals(f.values().get("hot_input"))).toList();
    assertThat(sweeps).hasSizeGreaterThanOrEqualTo(2);
    GroundTruth.Fact s1 = sweeps.get(0);
    GroundTruth.Fact s2 = sweeps.get(sweeps.size() - 1);
    String a = ((List<?>) s1.values().get("invoices")).get(0).toString();
    String b = ((List<?>) s2.values().get("invoices")).get(1).toString();
    try (ChainStore s = ChainStore.open(home)) {
      Explanation e = s.explain(a, b);
      assertThat(e.sameCluster()).isTrue();
      assertThat(e.path()).isNotEmpty();
      assertThat(e.path().get(0).from()).isEqualTo(a);
      assertThat(e.path().get(e.path().size() - 1).to()).isEqualTo(b);
      Set<String> sweepTxids = new HashSet<>();
      sweeps.forEach(f -> sweepTxids.add((String) f.values().get("tx")));
      String prevTo = a;
      for (ExplainStep st : e.path()) {
        assertThat(st.from()).isEqualTo(prevTo);
        assertThat(st.heuristic()).isEqualTo("multi-input");
        assertThat(sweepTxids).contains(st.txid());
        assertThat(inputAddresses(s, st.txid())).contains(st.from(), st.to());
        prevTo = st.to();
      }
      assertThat(e.path().stream().map(ExplainStep::txid)).contains((String) s1.values().get("tx"), (String) s2.values().get("tx"));
      Explanation none = s.explain(a, gen.truth().facts("ad_payment").get(0).values().get("payer").toString());
      assertThat(none.sameCluster()).isFalse();
      assertThat(none.path()).isEmpty();
    }
  }

  private static Set<String> inputAddresses(ChainStore s, String txid) {
    ChainData d = s.data();
    long t = s.findTx(txid);
    Set<String> out = new HashSet<>();
    for (long i = d.txFirstInput(t); i < d.txInputEnd(t); i++) {
      out.add(s.addressText(d.inAddress(i)));
    }
    return out;
  }

  @Test
  void traceFollowsAnAdPaymentToTheProcessorAndItsExchange() throws Exception {
    Path chain = home.resolve("chain");
    try (Reader r = Files.newBufferedReader(gen.truthDir().resolve("tagpack.yaml"))) {
      new TagStore(chain).put(TagPackYaml.read(r, "tagpack.yaml"), "tagpack.yaml");
    }
    ClusterRun.run(chain, EnumSet.of(Heuristic.MULTI_INPUT), EnumSet.copyOf(CoinJoinRule.VETOES), null, 1, null);
    Set<String> sweptWithHot = new HashSet<>();
    String deposit = null;
    for (GroundTruth.Fact f : gen.truth().facts("sweep")) {
      if (!"".equals(f.values().get("hot_input"))) {
        ((List<?>) f.values().get("invoices")).forEach(x -> sweptWithHot.add(x.toString()));
        deposit = (String) f.values().get("deposit");
      }
    }
    GroundTruth.Fact pay = gen.truth().facts("ad_payment").stream().filter(f -> sweptWithHot.contains(f.values().get("invoice").toString())).findFirst().orElseThrow();
    try (ChainStore s = ChainStore.open(home)) {
      long processor = s.clusterOf(s.addressId(pay.values().get("invoice").toString()));
      TraceResult res = s.trace(new TraceRequest(pay.values().get("payer").toString(), TraceRequest.Direction.FORWARD, 3, TraceRequest.Taint.POISON, TraceRequest.DEFAULT_STOPS, 0, null, null, 100_000));
      ReachedCluster c = res.clusters().stream().filter(x -> x.cluster() == processor).findFirst().orElseThrow();
      assertThat(c.hops()).isEqualTo(1);
      assertThat(c.amountSat()).isGreaterThanOrEqualTo(((Number) pay.values().get("amount")).longValue());
      assertThat(c.stopped()).isTrue();
      assertThat(c.categories()).contains("payment_processor");
      // Without stops, the money goes on from the processor to its exchange deposit.
      TraceResult on = s.trace(new TraceRequest(pay.values().get("invoice").toString(), TraceRequest.Direction.FORWARD, 2, TraceRequest.Taint.HAIRCUT, Set.of(), 0, null, null, 100_000));
      long exchange = s.clusterOf(s.addressId(deposit));
      assertThat(on.clusters().stream().anyMatch(x -> x.cluster() == s.clusterOf(s.addressId(pay.values().get("invoice").toString())) || x.hops() >= 1)).isTrue();
      TraceResult back = s.trace(new TraceRequest(deposit, TraceRequest.Direction.BACKWARD, 1, TraceRequest.Taint.POISON, Set.of(), 0, null, null, 100_000));
      assertThat(back.clusters()).anyMatch(x -> x.cluster() == processor && x.hops() == 1);
      assertThat(exchange).isNotEqualTo(processor);
    }
  }

  @Test
  void haircutTraceOfAPeelStepGivesTheExactPayment() throws Exception {
    GroundTruth.Fact peel = gen.truth().facts("peel").get(0);
    try (ChainStore s = ChainStore.open(home)) {
      TraceResult r = s.trace(new TraceRequest((String) peel.values().get("tx"), TraceRequest.Direction.FORWARD, 1, TraceRequest.Taint.HAIRCUT, Set.of(), 0, null, null, 1000));
      long payee = s.clusterOf(s.addressId((String) peel.values().get("payee")));
      long change = s.clusterOf(s.addressId((String) peel.values().get("change")));
      assertThat(r.clusters()).allMatch(c -> c.hops() == 1);
      if (payee != change) {
        assertThat(r.clusters().stream().filter(c -> c.cluster() == payee).findFirst().orElseThrow().amountSat()).isEqualTo(((Number) peel.values().get("payment")).longValue());
      }
      long total = r.clusters().stream().mapToLong(ReachedCluster::amountSat).sum();
      long outputs = 0;
      long t = s.findTx((String) peel.values().get("tx"));
      for (long o = s.data().txFirstOutput(t); o < s.data().txOutputEnd(t); o++) {
        outputs += s.data().outValue(o);
      }
      assertThat(total).isEqualTo(outputs);
    }
  }

  @Test
  void changeHeuristicsAreRecordedAndExplained() throws Exception {
    Path chain = home.resolve("chain");
    ObjectNode report = ClusterRun.run(chain, EnumSet.of(Heuristic.MULTI_INPUT, Heuristic.LOCKTIME, Heuristic.PEEL_CHAIN), EnumSet.copyOf(CoinJoinRule.VETOES), gen.truthDir().resolve("owners.csv"), 2, null);
    assertThat(report.path("heuristics").toString()).contains("locktime", "peel-chain", "\"confidence\":30");
    assertThat(report.path("measured_error_rates").path("by_heuristic").has("locktime")).isTrue();
    try (ChainStore s = ChainStore.open(home)) {
      int child = -1;
      for (int a = 0; a < s.data().addressCount() && child < 0; a++) {
        if (s.clusters().evidenceParent(a) >= 0 && s.clusters().evidenceHeuristic(a) != Heuristic.MULTI_INPUT) {
          child = a;
        }
      }
      assertThat(child).isGreaterThanOrEqualTo(0);
      Explanation e = s.explain(s.addressText(child), s.addressText(s.clusters().evidenceParent(child)));
      assertThat(e.sameCluster()).isTrue();
      assertThat(e.path()).hasSize(1);
      assertThat(e.path().get(0).heuristic()).isIn("locktime", "peel-chain");
    }
    ClusterRun.run(chain, EnumSet.of(Heuristic.MULTI_INPUT), EnumSet.copyOf(CoinJoinRule.VETOES), null, 2, null);
  }
}
