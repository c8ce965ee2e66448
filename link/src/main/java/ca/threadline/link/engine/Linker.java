package ca.threadline.link.engine;

import ca.threadline.link.network.GenericSelectorRule;
import ca.threadline.link.network.NetworkBuilder;
import ca.threadline.link.network.SelectorGraph;

/** Derives template clusters and networks of a {@link LinkCorpus}. Stateless. */
public final class Linker {
  private final GenericSelectorRule rule;

  public Linker(GenericSelectorRule rule) {
    this.rule = rule;
  }

  public Linker() {
    this(GenericSelectorRule.defaults());
  }

  public GenericSelectorRule rule() {
    return rule;
  }

  public Linking link(LinkCorpus corpus) {
    int[] templates = corpus.templates().labels();
    int n = corpus.size();
    int[][] sel = new int[n][];
    for (int ad = 0; ad < n; ad++) {
      sel[ad] = corpus.selectorIds(ad);
    }
    String[] keys = new String[corpus.selectorCount()];
    for (int s = 0; s < keys.length; s++) {
      keys[s] = corpus.selectorKey(s);
    }
    SelectorGraph graph = new SelectorGraph(templates, sel, keys);
    return new Linking(templates, graph, new NetworkBuilder(rule).build(graph));
  }
}
