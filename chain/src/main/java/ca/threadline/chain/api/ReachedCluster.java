package ca.threadline.chain.api;

import java.util.List;
import java.util.Set;

/**
 * A cluster a trace reached: first at {@code hops} transactions from the seed, with
 * {@code amountSat} of tainted value in total; {@code stopped} when a stop condition (a tagged
 * exchange, mixer, payment processor...) ended the trace there.
 */
public record ReachedCluster(long cluster, String clusterAddress, int hops, long amountSat, List<String> tags, Set<String> categories, boolean stopped, String firstAddress, String firstTxid) {}
