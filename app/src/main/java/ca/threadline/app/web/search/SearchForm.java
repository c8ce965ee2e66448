package ca.threadline.app.web.search;

import ca.threadline.app.web.Req;
import ca.threadline.app.web.view.Urls;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.store.search.SearchRequest;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search page's query string: text {@code q}; filters {@code city}, {@code type} (selector
 * type), {@code indicator}, {@code network} (each repeatable: alternatives), {@code from}/{@code to}
 * (days {@code yyyy-MM-dd}, {@code to} inclusive) or {@code month} ({@code yyyy-MM}); {@code sort=date};
 * {@code page}. Bad values are dropped rather than refused: a search box should not fail.
 */
public record SearchForm(String q, List<String> cities, String from, String to, String month, List<String> types,
    List<String> indicators, List<String> networks, boolean byDate, int page) {
  public static final int PAGE_SIZE = 20;

  public static SearchForm of(Context ctx) {
    List<String> types = new ArrayList<>();
    for (String t : ctx.queryParams("type")) {
      try {
        types.add(SelectorType.fromWire(t).wireName());
      } catch (IllegalArgumentException e) {
        // unknown type: ignore
      }
    }
    int page = 1;
    try {
      page = Math.max(1, Math.min(500, Integer.parseInt(ctx.queryParam("page") == null ? "1" : ctx.queryParam("page"))));
    } catch (NumberFormatException e) {
      page = 1;
    }
    return new SearchForm(Req.text(ctx.queryParam("q"), 500), limited(ctx.queryParams("city")),
        date(ctx.queryParam("from")), date(ctx.queryParam("to")), month(ctx.queryParam("month")), types,
        limited(ctx.queryParams("indicator")), limited(ctx.queryParams("network")),
        "date".equals(ctx.queryParam("sort")), page);
  }

  private static List<String> limited(List<String> values) {
    return values.stream().map(v -> Req.text(v, 200)).filter(v -> !v.isEmpty()).distinct().limit(30).toList();
  }

  private static String date(String v) {
    try {
      return v == null || v.isBlank() ? "" : LocalDate.parse(v.strip()).toString();
    } catch (DateTimeParseException e) {
      return "";
    }
  }

  private static String month(String v) {
    try {
      return v == null || v.isBlank() ? "" : YearMonth.parse(v.strip()).toString();
    } catch (DateTimeParseException e) {
      return "";
    }
  }

  public SearchRequest request() {
    Instant f = null;
    Instant t = null;
    if (!month.isEmpty()) {
      YearMonth m = YearMonth.parse(month);
      f = m.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
      t = m.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    if (!from.isEmpty()) {
      f = LocalDate.parse(from).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    if (!to.isEmpty()) {
      t = LocalDate.parse(to).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    SearchRequest r = new SearchRequest(q, cities, f, t, types.stream().map(SelectorType::fromWire).toList(),
        indicators, networks, null, byDate, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    return r;
  }

  /** The parameters of this search, for links that change one of them. */
  public Map<String, List<String>> params() {
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("q", List.of(q));
    p.put("city", cities);
    p.put("month", List.of(month));
    p.put("from", List.of(from));
    p.put("to", List.of(to));
    p.put("type", types);
    p.put("indicator", indicators);
    p.put("network", networks);
    p.put("sort", List.of(byDate ? "date" : ""));
    return p;
  }

  /** The link that adds or removes one facet value (and goes back to page 1). */
  public String toggle(String base, String name, String value) {
    Map<String, List<String>> p = params();
    List<String> values = new ArrayList<>(p.getOrDefault(name, List.of()));
    if (name.equals("month")) {
      values = values.contains(value) ? List.of() : List.of(value);
    } else if (values.contains(value)) {
      values.remove(value);
    } else {
      values.add(value);
    }
    p.put(name, values);
    return Urls.query(base, p);
  }

  public boolean selected(String name, String value) {
    return params().getOrDefault(name, List.of()).contains(value);
  }

  public String pageLink(String base, int n) {
    Map<String, List<String>> p = params();
    p.put("page", List.of(Integer.toString(n)));
    return Urls.query(base, p);
  }
}
