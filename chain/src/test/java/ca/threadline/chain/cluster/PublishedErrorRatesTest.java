package ca.threadline.chain.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.chain.block.ChainNetwork;
import ca.threadline.chain.importer.ChainImporter;
import ca.threadline.chain.script.AddressCodec;
import ca.threadline.chain.store.ChainData;
import ca.threadline.chain.store.Manifest;
import ca.threadline.testkit.chain.ChainGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The error rates shipped with the engine are what the calibration corpus gives today. */
class PublishedErrorRatesTest {
  @Test
  void publishedRatesAreReproducible(@TempDir Path tmp) throws Exception {
    JsonNode published = ClusterReport.published();
    assertThat(published.path("configurations").size()).isEqualTo(Heuristic.values().length + 1);
    ChainGenerator.Result g = ChainGenerator.generate(ChainGenerator.Config.small(2024).withBlocks(400).withUsers(300), tmp.resolve("gen"));
    Path chain = tmp.resolve("home/chain");
    new ChainImporter(null, false).importBlocks(g.blocksDir(), chain);
    try (ChainData d = ChainData.openRead(chain, Manifest.read(chain))) {
      int[] owners = ErrorRates.owners(g.truthDir().resolve("owners.csv"), d, new AddressCodec(ChainNetwork.MAINNET));
      for (Heuristic h : new Heuristic[] {Heuristic.MULTI_INPUT, Heuristic.ONE_TIME_CHANGE, Heuristic.LOCKTIME}) {
        Clusterer.Outcome o = Clusterer.run(d, new Clusterer.Options(EnumSet.of(Heuristic.MULTI_INPUT, h), EnumSet.copyOf(CoinJoinRule.VETOES), new BitSet(), 2), null);
        String name = h == Heuristic.MULTI_INPUT ? "multi-input" : "multi-input+" + h.wireName();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(ErrorRates.measure(o.forest(), owners).toString())).as(name).isEqualTo(published.path("configurations").path(name));
      }
    }
    assertThat(published.path("default").path("by_heuristic").path("multi-input").path("false_merges").asLong()).isZero();
  }
}
