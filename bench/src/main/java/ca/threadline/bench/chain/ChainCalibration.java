package ca.threadline.bench.chain;

import ca.threadline.chain.block.ChainNetwork;
import ca.threadline.chain.cluster.Clusterer;
import ca.threadline.chain.cluster.CoinJoinRule;
import ca.threadline.chain.cluster.ErrorRates;
import ca.threadline.chain.cluster.Heuristic;
import ca.threadline.chain.importer.ChainImporter;
import ca.threadline.chain.script.AddressCodec;
import ca.threadline.chain.store.ChainData;
import ca.threadline.chain.store.Manifest;
import ca.threadline.testkit.chain.ChainGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.EnumSet;

/**
 * Measures the error rates published with the engine: a synthetic chain with known owners,
 * clustered with the default rules and with each change heuristic added, each measured against
 * the true owners. Writes the JSON that ships as {@code error-rates.json}.
 *
 * <p>Usage: {@code ChainCalibration OUT.json WORKDIR [seed] [blocks]}
 */
public final class ChainCalibration {
  private ChainCalibration() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path work = Path.of(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 2024;
    int blocks = args.length > 3 ? Integer.parseInt(args[3]) : 400;
    ChainGenerator.Result g = ChainGenerator.generate(ChainGenerator.Config.small(seed).withBlocks(blocks).withUsers(300), work.resolve("gen"));
    Path chain = work.resolve("home/chain");
    new ChainImporter(null, false).importBlocks(g.blocksDir(), chain);
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("corpus", "testkit ChainGenerator seed " + seed + ", " + blocks + " blocks, 300 users, " + g.truth().txCount() + " transactions, " + g.truth().addressCount() + " addresses, " + g.truth().coinJoins().size() + " CoinJoin-shaped transactions; no tags loaded");
    try (ChainData d = ChainData.openRead(chain, Manifest.read(chain))) {
      int[] owners = ErrorRates.owners(g.truthDir().resolve("owners.csv"), d, new AddressCodec(ChainNetwork.MAINNET));
      ObjectNode configs = root.putObject("configurations");
      for (Heuristic h : Heuristic.values()) {
        EnumSet<Heuristic> hs = EnumSet.of(Heuristic.MULTI_INPUT, h);
        Clusterer.Outcome o = Clusterer.run(d, new Clusterer.Options(hs, EnumSet.copyOf(CoinJoinRule.VETOES), new BitSet(), 2), null);
        ObjectNode m = ErrorRates.measure(o.forest(), owners);
        String name = h == Heuristic.MULTI_INPUT ? "multi-input" : "multi-input+" + h.wireName();
        configs.set(name, m);
        if (h == Heuristic.MULTI_INPUT) {
          root.set("default", m);
        }
        System.err.println(name + ": " + m);
      }
      Clusterer.Outcome none = Clusterer.run(d, new Clusterer.Options(EnumSet.of(Heuristic.MULTI_INPUT), EnumSet.noneOf(CoinJoinRule.class), new BitSet(), 2), null);
      configs.set("multi-input-without-coinjoin-vetoes", ErrorRates.measure(none.forest(), owners));
    }
    Files.writeString(out, json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
  }
}
