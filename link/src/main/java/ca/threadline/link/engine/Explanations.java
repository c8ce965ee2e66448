package ca.threadline.link.engine;

import ca.threadline.link.circuit.CircuitBuilder;
import ca.threadline.link.circuit.PhoneOrigins;
import ca.threadline.link.network.GenericSelectorRule;
import ca.threadline.link.network.SelectorGraph;
import ca.threadline.link.template.TemplateExplainer;
import ca.threadline.link.template.TemplateView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * Builds the {@code --explain} views of a {@link Linking}: one {@link TemplateView} per template
 * cluster of at least two ads, one {@link NetworkView} per network of at least two ads, both in the
 * order of their first ad.
 */
public final class Explanations {
  private final Featurizer featurizer;
  private final PhoneOrigins origins;
  private final TemplateExplainer templates = new TemplateExplainer();
  private final CircuitBuilder circuits = new CircuitBuilder();

  public Explanations(Featurizer featurizer, PhoneOrigins origins) {
    this.featurizer = featurizer;
    this.origins = origins;
  }

  /** Members (ad indices, ascending) of every group of size >= 2, keyed by label, in label order. */
  static Map<Integer, int[]> groups(int[] labels) {
    int[] counts = new int[labels.length];
    for (int l : labels) {
      counts[l]++;
    }
    Map<Integer, int[]> out = new TreeMap<>();
    int[] fill = new int[labels.length];
    for (int ad = 0; ad < labels.length; ad++) {
      int l = labels[ad];
      if (counts[l] >= 2) {
        int[] m = out.computeIfAbsent(l, k -> new int[counts[k]]);
        m[fill[l]++] = ad;
      }
    }
    return out;
  }

  /** Template views of clusters with >= 2 ads; needs a corpus that keeps records. */
  public void templates(LinkCorpus corpus, Linking linking, TemplateSink sink) {
    for (Map.Entry<Integer, int[]> e : groups(linking.templateLabels()).entrySet()) {
      int[] ads = e.getValue();
      List<TemplateExplainer.Member> members = new ArrayList<>();
      for (int k = 0; k < Math.min(ads.length, TemplateExplainer.MAX_ALIGNED); k++) {
        int ad = ads[k];
        AdRecord r = corpus.record(ad);
        members.add(new TemplateExplainer.Member(ad, r.text(), featurizer.mask(r), corpus.templates().shingles(ad)));
      }
      sink.accept(e.getKey(), ads.length, templates.explain(members));
    }
  }

  /** Receives template views. */
  @FunctionalInterface
  public interface TemplateSink {
    void accept(int cluster, int ads, TemplateView view);
  }

  /** Network views of networks with >= 2 ads. */
  public void networks(LinkCorpus corpus, Linking linking, java.util.function.Consumer<NetworkView> sink) {
    SelectorGraph g = linking.graph();
    GenericSelectorRule.Verdicts v = linking.networks().verdicts();
    int n = corpus.size();
    long[] times = new long[n];
    String[] places = new String[n];
    for (int ad = 0; ad < n; ad++) {
      times[ad] = corpus.postedAt(ad) == null ? CircuitBuilder.UNDATED : corpus.postedAt(ad).getEpochSecond();
      places[ad] = corpus.place(ad);
    }
    int[] tl = linking.templateLabels();
    int[] templateSize = new int[n];
    for (int l : tl) {
      templateSize[l]++;
    }
    for (Map.Entry<Integer, int[]> e : groups(linking.networkLabels()).entrySet()) {
      int[] ads = e.getValue();
      List<Integer> clusters = new ArrayList<>();
      int single = 0;
      Map<Integer, Integer> selectorAds = new TreeMap<>();
      Map<String, Integer> phoneAds = new TreeMap<>();
      for (int ad : ads) {
        if (templateSize[tl[ad]] >= 2) {
          if (tl[ad] == ad) {
            clusters.add(ad);
          }
        } else {
          single++;
        }
        for (int s : g.selectorsOf(ad)) {
          selectorAds.merge(s, 1, Integer::sum);
        }
        for (String p : corpus.phones(ad)) {
          phoneAds.merge(p, 1, Integer::sum);
        }
      }
      List<NetworkView.Tie> ties = new ArrayList<>();
      List<NetworkView.Ignored> ignored = new ArrayList<>();
      forEachSorted(selectorAds, s -> {
        int here = selectorAds.get(s);
        String key = g.key(s);
        int colon = key.indexOf(':');
        String type = key.substring(0, colon);
        String value = key.substring(colon + 1);
        if (v.isGeneric(s)) {
          ignored.add(new NetworkView.Ignored(type, value, here, g.adsOf(s).length, v.groups()[s], v.ownContactGroups()[s], v.reason(s)));
        } else if (here >= 2) {
          ties.add(new NetworkView.Tie(type, value, here, v.groups()[s]));
        }
      });
      List<NetworkView.PhoneOrigin> po = new ArrayList<>();
      for (Map.Entry<String, Integer> p : phoneAds.entrySet()) {
        po.add(new NetworkView.PhoneOrigin(p.getKey(), origins.of(p.getKey()).orElse(null), p.getValue()));
      }
      sink.accept(new NetworkView(e.getKey(), ads.length, clusters, single, ties, ignored, circuits.build(ads, times, places), po));
    }
  }

  /** Visits selectors by descending ad count, then key, so the strongest ties come first. */
  private static void forEachSorted(Map<Integer, Integer> counts, IntConsumer action) {
    Map<Integer, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(x -> sorted.put(x.getKey(), x.getValue()));
    sorted.keySet().forEach(action::accept);
  }
}
