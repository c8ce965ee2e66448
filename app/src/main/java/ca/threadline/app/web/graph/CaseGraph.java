package ca.threadline.app.web.graph;

import ca.threadline.app.web.view.Fmt;
import ca.threadline.app.web.view.Urls;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.store.Store;
import ca.threadline.store.access.User;
import ca.threadline.store.document.DocumentSummary;
import ca.threadline.store.document.DocumentView;
import ca.threadline.store.document.StoredSelector;
import ca.threadline.store.link.NetworkPage;
import ca.threadline.store.selector.SelectorCount;
import ca.threadline.store.selector.SelectorPage;
import java.util.List;

/**
 * The link graph of a case as the store answers it, one neighbourhood at a time: a document's
 * strong selectors (phone, e-mail, handle, btc, eth), cluster and network; a selector's documents
 * and networks; a network's documents. Only strong selectors are nodes: ages, prices and places
 * are shared by unrelated people and would tie everything to everything. Every read goes through
 * the store, which checks membership and audits it. Neighbourhoods are capped ({@link #FAN_OUT})
 * so a generic phone shared by thousands of ads cannot flood the view; a capped answer says so.
 */
public final class CaseGraph {
  static final int FAN_OUT = 40;
  static final int NETWORK_DOCUMENTS = 120;
  static final int NETWORK_SELECTORS = 30;
  private final Store store;
  private final User user;
  private final long caseId;
  private final String base;

  public CaseGraph(Store store, User user, long caseId) {
    this.store = store;
    this.user = user;
    this.caseId = caseId;
    this.base = "/cases/" + caseId;
  }

  static boolean strong(String type) {
    try {
      return SelectorType.fromWire(type).strong();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A network's documents, their strong selectors and template clusters, and the other networks they reach. */
  public GraphData network(String key) {
    GraphData g = new GraphData();
    NetworkPage p = store.networks().page(user, caseId, key, NETWORK_DOCUMENTS);
    if (p.documentCount() > p.documents().size()) {
      g.truncated();
    }
    for (DocumentSummary d : p.documents()) {
      addDocument(g, d);
    }
    for (NetworkPage.ClusterSummary cl : p.clusters()) {
      g.add(cluster(cl.key(), cl.documents()));
    }
    for (DocumentSummary d : p.documents()) {
      if (d.clusterKey() != null) {
        g.add(cluster(d.clusterKey(), 0));
        g.link(docId(d.id()), "cluster:" + d.clusterKey(), "template");
      }
    }
    List<SelectorCount> strong = p.selectors().stream().filter(sc -> strong(sc.type())).limit(NETWORK_SELECTORS).toList();
    if (strong.size() < p.selectors().stream().filter(sc -> strong(sc.type())).count()) {
      g.truncated();
    }
    for (SelectorCount sc : strong) {
      g.add(selector(sc.key(), sc.type(), sc.value(), sc.documents()));
      SelectorPage sp = store.selectors().page(user, caseId, sc.key(), FAN_OUT * 3);
      for (DocumentSummary d : sp.documents()) {
        if (g.has(docId(d.id()))) {
          g.link("sel:" + sc.key(), docId(d.id()), "contains");
        }
      }
      for (SelectorPage.NetworkCount n : sp.networks()) {
        if (!n.networkKey().equals(key)) {
          g.add(network(n.networkKey(), n.documents()));
          g.link("sel:" + sc.key(), "network:" + n.networkKey(), "also in");
        }
      }
    }
    return g;
  }

  /** The neighbours of one node, for "expand". */
  public GraphData expand(String nodeId) {
    GraphData g = new GraphData();
    if (nodeId.startsWith("doc:")) {
      long id = Long.parseLong(nodeId.substring(4));
      DocumentView d = store.documents().get(user, caseId, id);
      g.add(new GraphData.Node(nodeId, "doc", d.externalId(), Urls.document(base, id), label(d.city(), d.postedAt())));
      for (StoredSelector s : d.selectors()) {
        if (strong(s.type())) {
          g.add(selector(s.key(), s.type(), s.value(), 0));
          g.link(nodeId, "sel:" + s.key(), "contains");
        }
      }
      if (d.clusterKey() != null) {
        g.add(cluster(d.clusterKey(), 0));
        g.link(nodeId, "cluster:" + d.clusterKey(), "template");
      }
      if (d.networkKey() != null) {
        g.add(network(d.networkKey(), 0));
        g.link(nodeId, "network:" + d.networkKey(), "in");
      }
    } else if (nodeId.startsWith("sel:")) {
      String key = nodeId.substring(4);
      SelectorPage sp = store.selectors().page(user, caseId, key, FAN_OUT);
      g.add(selector(key, sp.type(), sp.value(), sp.documentCount()));
      if (sp.documentCount() > sp.documents().size()) {
        g.truncated();
      }
      for (DocumentSummary d : sp.documents()) {
        addDocument(g, d);
        g.link(nodeId, docId(d.id()), "contains");
      }
      for (SelectorPage.NetworkCount n : sp.networks()) {
        g.add(network(n.networkKey(), n.documents()));
        g.link(nodeId, "network:" + n.networkKey(), "in");
      }
    } else if (nodeId.startsWith("network:")) {
      String key = nodeId.substring(8);
      NetworkPage p = store.networks().page(user, caseId, key, FAN_OUT);
      g.add(network(key, p.documentCount()));
      if (p.documentCount() > p.documents().size()) {
        g.truncated();
      }
      for (DocumentSummary d : p.documents()) {
        addDocument(g, d);
        g.link(nodeId, docId(d.id()), "in");
      }
    } else if (nodeId.startsWith("cluster:")) {
      g.add(cluster(nodeId.substring(8), 0));
    } else {
      throw new IllegalArgumentException("unknown node " + nodeId);
    }
    return g;
  }

  private void addDocument(GraphData g, DocumentSummary d) {
    g.add(new GraphData.Node(docId(d.id()), "doc", d.externalId(), Urls.document(base, d.id()), label(d.city(), d.postedAt())));
  }

  private static String label(String city, java.time.Instant posted) {
    String c = city == null ? "" : city;
    String t = Fmt.date(posted);
    return c.isEmpty() ? t : t.isEmpty() ? c : c + " · " + t;
  }

  private static String docId(long id) {
    return "doc:" + id;
  }

  private GraphData.Node selector(String key, String type, String value, int documents) {
    return new GraphData.Node("sel:" + key, type, value, Urls.selector(base, key), documents > 0 ? documents + " docs" : "");
  }

  private GraphData.Node cluster(String key, int documents) {
    return new GraphData.Node("cluster:" + key, "cluster", key, null, documents > 0 ? documents + " docs" : "");
  }

  private GraphData.Node network(String key, int documents) {
    return new GraphData.Node("network:" + key, "network", key, Urls.network(base, key), documents > 0 ? documents + " docs" : "");
  }
}
