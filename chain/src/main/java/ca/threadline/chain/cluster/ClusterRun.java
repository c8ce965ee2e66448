package ca.threadline.chain.cluster;

import ca.threadline.chain.block.ChainNetwork;
import ca.threadline.chain.script.AddressCodec;
import ca.threadline.chain.store.ChainData;
import ca.threadline.chain.store.Manifest;
import ca.threadline.chain.store.StoreLock;
import ca.threadline.chain.tags.TagStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Set;
import java.util.function.BiConsumer;

/** Runs a clustering on a store and writes it, with its report, under {@code chain/clusters/}. */
public final class ClusterRun {
  private ClusterRun() {}

  /**
   * @param truthOwners optional {@code address,owner} CSV to measure error rates against
   * @return the report that was written to {@code clusters/result.json}
   */
  public static ObjectNode run(Path chainDir, Set<Heuristic> heuristics, Set<CoinJoinRule> rules, Path truthOwners, int threads, BiConsumer<String, long[]> progress) throws IOException, InterruptedException {
    try (StoreLock lock = StoreLock.acquire(chainDir, true)) {
      // an import killed mid-write leaves derived columns to repair before they are read
      ca.threadline.chain.store.ChainWriter.repairLocked(chainDir, null);
      Manifest m = Manifest.read(chainDir);
      try (ChainData d = ChainData.openRead(chainDir, m)) {
        AddressCodec codec = new AddressCodec(m.network() == null ? ChainNetwork.MAINNET : ChainNetwork.ofWire(m.network()));
        BitSet exchange = ExchangeAddresses.of(d, new TagStore(chainDir), codec);
        Clusterer.Options o = new Clusterer.Options(heuristics, rules, exchange, threads);
        Clusterer.Outcome out = Clusterer.run(d, o, progress);
        ObjectNode measured = truthOwners == null ? null : ErrorRates.measure(out.forest(), ErrorRates.owners(truthOwners, d, codec));
        int clusters = 0;
        for (int a = 0; a < out.forest().size(); a++) {
          if (out.forest().find(a) == a) {
            clusters++;
          }
        }
        ObjectNode report = ClusterReport.build(o, out, m.generation(), d.txCount(), d.addressCount(), clusters, measured);
        ClusterFiles.write(chainDir, d, out, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
        return report;
      }
    }
  }
}
