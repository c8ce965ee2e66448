package ca.threadline.chain.cluster;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The CoinJoin detectors, as flag bits of a transaction's verdict. The first five veto the
 * multi-input rule; the rest are labels. Confidences are GraphSense's (graphsense-lib 26.04,
 * {@code heuristics_service.py}); the generic rule is BlockSci's {@code isCoinjoin}.
 */
public enum CoinJoinRule {
  GENERIC(1, "BlockSci isCoinjoin (Kalodner et al. 2020), as ported by GraphSense ingest", -1, true),
  WASABI1(2, "Wasabi 1.0/1.1 ZeroLink (GraphSense _wasabi_11_heuristic; 1.0 confidence 70, 1.1 scored)", 70, true),
  WASABI2(4, "Wasabi 2.0 WabiSabi (GraphSense _wasabi_20_heuristic)", 60, true),
  WHIRLPOOL(8, "Samourai Whirlpool mix (GraphSense _whirlpool_coinjoin_heuristic)", 60, true),
  JOINMARKET(16, "JoinMarket (GraphSense _joinmarket_heuristic)", 49, true),
  WHIRLPOOL_TX0(32, "Whirlpool Tx0 premix (label only: a Tx0 is one user's transaction)", 60, false),
  STONEWALL(64, "Stonewall shape: clears the protocol detectors (GraphSense _is_stonewall)", -1, false),
  EXCHANGE_INPUT(128, "an input address is tagged exchange: clears generic, Wasabi 1.x and JoinMarket", -1, false);

  public static final Set<CoinJoinRule> VETOES = EnumSet.of(GENERIC, WASABI1, WASABI2, WHIRLPOOL, JOINMARKET);
  public static final int VETO_MASK = 1 | 2 | 4 | 8 | 16;
  private final int bit;
  private final String source;
  private final int confidence;
  private final boolean veto;

  CoinJoinRule(int bit, String source, int confidence, boolean veto) {
    this.bit = bit;
    this.source = source;
    this.confidence = confidence;
    this.veto = veto;
  }

  public int bit() {
    return bit;
  }

  public String source() {
    return source;
  }

  public int confidence() {
    return confidence;
  }

  public boolean veto() {
    return veto;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static CoinJoinRule ofWire(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  public static String describe(int flags) {
    StringBuilder sb = new StringBuilder();
    for (CoinJoinRule r : values()) {
      if ((flags & r.bit) != 0) {
        sb.append(sb.isEmpty() ? "" : ",").append(r.wireName());
      }
    }
    return sb.toString();
  }
}
