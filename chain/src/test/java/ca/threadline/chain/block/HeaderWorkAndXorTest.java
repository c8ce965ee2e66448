package ca.threadline.chain.block;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.chain.importer.HeaderTree;
import ca.threadline.chain.store.HeaderRecord;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class HeaderWorkAndXorTest {
  @Test
  void workFromBitsMatchesBitcoinCore() {
    // Difficulty-1 mainnet target: work 0x100010001 (Core's GetBlockProof for the genesis block).
    assertThat(HeaderTree.blockWork(0x1d00ffff)).isEqualTo(BigInteger.valueOf(0x100010001L));
    assertThat(HeaderTree.blockWork(0x207fffff)).isEqualTo(BigInteger.TWO);
    assertThat(HeaderTree.blockWork(0x04923456 | 0x00800000)).isEqualTo(BigInteger.ZERO);
  }

  private static byte[] h(int b) {
    byte[] x = new byte[32];
    x[0] = (byte) b;
    return x;
  }

  @Test
  void mostWorkWinsAndTiesKeepTheStoredTip() {
    HeaderTree t = new HeaderTree();
    t.add(new HeaderRecord(h(1), new byte[32], 0x207fffff, 0, 0, 0, 100));
    t.add(new HeaderRecord(h(3), h(2), 0x207fffff, 0, 0, 0, 100)); // before its parent: out of order
    t.add(new HeaderRecord(h(2), h(1), 0x207fffff, 0, 0, 0, 100));
    t.add(new HeaderRecord(h(4), h(2), 0x207fffff, 0, 0, 0, 100)); // sibling of 3
    t.add(new HeaderRecord(h(9), h(8), 0x207fffff, 0, 0, 0, 100)); // orphan
    t.link();
    assertThat(t.orphanCount()).isEqualTo(1);
    assertThat(t.bestTip(null, null).header.hash()).isEqualTo(h(3));
    assertThat(t.bestTip(null, h(4)).header.hash()).isEqualTo(h(4));
    assertThat(t.chainTo(t.bestTip(null, null))).hasSize(3);
  }

  @Test
  void xorFollowsTheFilePosition() {
    XorKey k = new XorKey(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    byte[] b = new byte[4];
    k.apply(b, 0, 4, 6); // bytes at file positions 6..9 use key[6], key[7], key[0], key[1]
    assertThat(b).containsExactly(7, 8, 1, 2);
  }
}
