package ca.threadline.app.web.search;

import ca.threadline.app.web.CaseScope;
import ca.threadline.app.web.Req;
import ca.threadline.app.web.Services;
import ca.threadline.app.web.i18n.Messages;
import ca.threadline.app.web.view.Html;
import ca.threadline.app.web.view.Fmt;
import ca.threadline.app.web.view.TextMarks;
import ca.threadline.app.web.view.Urls;
import ca.threadline.store.search.FacetCount;
import ca.threadline.store.search.SearchHit;
import ca.threadline.store.search.SearchResults;
import ca.threadline.store.search.Snippet;
import gg.jte.Content;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Full-text search in a case with facets (city, month, selector type, indicator, network). The
 * store returns snippets as plain text plus mark spans; they are escaped and marked here
 * ({@link TextMarks#snippet}), so hostile ad text stays text.
 */
public final class SearchRoutes {
  /** Facet dimensions shown, and the query parameter that filters on each. */
  static final List<Map.Entry<String, String>> FACETS = List.of(Map.entry("city", "city"), Map.entry("month", "month"),
      Map.entry("selector_type", "type"), Map.entry("indicator", "indicator"), Map.entry("network", "network"));

  private final Services s;

  public SearchRoutes(Services s) {
    this.s = s;
  }

  public void register(RoutesConfig r) {
    r.get("/cases/{case}/search", this::search);
  }

  /** One result as the list shows it. */
  public record HitView(String href, String externalId, String posted, String city, String network, String networkHref,
      String kind, Content snippet) {}

  /** One facet value: its label, count, the link that toggles it, and whether it is on. */
  public record FacetLink(String label, int count, String href, boolean selected) {}

  public record FacetGroup(String title, List<FacetLink> values) {}

  public record SearchModel(SearchForm form, long total, List<HitView> hits, List<FacetGroup> facets, String base,
      String previous, String next, int page, int pages) {}

  private void search(Context ctx) {
    CaseScope c = CaseScope.of(ctx, s);
    SearchForm form = SearchForm.of(ctx);
    SearchResults res = s.store().search().search(c.user(), c.id(), form.request());
    Messages t = Req.messages(ctx);
    String base = c.base() + "/search";
    List<HitView> hits = new ArrayList<>();
    for (SearchHit h : res.hits()) {
      StringBuilder html = new StringBuilder();
      for (Snippet sn : h.snippets()) {
        if (!html.isEmpty()) {
          html.append(" <span class=\"gap\">…</span> ");
        }
        html.append(TextMarks.snippet(sn.text(), sn.marks()));
      }
      hits.add(new HitView(Urls.document(c.base(), h.documentId()), h.externalId(), Fmt.date(h.postedAt()), h.city(),
          h.network(), h.network() == null ? null : Urls.network(c.base(), h.network()), h.kind(),
          Html.trusted(html.toString())));
    }
    List<FacetGroup> facets = new ArrayList<>();
    for (Map.Entry<String, String> f : FACETS) {
      List<FacetLink> links = new ArrayList<>();
      for (FacetCount fc : res.facet(f.getKey())) {
        String label = switch (f.getKey()) {
          case "indicator" -> s.indicators().label(fc.value(), t.lang());
          case "selector_type" -> t.get("type." + fc.value());
          default -> fc.value();
        };
        links.add(new FacetLink(label, fc.count(), form.toggle(base, f.getValue(), fc.value()),
            form.selected(f.getValue(), fc.value())));
      }
      facets.add(new FacetGroup(t.get("facet." + f.getKey()), links));
    }
    int pages = (int) Math.min(500, (res.total() + SearchForm.PAGE_SIZE - 1) / SearchForm.PAGE_SIZE);
    String prev = form.page() > 1 ? form.pageLink(base, form.page() - 1) : null;
    String next = form.page() < pages ? form.pageLink(base, form.page() + 1) : null;
    s.pages().render(ctx, "search.jte", Req.page(ctx, t.get("search.title"), c.nav()),
        new SearchModel(form, res.total(), hits, facets, base, prev, next, form.page(), pages));
  }
}
