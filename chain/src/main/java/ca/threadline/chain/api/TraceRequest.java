package ca.threadline.chain.api;

import java.util.Set;

/**
 * A trace: from an address or a txid, forward (where did the money go) or backward (where did
 * it come from), at most {@code hops} transactions deep.
 *
 * @param taint POISON: every output touched by tainted money counts in full; HAIRCUT: each
 *     output gets the tainted share of the transaction's inputs (BlockSci getPoisonTainted /
 *     getHaircutTainted)
 * @param stopCategories tag categories that end the trace at a cluster (default: exchange,
 *     mixing_service, coinjoin, payment_processor)
 * @param minAmountSat outputs carrying less tainted value are not followed
 * @param fromTime,toTime only transactions with block times in this window are followed (null: open)
 * @param maxTxs safety limit on transactions visited
 * @param wholeCluster seed with every address of the seed address's cluster (an entity), not
 *     just the address
 */
public record TraceRequest(
    String seed,
    Direction direction,
    int hops,
    Taint taint,
    Set<String> stopCategories,
    long minAmountSat,
    Long fromTime,
    Long toTime,
    long maxTxs,
    boolean wholeCluster) {
  public TraceRequest(String seed, Direction direction, int hops, Taint taint, Set<String> stopCategories, long minAmountSat, Long fromTime, Long toTime, long maxTxs) {
    this(seed, direction, hops, taint, stopCategories, minAmountSat, fromTime, toTime, maxTxs, false);
  }

  public static final Set<String> DEFAULT_STOPS = Set.of("exchange", "mixing_service", "coinjoin", "payment_processor");

  public enum Direction {
    FORWARD,
    BACKWARD
  }

  public enum Taint {
    POISON,
    HAIRCUT
  }
}
