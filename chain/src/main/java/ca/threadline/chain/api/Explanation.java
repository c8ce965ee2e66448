package ca.threadline.chain.api;

import java.util.List;

/** Why two addresses share a cluster: the chain of transactions between them, or nothing. */
public record Explanation(String a, String b, boolean sameCluster, List<ExplainStep> path) {}
