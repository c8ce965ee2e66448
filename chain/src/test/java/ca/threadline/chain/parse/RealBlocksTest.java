package ca.threadline.chain.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ca.threadline.chain.block.BlockFile;
import ca.threadline.chain.block.BlockRecord;
import ca.threadline.chain.block.ChainNetwork;
import ca.threadline.chain.block.XorKey;
import ca.threadline.chain.util.Hashes;
import ca.threadline.chain.util.Hex;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitcoinj.core.Block;
import org.bitcoinj.core.Transaction;
import org.junit.jupiter.api.Test;

/** Real chain bytes (bitcore-lib test data, MIT) against their decoded form and bitcoinj. */
class RealBlocksTest {
  private static Path data(String name) {
    String dir = System.getProperty("threadline.sharedData");
    assumeTrue(dir != null && Files.exists(Path.of(dir, "chain", name)), "shared chain test data absent");
    return Path.of(dir, "chain", name);
  }

  /** Records everything a block holds, as the JSON fixture lists it. */
  static final class Recorder implements BlockVisitor {
    final List<String> txids = new ArrayList<>();
    final List<List<String>> inputs = new ArrayList<>();
    final List<List<String>> outputs = new ArrayList<>();
    final List<Long> locktimes = new ArrayList<>();
    String prevHash;

    @Override
    public void beginBlock(byte[] buf, int off, int txCount) {
      prevHash = Hex.encodeReversed(buf, off + 4, 32);
    }

    @Override
    public void beginTx(int txIndex, int version, boolean segwit, int inputCount) {
      inputs.add(new ArrayList<>());
      outputs.add(new ArrayList<>());
    }

    @Override
    public void input(byte[] buf, int prevOff, long vout, int scriptOff, int scriptLen, long sequence) {
      inputs.get(inputs.size() - 1).add(Hex.encodeReversed(buf, prevOff, 32) + ":" + vout + ":" + sequence + ":" + Hex.encode(buf, scriptOff, scriptLen));
    }

    @Override
    public void output(long value, byte[] buf, int scriptOff, int scriptLen) {
      outputs.get(outputs.size() - 1).add(value + ":" + Hex.encode(buf, scriptOff, scriptLen));
    }

    @Override
    public void endTx(long locktime, byte[] txid, int txidOff, int size, int baseSize) {
      txids.add(Hex.encodeReversed(txid, txidOff, 32));
      locktimes.add(locktime);
    }
  }

  @Test
  void testnetBlock86756MatchesItsDecodedForm() throws Exception {
    Path blk = data("blk86756-testnet.dat");
    JsonNode json = new ObjectMapper().readTree(data("blk86756-testnet.json").toFile());
    try (BlockFile f = new BlockFile(blk, 86756, XorKey.NONE)) {
      BlockFile.Frame fr = f.frameAt(0, 0, false);
      assertThat(ChainNetwork.ofMagic(fr.magic())).contains(ChainNetwork.TESTNET3);
      BlockRecord r = fr.record();
      byte[] b = new byte[r.length()];
      f.read(r, b);
      Recorder rec = new Recorder();
      int n = new BlockParser().parseBlock(b, 0, b.length, rec);
      assertThat(Hex.encodeReversed(new Hashes().sha256d(b, 0, 80))).isEqualTo(json.at("/header/hash").asText());
      assertThat(rec.prevHash).isEqualTo(json.at("/header/prevHash").asText());
      assertThat(n).isEqualTo(22);
      assertThat(rec.inputs.stream().mapToInt(List::size).sum()).isEqualTo(42);
      assertThat(rec.outputs.stream().mapToInt(List::size).sum()).isEqualTo(45);
      JsonNode txs = json.get("transactions");
      for (int i = 0; i < n; i++) {
        JsonNode t = txs.get(i);
        assertThat(rec.txids.get(i)).isEqualTo(t.get("hash").asText());
        assertThat(rec.locktimes.get(i)).isEqualTo(t.get("nLockTime").asLong());
        List<String> ins = new ArrayList<>();
        for (JsonNode in : t.get("inputs")) {
          ins.add(in.get("prevTxId").asText() + ":" + in.get("outputIndex").asLong() + ":" + in.get("sequenceNumber").asLong() + ":" + in.get("script").asText());
        }
        assertThat(rec.inputs.get(i)).isEqualTo(ins);
        List<String> outs = new ArrayList<>();
        for (JsonNode o : t.get("outputs")) {
          outs.add(o.get("satoshis").asLong() + ":" + o.get("script").asText());
        }
        assertThat(rec.outputs.get(i)).isEqualTo(outs);
      }
    }
  }

  @Test
  void mainnetBlocksAgreeWithBitcoinj() throws Exception {
    JsonNode blocks = new ObjectMapper().readTree(data("blocks.json").toFile());
    assertThat(blocks.size()).isEqualTo(5);
    for (JsonNode j : blocks) {
      byte[] b = Hex.decode(j.get("data").asText());
      Recorder rec = new Recorder();
      int n = new BlockParser().parseBlock(b, 0, b.length, rec);
      assertThat(n).isEqualTo(j.get("transactions").asInt());
      Block ref = Block.read(ByteBuffer.wrap(b));
      assertThat(Hex.encodeReversed(new Hashes().sha256d(b, 0, 80))).isEqualTo(ref.getHashAsString());
      for (int i = 0; i < n; i++) {
        assertThat(rec.txids.get(i)).isEqualTo(ref.getTransactions().get(i).getTxId().toString());
      }
    }
  }

  @Test
  void bitcoinCoreValidTransactionVectorsRoundTrip() throws Exception {
    JsonNode vectors = new ObjectMapper().readTree(data("tx_valid.json").toFile());
    int checked = 0;
    for (JsonNode v : vectors) {
      if (v.size() < 2 || !v.get(1).isTextual()) {
        continue;
      }
      byte[] tx = Hex.decode(v.get(1).asText());
      Recorder rec = new Recorder();
      int len = new BlockParser().parseTx(tx, 0, tx.length, rec);
      assertThat(len).isEqualTo(tx.length);
      Transaction ref = Transaction.read(ByteBuffer.wrap(tx));
      assertThat(rec.txids.get(0)).isEqualTo(ref.getTxId().toString());
      assertThat(rec.inputs.get(0)).hasSize(ref.getInputs().size());
      assertThat(rec.outputs.get(0)).hasSize(ref.getOutputs().size());
      checked++;
    }
    assertThat(checked).isGreaterThan(40);
  }
}
