package ca.threadline.testkit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bitcoinj.core.Block;
import org.bitcoinj.core.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's bytes are real Bitcoin serialization (checked by bitcoinj) and deterministic. */
class ChainGeneratorTest {
  @TempDir Path tmp;

  private static List<Block> readAll(Path dir, byte[] xor) throws Exception {
    List<Block> blocks = new ArrayList<>();
    for (int n = 0; Files.exists(dir.resolve(String.format("blk%05d.dat", n))); n++) {
      byte[] f = Files.readAllBytes(dir.resolve(String.format("blk%05d.dat", n)));
      if (xor != null) {
        for (int i = 0; i < f.length; i++) {
          f[i] ^= xor[i & 7];
        }
      }
      ByteBuffer b = ByteBuffer.wrap(f).order(ByteOrder.LITTLE_ENDIAN);
      while (b.remaining() >= 8) {
        assertThat(b.getInt()).isEqualTo(0xd9b4bef9);
        int len = b.getInt();
        byte[] block = new byte[len];
        b.get(block);
        blocks.add(Block.read(ByteBuffer.wrap(block)));
      }
    }
    return blocks;
  }

  @Test
  void blocksParseWithBitcoinjAndLinkIntoOneChain() throws Exception {
    ChainGenerator.Result r = ChainGenerator.generate(ChainGenerator.Config.small(3).withBlocks(60).withXor(true).withShuffle(true).withStale(2, 1).withMaxFileSize(200_000), tmp.resolve("g"));
    byte[] key = Files.readAllBytes(r.blocksDir().resolve("xor.dat"));
    List<Block> blocks = readAll(r.blocksDir(), key);
    assertThat(blocks).hasSize(60 + 2 + 1);
    Set<String> hashes = new HashSet<>();
    long txs = 0;
    boolean segwit = false;
    for (Block b : blocks) {
      hashes.add(b.getHashAsString());
      for (Transaction t : b.getTransactions()) {
        segwit |= t.hasWitnesses();
      }
      txs += b.getTransactions().size();
    }
    assertThat(hashes).contains(r.tipHash());
    assertThat(segwit).isTrue();
    assertThat(txs).isEqualTo(r.txCount() + 3); // stale and orphan coinbases are extra
    long linked = blocks.stream().filter(b -> hashes.contains(b.getPrevBlockHash().toString())).count();
    assertThat(linked).isEqualTo(blocks.size() - 2); // genesis and the orphan have no known parent
    assertThat(r.truth().coinJoins()).isNotEmpty();
  }

  @Test
  void sameSeedSameBytesAndTruthAddsUp() throws Exception {
    ChainGenerator.Result a = ChainGenerator.generate(ChainGenerator.Config.small(9).withBlocks(40), tmp.resolve("a"));
    ChainGenerator.Result b = ChainGenerator.generate(ChainGenerator.Config.small(9).withBlocks(40), tmp.resolve("b"));
    assertThat(Files.readAllBytes(a.blocksDir().resolve("blk00000.dat"))).isEqualTo(Files.readAllBytes(b.blocksDir().resolve("blk00000.dat")));
    assertThat(Files.readString(a.truthDir().resolve("owners.csv"))).isEqualTo(Files.readString(b.truthDir().resolve("owners.csv")));
    GroundTruth t = a.truth();
    long balances = 0;
    for (String addr : t.addresses()) {
      assertThat(t.balance(addr)).isNotNegative();
      balances += t.balance(addr);
    }
    long minted = 0;
    for (Block blk : readAll(a.blocksDir(), null)) {
      minted += blk.getTransactions().get(0).getOutputSum().value;
      for (Transaction tx : blk.getTransactions().subList(1, blk.getTransactions().size())) {
        assertThat(tx.getInputs()).isNotEmpty();
      }
    }
    // Every satoshi minted is either held by an address or was paid as a fee (fees are re-minted
    // in the coinbase, so held value never exceeds what was minted).
    assertThat(balances).isLessThanOrEqualTo(minted).isPositive();
  }
}
