package ca.threadline.app.web.selector;

import ca.threadline.app.web.CaseScope;
import ca.threadline.app.web.Json;
import ca.threadline.app.web.Req;
import ca.threadline.app.web.Services;
import ca.threadline.app.web.chain.ChainLookups;
import ca.threadline.app.web.notes.NoteRoutes;
import ca.threadline.app.web.notes.NotesBlock;
import ca.threadline.app.web.view.Fmt;
import ca.threadline.app.web.view.Urls;
import ca.threadline.store.access.EntityRef;
import ca.threadline.store.access.EntityType;
import ca.threadline.store.document.DocumentSummary;
import ca.threadline.store.document.TimelinePoint;
import ca.threadline.store.selector.SelectorPage;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The selector page (a phone, e-mail, handle, wallet…): every document with it, every city it was
 * advertised in month by month, the networks it links, and for a Bitcoin address the chain
 * engine's cluster, balance, tags and exposure; the wallet page draws the address's money flows.
 */
public final class SelectorRoutes {
  static final int DOCUMENTS = 200;
  private final Services s;
  private final NoteRoutes notes;

  public SelectorRoutes(Services s, NoteRoutes notes) {
    this.s = s;
    this.notes = notes;
  }

  public void register(RoutesConfig r) {
    r.get("/cases/{case}/selector", this::show);
    r.get("/cases/{case}/wallet", this::wallet);
    r.get("/cases/{case}/api/wallet/flows", this::flows);
  }

  public record DocRow(String href, String externalId, String posted, String city, String network, String networkHref,
      String excerpt) {}

  public record NetworkLink(String key, String href, int documents) {}

  /** Cities (columns) by month (rows), counts of documents. */
  public record CityTable(List<String> cities, List<String> months, Map<String, Map<String, Integer>> counts) {
    public int count(String month, String city) {
      return counts.getOrDefault(month, Map.of()).getOrDefault(city, 0);
    }
  }

  public record SelectorModel(SelectorPage page, String firstSeen, String firstDocumentHref, List<DocRow> documents,
      CityTable cities, List<NetworkLink> networks, String walletHref, Optional<ChainLookups.Wallet> wallet,
      Map<String, Map<String, Long>> exposure, boolean chainAvailable, NotesBlock notes) {}

  static String key(Context ctx) {
    String key = Req.text(ctx.queryParam("key"), 1000);
    if (!key.matches("[a-z]{2,10}:.+")) {
      throw new NotFoundResponse("not found");
    }
    return key;
  }

  private void show(Context ctx) {
    CaseScope c = CaseScope.of(ctx, s);
    String key = key(ctx);
    SelectorPage p = s.store().selectors().page(c.user(), c.id(), key, DOCUMENTS);
    List<DocRow> docs = rows(c.base(), p.documents());
    List<NetworkLink> networks = p.networks().stream()
        .map(n -> new NetworkLink(n.networkKey(), Urls.network(c.base(), n.networkKey()), n.documents())).toList();
    Optional<ChainLookups.Wallet> wallet = Optional.empty();
    String walletHref = null;
    if (p.type().equals("btc")) {
      wallet = s.chain().wallet(p.value());
      walletHref = c.base() + "/wallet?address=" + Urls.enc(p.value());
    }
    NotesBlock block = notes.block(ctx, c, EntityRef.of(EntityType.SELECTOR, key));
    s.pages().render(ctx, "selector.jte", Req.page(ctx, p.value(), c.nav()),
        new SelectorModel(p, Fmt.time(p.firstSeenAt()), Urls.document(c.base(), p.firstDocumentId()), docs,
            table(p.citiesByMonth()), networks, walletHref, wallet,
            wallet.map(w -> ChainLookups.exposureRows(w.exposure())).orElse(Map.of()), s.chain().available(), block));
  }

  public static List<DocRow> rows(String base, List<DocumentSummary> docs) {
    List<DocRow> out = new ArrayList<>();
    for (DocumentSummary d : docs) {
      out.add(new DocRow(Urls.document(base, d.id()), d.externalId(), Fmt.date(d.postedAt()), d.city(), d.networkKey(),
          d.networkKey() == null ? null : Urls.network(base, d.networkKey()), d.excerpt()));
    }
    return out;
  }

  static CityTable table(List<TimelinePoint> points) {
    TreeSet<String> cities = new TreeSet<>();
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    for (TimelinePoint p : points) {
      String city = p.city() == null ? "?" : p.city();
      cities.add(city);
      counts.computeIfAbsent(Fmt.date(p.period()).substring(0, 7), k -> new LinkedHashMap<>()).merge(city, p.documents(), Integer::sum);
    }
    return new CityTable(new ArrayList<>(cities), new ArrayList<>(counts.keySet()), counts);
  }

  /** The wallet page: the address's chain record and a graph of its flows. */
  public record WalletModel(String address, Optional<ChainLookups.Wallet> wallet, Map<String, Map<String, Long>> exposure,
      boolean chainAvailable, String selectorHref, String flowsUrl) {}

  private String address(Context ctx, CaseScope c) {
    String address = Req.text(ctx.queryParam("address"), 200);
    // Need to know: only addresses that are selectors of this case (the store checks and audits).
    s.store().selectors().page(c.user(), c.id(), "btc:" + address, 1);
    return address;
  }

  private void wallet(Context ctx) {
    CaseScope c = CaseScope.of(ctx, s);
    String address = address(ctx, c);
    Optional<ChainLookups.Wallet> w = s.chain().wallet(address);
    s.pages().render(ctx, "wallet.jte", Req.page(ctx, address, c.nav()),
        new WalletModel(address, w, w.map(x -> ChainLookups.exposureRows(x.exposure())).orElse(Map.of()),
            s.chain().available(), Urls.selector(c.base(), "btc:" + address),
            c.base() + "/api/wallet/flows?address=" + Urls.enc(address)));
  }

  private void flows(Context ctx) {
    CaseScope c = CaseScope.of(ctx, s);
    String address = address(ctx, c);
    List<Map<String, Object>> nodes = new ArrayList<>();
    List<Map<String, Object>> edges = new ArrayList<>();
    nodes.add(Map.of("id", "seed", "label", address, "kind", "seed"));
    for (ChainLookups.Flow f : s.chain().flows(address)) {
      String id = "c" + f.cluster();
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("id", id);
      node.put("label", (f.tags().isEmpty() ? f.clusterAddress() : String.join(", ", f.tags())));
      node.put("kind", f.tags().isEmpty() ? "cluster" : "tagged");
      node.put("hops", f.hops());
      if (nodes.stream().noneMatch(n -> n.get("id").equals(id))) {
        nodes.add(node);
      }
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("source", f.direction().equals("out") ? "seed" : id);
      e.put("target", f.direction().equals("out") ? id : "seed");
      e.put("label", Fmt.btc(f.amountSat()) + " · " + f.hops() + " hop" + (f.hops() == 1 ? "" : "s"));
      e.put("direction", f.direction());
      edges.add(e);
    }
    Json.send(ctx, Map.of("nodes", nodes, "edges", edges, "chain", s.chain().available()));
  }
}
