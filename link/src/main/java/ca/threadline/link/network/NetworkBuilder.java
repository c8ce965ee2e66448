package ca.threadline.link.network;

import ca.threadline.link.graph.UnionFind;

/**
 * Networks: the connected components of ads tied by a shared template cluster or by a shared
 * strong selector that {@link GenericSelectorRule} did not judge generic.
 *
 * <p>Recomputed from scratch on every run (it is linear in ads plus selector occurrences), which
 * is what keeps incremental runs equal to a full recomputation: a selector that was specific
 * yesterday may be generic today, and a union-find cannot undo yesterday's link.
 */
public final class NetworkBuilder {
  private final GenericSelectorRule rule;

  public NetworkBuilder(GenericSelectorRule rule) {
    this.rule = rule;
  }

  public Networks build(SelectorGraph graph) {
    GenericSelectorRule.Verdicts verdicts = rule.judge(graph);
    int n = graph.adCount();
    UnionFind uf = new UnionFind(n);
    int[] t = graph.templateLabels();
    for (int ad = 0; ad < n; ad++) {
      uf.union(ad, t[ad]);
    }
    for (int sel = 0; sel < graph.selectorCount(); sel++) {
      if (verdicts.isGeneric(sel)) {
        continue;
      }
      int[] ads = graph.adsOf(sel);
      for (int k = 1; k < ads.length; k++) {
        uf.union(ads[0], ads[k]);
      }
    }
    return new Networks(uf.canonicalLabels(), verdicts);
  }

  /**
   * @param labels per ad, the smallest ad index of its network
   * @param verdicts the generic-selector verdicts used
   */
  public record Networks(int[] labels, GenericSelectorRule.Verdicts verdicts) {}
}
