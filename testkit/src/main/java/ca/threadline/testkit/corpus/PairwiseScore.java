package ca.threadline.testkit.corpus;

import java.util.HashMap;
import java.util.Map;

/**
 * Pairwise precision, recall and F1 of a clustering against gold labels: over all pairs of items,
 * a pair is predicted when both items share a predicted label and true when they share a gold
 * label. Computed from the contingency table in O(n) (no pair enumeration).
 *
 * <p>Pairwise scores weigh a cluster by the square of its size, so they reward getting the big
 * operations right; that is what an investigator following an operation needs.
 */
public record PairwiseScore(long truePairs, long predictedPairs, long goldPairs) {
  public static PairwiseScore of(int[] predicted, int[] gold) {
    if (predicted.length != gold.length) {
      throw new IllegalArgumentException("label arrays differ in length");
    }
    Map<Integer, Long> p = new HashMap<>();
    Map<Integer, Long> g = new HashMap<>();
    Map<Long, Long> cell = new HashMap<>();
    for (int i = 0; i < predicted.length; i++) {
      p.merge(predicted[i], 1L, Long::sum);
      g.merge(gold[i], 1L, Long::sum);
      cell.merge(((long) predicted[i] << 32) | (gold[i] & 0xffffffffL), 1L, Long::sum);
    }
    return new PairwiseScore(pairs(cell), pairs(p), pairs(g));
  }

  private static long pairs(Map<?, Long> counts) {
    long s = 0;
    for (long c : counts.values()) {
      s += c * (c - 1) / 2;
    }
    return s;
  }

  public double precision() {
    return predictedPairs == 0 ? 1.0 : (double) truePairs / predictedPairs;
  }

  public double recall() {
    return goldPairs == 0 ? 1.0 : (double) truePairs / goldPairs;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format("P %.4f  R %.4f  F1 %.4f  (%,d true of %,d predicted pairs, %,d gold pairs)", precision(), recall(), f1(), truePairs, predictedPairs, goldPairs);
  }
}
