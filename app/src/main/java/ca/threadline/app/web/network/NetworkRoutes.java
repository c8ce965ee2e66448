package ca.threadline.app.web.network;

import ca.threadline.app.web.CaseScope;
import ca.threadline.app.web.Json;
import ca.threadline.app.web.Req;
import ca.threadline.app.web.Services;
import ca.threadline.app.web.geo.CityCoordinates;
import ca.threadline.app.web.graph.CaseGraph;
import ca.threadline.app.web.graph.PathFinder;
import ca.threadline.app.web.i18n.Messages;
import ca.threadline.app.web.notes.NoteRoutes;
import ca.threadline.app.web.notes.NotesBlock;
import ca.threadline.app.web.view.Fmt;
import ca.threadline.app.web.view.Urls;
import ca.threadline.core.indicator.IndicatorDefinition;
import ca.threadline.store.access.EntityRef;
import ca.threadline.store.access.EntityType;
import ca.threadline.store.crypto.CryptoLookup;
import ca.threadline.store.document.TimelinePoint;
import ca.threadline.store.link.CircuitStop;
import ca.threadline.store.link.NetworkPage;
import ca.threadline.store.selector.SelectorCount;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The network page — what an analyst needs to judge an operation (research: osint-anchors §4.5):
 * the graph of its ads, selectors and template clusters (expand a node, shortest path between two
 * entities), the timeline of postings, the map of its circuit across Canada, its templates with
 * their slots, the indicator summary with weights and sources, its selectors and crypto look-ups,
 * notes and tags. Graph, timeline and map data come from JSON endpoints of the same case.
 */
public final class NetworkRoutes {
  static final int DOCUMENTS = 200;
  static final Pattern NODE = Pattern.compile("doc:\\d{1,18}|sel:[a-z]{2,10}:.{1,900}|network:.{1,200}|cluster:.{1,200}");
  private final Services s;
  private final NoteRoutes notes;
  private final ExportRoutes exports;

  public NetworkRoutes(Services s, NoteRoutes notes, ExportRoutes exports) {
    this.s = s;
    this.notes = notes;
    this.exports = exports;
  }

  public void register(RoutesConfig r) {
    r.get("/cases/{case}/networks/{net}", this::show);
    r.get("/cases/{case}/api/networks/{net}/graph", this::graph);
    r.get("/cases/{case}/api/networks/{net}/timeline", this::timeline);
    r.get("/cases/{case}/api/networks/{net}/circuit", this::circuit);
    r.get("/cases/{case}/api/graph/expand", this::expand);
    r.get("/cases/{case}/api/graph/path", this::path);
  }

  public record IndicatorRow(String code, String label, String otherLabel, String domain, String weight, String strength,
      String source, int documents, String sample, String rationale) {}

  public record SelectorRow(String type, String value, String href, int documents, boolean tying, boolean ignored) {}

  public record StopRow(int seq, String city, String from, String to, int documents, String areaCodes) {}

  public record CryptoRow(String address, String href, String cluster, String balance, String received) {}

  public record NetworkModel(NetworkPage page, List<ca.threadline.app.web.selector.SelectorRoutes.DocRow> documents,
      List<SelectorRow> selectors, List<TemplateView> templates, List<IndicatorRow> indicators, List<StopRow> circuit,
      List<CryptoRow> crypto, String apiBase, String netApi, ExportRoutes.Links exports, boolean caseAdmin, NotesBlock notes) {}

  private void show(Context ctx) {
    CaseScope c = CaseScope.of(ctx, s);
    String key = ctx.pathParam("net");
    NetworkPage p = s.store().networks().page(c.user(), c.id(), key, DOCUMENTS);
    Messages t = Req.messages(ctx);
    List<SelectorRow> selectors = new ArrayList<>();
    for (SelectorCount sc : p.selectors()) {
      if (sc.type().equals("price") || sc.type().equals("age")) {
        continue;
      }
      selectors.add(new SelectorRow(sc.type(), sc.value(), Urls.selector(c.base(), sc.key()), sc.documents(),
          p.tyingSelectors().contains(sc.key()), p.ignoredSelectors().contains(sc.key())));
    }
    List<TemplateView> templates = p.clusters().stream().map(cl -> TemplateView.of(cl.key(), cl.documents(), cl.templateJson())).toList();
    List<IndicatorRow> indicators = new ArrayList<>();
    for (NetworkPage.IndicatorSummary i : p.indicators()) {
      IndicatorDefinition def = s.indicators().find(i.code()).orElse(null);
      String other = def == null ? "" : "fr".equals(t.lang()) ? def.labelEn() : def.labelFr();
      indicators.add(new IndicatorRow(i.code(), s.indicators().label(i.code(), t.lang()), other, i.domain(), Fmt.weight(i.weight()),
          i.strength(), i.source(), i.documents(), i.sampleEvidence(), s.indicators().rationale(i.code())));
    }
    List<StopRow> circuit = p.circuit().stream()
        .map(st -> new StopRow(st.seq(), st.city(), Fmt.date(st.firstAt()), Fmt.date(st.lastAt()), st.documentCount(),
            String.join(", ", st.areaCodes())))
        .toList();
    List<CryptoRow> crypto = new ArrayList<>();
    for (CryptoLookup l : p.crypto()) {
      crypto.add(new CryptoRow(l.address(), c.base() + "/wallet?address=" + Urls.enc(l.address()), l.chainCluster(),
          Fmt.btc(l.balanceSat()), Fmt.btc(l.receivedSat())));
    }
    String api = c.base() + "/api";
    NotesBlock block = notes.block(ctx, c, EntityRef.of(EntityType.NETWORK, key));
    s.pages().render(ctx, "network.jte", Req.page(ctx, t.get("network.title", key), c.nav()),
        new NetworkModel(p, ca.threadline.app.web.selector.SelectorRoutes.rows(c.base(), p.documents()), selectors, templates,
            indicators, circuit, crypto, api, Urls.network(api, key),
            ExportRoutes.Links.of(Urls.network(c.base(), key), exports.pdfAvailable()), c.caseAdmin(), block));
  }

