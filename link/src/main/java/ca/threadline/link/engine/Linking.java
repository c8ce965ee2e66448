package ca.threadline.link.engine;

import ca.threadline.link.network.NetworkBuilder;
import ca.threadline.link.network.SelectorGraph;

/**
 * The result of linking a corpus: per ad its template cluster and network (each named by the
 * smallest ad index in it), plus the selector graph and generic-selector verdicts behind the
 * networks.
 *
 * <p>Ids on the wire are {@code T<n>} and {@code N<n>} with n the 1-based position of the
 * cluster's or network's first ad in the (concatenated) input. They are opaque to users, but
 * stable: adding ads never renames a cluster unless it merges with an earlier one, and a run on
 * saved state prints exactly what a run on all the input at once prints.
 */
public record Linking(int[] templateLabels, SelectorGraph graph, NetworkBuilder.Networks networks) {
  public int size() {
    return templateLabels.length;
  }

  public int[] networkLabels() {
    return networks.labels();
  }

  public String templateId(int ad) {
    return "T" + (templateLabels[ad] + 1);
  }

  public String networkId(int ad) {
    return "N" + (networks.labels()[ad] + 1);
  }
}
