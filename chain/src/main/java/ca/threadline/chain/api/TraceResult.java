package ca.threadline.chain.api;

import java.util.List;

/** The clusters a trace reached, ordered by hops then amount; {@code truncated} when maxTxs was hit. */
public record TraceResult(List<ReachedCluster> clusters, long txsVisited, boolean truncated, long seedAmountSat) {}
