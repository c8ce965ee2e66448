package ca.threadline.chain.cluster;

import ca.threadline.chain.store.ChainData;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds why two addresses of an imported cluster (no evidence tree) belong together: a shortest
 * path of co-spends — transactions, not CoinJoins, that spent from both ends of each step — found
 * by breadth-first search from the first address, inside its cluster. Each step is a transaction
 * in which the two addresses were inputs together: the multi-input rule's evidence.
 *
 * <p>CoinJoin verdicts come from the imported run when it shipped them ({@code tx_flags.bin}),
 * else the same classifier is applied here (all vetoes, exchange tags of the store). The search
 * stops after {@code maxAddresses} addresses (an exchange-sized cluster); it then reports no path
 * rather than a wrong one.
 */
public final class CoSpendPaths {
  /** One step: {@code tx} spent from {@code from} and {@code to} together. */
  public record Step(long tx, int from, int to) {}

  private final ChainData d;
  private final ClusterData clusters;
  private final CoinJoinClassifier classifier;
  private final int maxAddresses;

  public CoSpendPaths(ChainData d, ClusterData clusters, BitSet exchange, int maxAddresses) {
    this.d = d;
    this.clusters = clusters;
    this.classifier = new CoinJoinClassifier(EnumSet.copyOf(CoinJoinRule.VETOES), exchange);
    this.maxAddresses = maxAddresses;
  }

  /** The steps from {@code a} to {@code b}, or an empty list when none was found. */
  public List<Step> find(int a, int b) {
    if (a == b) {
      return List.of();
    }
    int cluster = clusters.cluster(a);
    Map<Integer, Step> reachedBy = new HashMap<>();
    Set<Long> seenTx = new HashSet<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(a);
    reachedBy.put(a, null);
    TxView view = new TxView();
    while (!queue.isEmpty() && reachedBy.size() <= maxAddresses) {
      int x = queue.poll();
      for (long o = d.addressHead(x); o >= 0; o = d.outPrevSame(o)) {
        long t = d.outSpentBy(o);
        if (t < 0 || !seenTx.add(t) || coinJoin(t, view)) {
          continue;
        }
        for (long i = d.txFirstInput(t), e = d.txInputEnd(t); i < e; i++) {
          int y = d.inAddress(i);
          if (y < 0 || reachedBy.containsKey(y) || !clusters.covers(y) || clusters.cluster(y) != cluster) {
            continue;
          }
          reachedBy.put(y, new Step(t, x, y));
          if (y == b) {
            return path(reachedBy, b);
          }
          queue.add(y);
        }
      }
    }
    return List.of();
  }

  private boolean coinJoin(long t, TxView view) {
    if (clusters.txCount() > t) {
      return CoinJoinClassifier.isCoinJoin(clusters.txFlags(t));
    }
    view.load(d, t);
    return CoinJoinClassifier.isCoinJoin(classifier.classify(view));
  }

  private static List<Step> path(Map<Integer, Step> reachedBy, int b) {
    List<Step> steps = new ArrayList<>();
    for (Step s = reachedBy.get(b); s != null; s = reachedBy.get(s.from())) {
      steps.add(s);
    }
    Collections.reverse(steps);
    return steps;
  }
}