  private void graph(Context ctx) {
    CaseScope c = CaseScope.of(ctx, s);
    Json.send(ctx, new CaseGraph(s.store(), c.user(), c.id()).network(ctx.pathParam("net")).json());
  }

  private static String node(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || !NODE.matcher(v).matches()) {
      throw new BadRequestResponse("bad node id");
    }
    return v;
  }

  private void expand(Context ctx) {
    CaseScope c = CaseScope.of(ctx, s);
    Json.send(ctx, new CaseGraph(s.store(), c.user(), c.id()).expand(node(ctx, "node")).json());
  }

  private void path(Context ctx) {
    CaseScope c = CaseScope.of(ctx, s);
    PathFinder.Result r = new PathFinder(new CaseGraph(s.store(), c.user(), c.id())).find(node(ctx, "from"), node(ctx, "to"));
    Map<String, Object> out = new LinkedHashMap<>(r.path().json());
    out.put("found", r.found());
    out.put("truncated", r.truncated());
    out.put("expansions", r.expansions());
    Json.send(ctx, out);
  }

  /** Postings per day and city: {@code {"days":[...],"cities":[...],"counts":{city:[n per day]}}}. */
  private void timeline(Context ctx) {
    CaseScope c = CaseScope.of(ctx, s);
    String key = ctx.pathParam("net");
    List<TimelinePoint> points = s.store().documents().timeline(c.user(), c.id(), key, null, "day");
    TreeMap<String, Map<String, Integer>> byDay = new TreeMap<>();
    Map<String, Integer> totals = new TreeMap<>();
    for (TimelinePoint p : points) {
      String city = p.city() == null ? "?" : p.city();
      byDay.computeIfAbsent(Fmt.date(p.period()), k -> new TreeMap<>()).merge(city, p.documents(), Integer::sum);
      totals.merge(city, p.documents(), Integer::sum);
    }
    List<String> cities = totals.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).map(Map.Entry::getKey).toList();
    List<Map<String, Object>> days = new ArrayList<>();
    byDay.forEach((day, counts) -> days.add(Map.of("day", day, "counts", counts)));
    Json.send(ctx, Map.of("cities", cities, "days", days));
  }

  /**
   * The circuit on the map: the linker's stops (cities over time) with coordinates; when the
   * linker has not written a circuit, the cities of the network's postings with their counts.
   */
  private void circuit(Context ctx) {
    CaseScope c = CaseScope.of(ctx, s);
    String key = ctx.pathParam("net");
    NetworkPage p = s.store().networks().page(c.user(), c.id(), key, 1);
    List<Map<String, Object>> stops = new ArrayList<>();
    for (CircuitStop st : p.circuit()) {
      s.cities().find(st.city()).ifPresent(pt -> stops.add(point(pt, st.documentCount(), st.seq(), Fmt.date(st.firstAt()),
          Fmt.date(st.lastAt()))));
    }
    Map<String, Integer> perCity = new TreeMap<>();
    for (TimelinePoint tp : p.timeline()) {
      if (tp.city() != null) {
        perCity.merge(tp.city(), tp.documents(), Integer::sum);
      }
    }
    List<Map<String, Object>> cities = new ArrayList<>();
    perCity.forEach((city, n) -> s.cities().find(city).ifPresent(pt -> cities.add(point(pt, n, 0, "", ""))));
    Json.send(ctx, Map.of("stops", stops, "cities", cities));
  }

  private static Map<String, Object> point(CityCoordinates.Point pt, int documents, int seq, String from, String to) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("city", pt.city());
    m.put("lat", pt.lat());
    m.put("lon", pt.lon());
    m.put("documents", documents);
    m.put("seq", seq);
    m.put("from", from);
    m.put("to", to);
    return m;
  }
}
