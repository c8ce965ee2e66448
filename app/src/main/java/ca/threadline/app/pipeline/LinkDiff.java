package ca.threadline.app.pipeline;

import ca.threadline.link.circuit.Circuit;
import ca.threadline.link.circuit.PhoneOrigins;
import ca.threadline.link.engine.AdRecord;
import ca.threadline.link.engine.Explanations;
import ca.threadline.link.engine.Featurizer;
import ca.threadline.link.engine.LinkCorpus;
import ca.threadline.link.engine.Linking;
import ca.threadline.link.engine.NetworkView;
import ca.threadline.link.template.TemplateExplainer;
import ca.threadline.link.template.TemplateView;
import ca.threadline.store.link.Assignment;
import ca.threadline.store.link.CircuitStop;
import ca.threadline.store.link.ClusterRecord;
import ca.threadline.store.link.LinkUpdate;
import ca.threadline.store.link.NetworkRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What of a fresh {@link Linking} the case store does not have yet, as a {@link LinkUpdate}.
 *
 * <p>Keys: a template cluster or network of two or more documents is {@code T<n>}/{@code N<n>}
 * (n: 1 + its first document's position, as {@code threadline cluster} names them); a document
 * alone has none. Only what differs from the last applied state ({@link PipelineState}) is sent:
 * changed assignments, templates whose aligned documents changed (a template is read from the
 * first {@value TemplateExplainer#MAX_ALIGNED} documents of its cluster, so it only changes when
 * those do), networks whose tying selectors, ignored selectors or circuit changed, and networks
 * that no longer exist (merged into another).
 */
final class LinkDiff {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The update and the state to remember once it is applied. */
  record Result(LinkUpdate update, int[] templateKeys, int[] networkKeys, Map<String, String> clusters,
      Map<String, String> networks, int templateClusters, int networkCount) {}

  private LinkDiff() {}

  static Result compute(LinkCorpus corpus, Linking linking, Featurizer featurizer, PipelineState prev) {
    int n = corpus.size();
    int[] tl = linking.templateLabels();
    int[] nl = linking.networkLabels();
    int[] tSize = new int[n];
    int[] nSize = new int[n];
    for (int ad = 0; ad < n; ad++) {
      tSize[tl[ad]]++;
      nSize[nl[ad]]++;
    }
    int[] tk = new int[n];
    int[] nk = new int[n];
    List<Assignment> assignments = new ArrayList<>();
    for (int ad = 0; ad < n; ad++) {
      tk[ad] = tSize[tl[ad]] >= 2 ? tl[ad] + 1 : 0;
      nk[ad] = nSize[nl[ad]] >= 2 ? nl[ad] + 1 : 0;
      boolean known = ad < prev.templateKeys.length && ad < prev.networkKeys.length;
      if (!known || prev.templateKeys[ad] != tk[ad] || prev.networkKeys[ad] != nk[ad]) {
        assignments.add(new Assignment(corpus.id(ad), key("T", tk[ad]), key("N", nk[ad])));
      }
    }
    Map<String, String> clusterDigests = new TreeMap<>();
    List<ClusterRecord> clusters = new ArrayList<>();
    Map<Integer, List<Integer>> firstMembers = new TreeMap<>();
    for (int ad = 0; ad < n; ad++) {
      if (tSize[tl[ad]] >= 2) {
        List<Integer> m = firstMembers.computeIfAbsent(tl[ad], k -> new ArrayList<>());
        if (m.size() < TemplateExplainer.MAX_ALIGNED) {
          m.add(ad);
        }
      }
    }
    TemplateExplainer explainer = new TemplateExplainer();
    for (Map.Entry<Integer, List<Integer>> e : firstMembers.entrySet()) {
      String key = key("T", e.getKey() + 1);
      StringBuilder sig = new StringBuilder();
      e.getValue().forEach(ad -> sig.append(corpus.id(ad)).append('\n'));
      String digest = digest(sig.toString());
      clusterDigests.put(key, digest);
      if (!digest.equals(prev.clusters.get(key))) {
        List<TemplateExplainer.Member> members = new ArrayList<>();
        for (int ad : e.getValue()) {
          AdRecord r = corpus.record(ad);
          members.add(new TemplateExplainer.Member(ad, r.text(), featurizer.mask(r), corpus.templates().shingles(ad)));
        }
        clusters.add(new ClusterRecord(key, templateJson(explainer.explain(members), corpus)));
      }
    }
    Map<String, String> networkDigests = new TreeMap<>();
    List<NetworkRecord> networks = new ArrayList<>();
    Map<String, List<CircuitStop>> circuits = new LinkedHashMap<>();
    Map<Integer, List<Integer>> members = new TreeMap<>();
    for (int ad = 0; ad < n; ad++) {
      if (nSize[nl[ad]] >= 2) {
        members.computeIfAbsent(nl[ad], k -> new ArrayList<>()).add(ad);
      }
    }
    new Explanations(featurizer, PhoneOrigins.areaCodeOnly()).networks(corpus, linking, view -> {
      String key = key("N", view.network() + 1);
      List<String> tying = view.tiedBy().stream().map(t -> t.type() + ":" + t.value()).toList();
      List<String> ignored = view.ignored().stream().map(i -> i.type() + ":" + i.value()).toList();
      List<CircuitStop> stops = stops(view.circuit(), members.get(view.network()), corpus);
      String digest = digest(tying + "\n" + ignored + "\n" + stops);
      networkDigests.put(key, digest);
      if (!digest.equals(prev.networks.get(key))) {
        networks.add(new NetworkRecord(key, tying, ignored));
        circuits.put(key, stops);
      }
    });
    List<String> removed = new ArrayList<>();
    for (String old : prev.networks.keySet()) {
      if (!networkDigests.containsKey(old)) {
        removed.add(old);
      }
    }
    LinkUpdate update = new LinkUpdate(assignments, clusters, networks, circuits, removed);
    return new Result(update, tk, nk, clusterDigests, networkDigests, clusterDigests.size(), networkDigests.size());
  }

  static String key(String prefix, int code) {
    return code == 0 ? null : prefix + code;
  }

  /**
   * The circuit's stops with the area codes of the phones advertised at each: the documents of
   * the network placed in the stop's city and dated within the stay.
   */
  private static List<CircuitStop> stops(Circuit c, List<Integer> ads, LinkCorpus corpus) {
    List<CircuitStop> out = new ArrayList<>();
    int seq = 0;
    for (Circuit.Stop s : c.stops()) {
      TreeSet<String> codes = new TreeSet<>();
      for (int ad : ads) {
        Instant at = corpus.postedAt(ad);
        if (at != null && s.place().equals(corpus.place(ad)) && !at.isBefore(s.from()) && !at.isAfter(s.to())) {
          for (String phone : corpus.phones(ad)) {
            if (phone.startsWith("+1") && phone.length() == 12) {
              codes.add(phone.substring(2, 5));
            }
          }
        }
      }
      out.add(new CircuitStop(seq++, s.place(), s.from(), s.to(), s.ads(), List.copyOf(codes)));
    }
    return out;
  }

  /** The template as stored: the shared words with {@code {n:type}} slots, and each slot's values. */
  private static String templateJson(TemplateView v, LinkCorpus corpus) {
    ObjectNode o = JSON.createObjectNode();
    o.put("template", v.template());
    o.put("center", corpus.id(v.centerAd()));
    o.put("aligned", v.aligned());
    o.put("fixed_share", Math.round(v.fixedShare() * 1000) / 1000.0);
    ArrayNode slots = o.putArray("slots");
    for (TemplateView.Slot s : v.slots()) {
      ObjectNode so = slots.addObject();
      so.put("slot", s.number());
      so.put("type", s.type());
      so.put("ads", s.adsWithValue());
      so.put("distinct", s.distinct());
      ArrayNode values = so.putArray("values");
      for (TemplateView.Value val : s.values()) {
        values.addObject().put("value", val.value()).put("ads", val.ads());
      }
    }
    return o.toString();
  }

  static String digest(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
