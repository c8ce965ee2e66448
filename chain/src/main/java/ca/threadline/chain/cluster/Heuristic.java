package ca.threadline.chain.cluster;

import java.util.Locale;

/**
 * The rules that may put two addresses in one cluster. Only {@link #MULTI_INPUT} is on by
 * default; the change heuristics are off unless asked for by name, because a wrong change guess
 * merges two owners and can collapse clusters (Meiklejohn et al. 2013; BlockSci docs). Each
 * states a prior confidence on GraphSense's 0–100 scale; the measured false-merge rates on the
 * synthetic corpus are published beside them (docs/chain.md).
 */
public enum Heuristic {
  MULTI_INPUT(-1, "common-input ownership (Nakamoto 2008; Meiklejohn et al. 2013 H1), CoinJoins vetoed"),
  ONE_TIME_CHANGE(50, "GraphSense one_time_change after Meiklejohn et al. 2013 H2: 2-10 outputs; the only output of the inputs' script type, not a multiple of 1,000 sat, below the smallest input, at an address first seen here and used in at most one other transaction"),
  OPTIMAL_CHANGE(30, "BlockSci optimal_change: the only output smaller than every input"),
  ADDRESS_TYPE(20, "BlockSci address_type: all inputs of one script type, the only output of that type"),
  LOCKTIME(30, "BlockSci locktime: the only output spent by a transaction with the same nLockTime behaviour (zero or not); unspent outputs stay candidates"),
  PEEL_CHAIN(40, "BlockSci peeling_chain: a 1-input/2-output transaction next to another; the only output that is unspent or continues the chain");

  private final int confidence;
  private final String rule;

  Heuristic(int confidence, String rule) {
    this.confidence = confidence;
    this.rule = rule;
  }

  /** Prior confidence 0–100, or -1 for the multi-input rule (its errors are measured only). */
  public int confidence() {
    return confidence;
  }

  public String rule() {
    return rule;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Heuristic ofWire(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  public boolean change() {
    return this != MULTI_INPUT;
  }
}
