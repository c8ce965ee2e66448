package ca.threadline.chain.importer;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.chain.block.ChainNetwork;
import ca.threadline.chain.script.AddressCodec;
import ca.threadline.chain.script.AddressKey;
import ca.threadline.chain.store.ChainData;
import ca.threadline.chain.store.Manifest;
import ca.threadline.testkit.chain.ChainGenerator;
import ca.threadline.testkit.chain.GroundTruth;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportSmokeTest {
  @TempDir Path tmp;

  @Test
  void importsGeneratedChainWithExactBalances() throws Exception {
    ChainGenerator.Result g = ChainGenerator.generate(ChainGenerator.Config.small(7), tmp.resolve("gen"));
    ImportSummary s = new ChainImporter(null, false).importBlocks(g.blocksDir(), tmp.resolve("home/chain"));
    System.out.println(s);
    GroundTruth t = g.truth();
    System.out.println("truth addresses " + t.addressCount() + " txs " + t.txCount() + " coinjoins " + t.coinJoins().size());
    try (ChainData d = ChainData.openRead(tmp.resolve("home/chain"), Manifest.read(tmp.resolve("home/chain")))) {
      assertThat(d.txCount()).isEqualTo(t.txCount());
      assertThat(d.addressCount()).isEqualTo(t.addressCount());
      AddressCodec codec = new AddressCodec(ChainNetwork.MAINNET);
      for (String a : t.addresses()) {
        AddressKey k = codec.parse(a).orElseThrow(() -> new AssertionError(a));
        int id = d.findAddress(k.kind(), k.payload());
        assertThat(id).as(a).isGreaterThanOrEqualTo(0);
        assertThat(d.addressReceived(id)).as(a).isEqualTo(t.received(a));
        assertThat(d.addressReceived(id) - d.addressSent(id)).as(a).isEqualTo(t.balance(a));
        assertThat(d.addressTxCount(id)).as(a).isEqualTo(t.txCount(a));
      }
    }
  }
}
