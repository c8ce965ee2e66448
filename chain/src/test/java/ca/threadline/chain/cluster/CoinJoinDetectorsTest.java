package ca.threadline.chain.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Each detector on hand-made transactions at and around its thresholds. */
class CoinJoinDetectorsTest {
  /** inputs: (address, value) pairs; outputs: (address or -1, value) pairs. */
  static TxView tx(long[][] ins, long[][] outs) {
    TxView t = new TxView();
    t.nIn = ins.length;
    t.nOut = outs.length;
    t.inAddr = new int[ins.length];
    t.inValue = new long[ins.length];
    t.inSpent = new long[ins.length];
    for (int i = 0; i < ins.length; i++) {
      t.inAddr[i] = (int) ins[i][0];
      t.inValue[i] = ins[i][1];
      t.inSpent[i] = i;
    }
    t.outAddr = new int[outs.length];
    t.outValue = new long[outs.length];
    t.outType = new byte[outs.length];
    for (int i = 0; i < outs.length; i++) {
      t.outAddr[i] = (int) outs[i][0];
      t.outValue[i] = outs[i][1];
    }
    return t;
  }

  @Test
  void genericRuleNeedsExactlyParticipantsEqualOutputs() {
    // 3 inputs, 5 outputs -> participants 3; value 1000 three times.
    TxView yes = tx(new long[][] {{1, 5000}, {2, 5000}, {3, 5000}}, new long[][] {{10, 1000}, {11, 1000}, {12, 1000}, {13, 700}, {14, 800}});
    assertThat(CoinJoinDetectors.generic(yes)).isTrue();
    TxView four = tx(new long[][] {{1, 5000}, {2, 5000}, {3, 5000}}, new long[][] {{10, 1000}, {11, 1000}, {12, 1000}, {13, 1000}, {14, 800}});
    assertThat(CoinJoinDetectors.generic(four)).isFalse();
    TxView sameAddress = tx(new long[][] {{1, 5000}, {1, 5000}, {3, 5000}}, new long[][] {{10, 1000}, {11, 1000}, {12, 1000}, {13, 700}, {14, 800}});
    assertThat(CoinJoinDetectors.generic(sameAddress)).isFalse();
    TxView dust = tx(new long[][] {{1, 5000}, {2, 5000}}, new long[][] {{10, 546}, {11, 546}, {12, 700}});
    assertThat(CoinJoinDetectors.generic(dust)).isFalse();
    TxView ties = tx(new long[][] {{1, 5000}, {2, 5000}}, new long[][] {{10, 900}, {11, 900}, {12, 700}, {13, 700}});
    assertThat(CoinJoinDetectors.generic(ties)).isTrue();
  }

  @Test
  void whirlpoolNeedsARemixerAndPoolValues() {
    long d = 1_000_000;
    long[][] outs = {{10, d}, {11, d}, {12, d}, {13, d}, {14, d}};
    TxView mix = tx(new long[][] {{1, d}, {2, d + 1200}, {3, d + 1200}, {4, d}, {5, d}}, outs);
    assertThat(CoinJoinDetectors.whirlpool(mix)).isTrue();
    TxView allNew = tx(new long[][] {{1, d + 1200}, {2, d + 1200}, {3, d + 1200}, {4, d + 1200}, {5, d + 1200}}, outs);
    assertThat(CoinJoinDetectors.whirlpool(allNew)).isFalse();
    TxView tinyFee = tx(new long[][] {{1, d}, {2, d + 50}, {3, d}, {4, d}, {5, d}}, outs);
    assertThat(CoinJoinDetectors.whirlpool(tinyFee)).isFalse();
    TxView tx0 = tx(new long[][] {{1, 5_000_000}}, new long[][] {{10, d + 1200}, {11, d + 1200}, {12, 50_000}, {-1, 0}, {13, 2_000_000}});
    assertThat(CoinJoinDetectors.tx0(tx0)).isTrue();
  }

  @Test
  void joinMarketStonewallAndExchangeVetoes() {
    long d = 5_000_000;
    TxView jm = tx(new long[][] {{1, 9_000_000}, {2, 8_000_000}, {3, 7_000_000}}, new long[][] {{10, d}, {11, d}, {12, d}, {13, 3_999_000}, {14, 2_000_500}});
    assertThat(CoinJoinDetectors.joinMarket(jm)).isTrue();
    TxView stonewall = tx(new long[][] {{1, 900_000}, {2, 900_000}}, new long[][] {{10, 300_000}, {11, 300_000}, {12, 500_000}, {13, 700_000}});
    assertThat(CoinJoinDetectors.stonewall(stonewall)).isTrue();
    CoinJoinClassifier all = new CoinJoinClassifier(EnumSet.copyOf(CoinJoinRule.VETOES), null);
    int f = all.classify(stonewall);
    assertThat(f & CoinJoinRule.GENERIC.bit()).as("generic is not cleared by the Stonewall shape").isNotZero();
    BitSet exchange = new BitSet();
    exchange.set(1);
    int lifted = new CoinJoinClassifier(EnumSet.copyOf(CoinJoinRule.VETOES), exchange).classify(jm);
    assertThat(CoinJoinClassifier.isCoinJoin(lifted)).isFalse();
    assertThat(lifted & CoinJoinRule.EXCHANGE_INPUT.bit()).isNotZero();
    assertThat(CoinJoinClassifier.isCoinJoin(new CoinJoinClassifier(EnumSet.noneOf(CoinJoinRule.class), null).classify(jm))).isFalse();
  }

  @Test
  void wasabiShapes() {
    long d = 10_000_000;
    long[][] ins = new long[12][];
    long[][] outs = new long[25][];
    for (int i = 0; i < 12; i++) {
      ins[i] = new long[] {i, d + 1_000_000 + i * 12_345};
      outs[i] = new long[] {100 + i, d};
      outs[12 + i] = new long[] {200 + i, 990_000 + i * 12_345};
    }
    outs[24] = new long[] {300, 36_000};
    assertThat(CoinJoinDetectors.wasabi1(tx(ins, outs))).isTrue();
    long[][] ins2 = new long[22][];
    long[][] outs2 = new long[12][];
    for (int i = 0; i < 22; i++) {
      ins2[i] = new long[] {i, 1_000_000 + i};
    }
    long[] values = {100_000, 100_000, 200_000, 200_000, 400_000, 400_000, 400_000, 800_000, 800_000, 123_456, 654_321, 7_000};
    for (int i = 0; i < values.length; i++) {
      outs2[i] = new long[] {100 + i, values[i]};
    }
    assertThat(CoinJoinDetectors.wasabi2(tx(ins2, outs2))).isTrue();
    outs2[11] = new long[] {111, 4_999};
    assertThat(CoinJoinDetectors.wasabi2(tx(ins2, outs2))).as("an output below 5,000 sat").isFalse();
  }
}
