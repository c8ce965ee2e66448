package ca.threadline.chain.api;

import java.util.List;

/**
 * Why two addresses share a cluster: the chain of transactions between them, or nothing.
 *
 * @param evidence where the path comes from: {@code "clustering"} (the evidence tree recorded by
 *     {@code chain cluster}) or {@code "co-spend search"} (clusters imported from a Spark run carry
 *     no tree; the path is a shortest chain of co-spends found at query time)
 */
public record Explanation(String a, String b, boolean sameCluster, List<ExplainStep> path, String evidence) {
  public static final String FROM_CLUSTERING = "clustering";
  public static final String FROM_SEARCH = "co-spend search";

  public Explanation(String a, String b, boolean sameCluster, List<ExplainStep> path) {
    this(a, b, sameCluster, path, FROM_CLUSTERING);
  }
}
