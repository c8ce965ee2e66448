package ca.threadline.app.demo;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Per-type precision and recall of found selectors against ground truth, the way the extractor
 * is judged: a found value in the gold list is a true positive, one in neither the gold nor the
 * optional list is a false positive, a gold value not found is a false negative.
 */
final class SelectorScore {
  /** Counts for one selector type. */
  record Counts(long truePositives, long falsePositives, long falseNegatives) {
    double precision() {
      long d = truePositives + falsePositives;
      return d == 0 ? 1.0 : (double) truePositives / d;
    }

    double recall() {
      long d = truePositives + falseNegatives;
      return d == 0 ? 1.0 : (double) truePositives / d;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts o) {
      return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives, falseNegatives + o.falseNegatives);
    }
  }

  private final Map<String, Counts> byType = new TreeMap<>();

  /** Adds one record; keys are {@code type:value}. */
  void add(Collection<String> found, Collection<String> gold, Collection<String> optional) {
    Set<String> f = new HashSet<>(found);
    Set<String> g = new HashSet<>(gold);
    for (String k : f) {
      if (g.contains(k)) {
        bump(k, new Counts(1, 0, 0));
      } else if (!optional.contains(k)) {
        bump(k, new Counts(0, 1, 0));
      }
    }
    for (String k : g) {
      if (!f.contains(k)) {
        bump(k, new Counts(0, 0, 1));
      }
    }
  }

  private void bump(String key, Counts c) {
    String type = key.substring(0, key.indexOf(':'));
    byType.merge(type, c, Counts::plus);
  }

  Map<String, Counts> byType() {
    return byType;
  }

  /** Micro-averaged counts over the given types. */
  Counts micro(Set<String> types) {
    Counts total = new Counts(0, 0, 0);
    for (var e : byType.entrySet()) {
      if (types.contains(e.getKey())) {
        total = total.plus(e.getValue());
      }
    }
    return total;
  }
}
