package ca.threadline.chain.cluster;

import java.util.BitSet;
import java.util.Set;

/**
 * Combines the detectors into one verdict per transaction, with GraphSense's vetoes: a
 * Stonewall shape clears the protocol detectors, and an input address tagged {@code exchange}
 * clears the generic rule, Wasabi 1.x and JoinMarket (exchange batch payouts take their shape).
 * The generic rule is not cleared by the Stonewall shape: a two-party CoinJoin and a Stonewall
 * cannot be told apart, and a missed merge costs less than a false one.
 */
public final class CoinJoinClassifier {
  private final Set<CoinJoinRule> enabled;
  private final java.util.function.IntPredicate exchangeAddress;

  public CoinJoinClassifier(Set<CoinJoinRule> enabled, BitSet exchangeAddresses) {
    this(exchangeAddresses == null ? null : exchangeAddresses::get, enabled);
  }

  private CoinJoinClassifier(java.util.function.IntPredicate exchangeAddress, Set<CoinJoinRule> enabled) {
    this.enabled = enabled;
    this.exchangeAddress = exchangeAddress;
  }

  /**
   * A classifier whose exchange-input veto asks {@code exchangeAddress} whether an address id
   * carries a tag of category {@code exchange} ({@code null}: no tags known). The Spark job passes
   * a lookup in a broadcast sorted list instead of a bit set as large as the highest id.
   */
  public static CoinJoinClassifier withExchangeLookup(Set<CoinJoinRule> enabled, java.util.function.IntPredicate exchangeAddress) {
    return new CoinJoinClassifier(exchangeAddress, enabled);
  }

  /** The flags of {@link CoinJoinRule} that hold for {@code t}. */
  public int classify(TxView t) {
    if (t.coinbase || t.nIn == 0) {
      return 0;
    }
    int f = 0;
    if (t.nIn < CoinJoinDetectors.WASABI_1X_MIN_INPUTS && !t.repeatedOutputValue()) {
      // Every detector but Wasabi 1.x (>= 10 inputs) and Tx0 needs two equal output values.
      return t.nOut >= 3 && CoinJoinDetectors.tx0(t) ? CoinJoinRule.WHIRLPOOL_TX0.bit() : 0;
    }
    if (t.nIn >= 2 && t.nOut >= 3 && on(CoinJoinRule.GENERIC) && CoinJoinDetectors.generic(t)) {
      f |= CoinJoinRule.GENERIC.bit();
    }
    if (t.nIn >= 5 && on(CoinJoinRule.WHIRLPOOL) && CoinJoinDetectors.whirlpool(t)) {
      f |= CoinJoinRule.WHIRLPOOL.bit();
    }
    boolean w2 = t.nIn >= CoinJoinDetectors.WASABI_20_MIN_INPUTS && on(CoinJoinRule.WASABI2) && CoinJoinDetectors.wasabi2(t);
    if (w2) {
      f |= CoinJoinRule.WASABI2.bit();
    } else if (t.nIn >= CoinJoinDetectors.WASABI_1X_MIN_INPUTS && on(CoinJoinRule.WASABI1) && CoinJoinDetectors.wasabi1(t)) {
      f |= CoinJoinRule.WASABI1.bit();
    }
    if (t.nOut >= 3 && on(CoinJoinRule.JOINMARKET) && CoinJoinDetectors.joinMarket(t)) {
      f |= CoinJoinRule.JOINMARKET.bit();
    }
    if (t.nOut >= 3 && CoinJoinDetectors.tx0(t)) {
      f |= CoinJoinRule.WHIRLPOOL_TX0.bit();
    }
    int protocol = CoinJoinRule.WASABI1.bit() | CoinJoinRule.WASABI2.bit() | CoinJoinRule.WHIRLPOOL.bit() | CoinJoinRule.JOINMARKET.bit() | CoinJoinRule.WHIRLPOOL_TX0.bit();
    if ((f & protocol) != 0 && CoinJoinDetectors.stonewall(t)) {
      f = (f & ~protocol) | CoinJoinRule.STONEWALL.bit();
    }
    int exchangeCleared = CoinJoinRule.GENERIC.bit() | CoinJoinRule.WASABI1.bit() | CoinJoinRule.JOINMARKET.bit();
    if ((f & exchangeCleared) != 0 && exchangeAddress != null && anyExchangeInput(t)) {
      f = (f & ~exchangeCleared) | CoinJoinRule.EXCHANGE_INPUT.bit();
    }
    return f;
  }

  private boolean on(CoinJoinRule r) {
    return enabled.contains(r);
  }

  private boolean anyExchangeInput(TxView t) {
    for (int k = 0; k < t.nIn; k++) {
      if (t.inAddr[k] >= 0 && exchangeAddress.test(t.inAddr[k])) {
        return true;
      }
    }
    return false;
  }

  public static boolean isCoinJoin(int flags) {
    return (flags & CoinJoinRule.VETO_MASK) != 0;
  }
}
