package ca.threadline.store.search;

import ca.threadline.core.selector.SelectorType;
import java.time.Instant;
import java.util.List;

/**
 * A search in one case. Values within one filter are alternatives (OR); different filters must
 * all hold (AND). Facet counts are computed over the results of the whole request.
 *
 * @param query Lucene query syntax over the text ({@code "new in town"}, {@code montreal AND
 *     -toronto}); all words are required by default; blank lists every document
 * @param from inclusive; {@code null} for no lower bound on {@code posted_at}
 * @param to exclusive; {@code null} for no upper bound
 * @param selector a selector key ({@code phone:+14165550199}) the documents must contain
 * @param sortByDate newest first instead of by relevance
 */
public record SearchRequest(
    String query,
    List<String> cities,
    Instant from,
    Instant to,
    List<SelectorType> selectorTypes,
    List<String> indicatorCodes,
    List<String> networks,
    String selector,
    boolean sortByDate,
    int offset,
    int limit) {
  public static final int MAX_LIMIT = 200;

  public SearchRequest {
    cities = cities == null ? List.of() : List.copyOf(cities);
    selectorTypes = selectorTypes == null ? List.of() : List.copyOf(selectorTypes);
    indicatorCodes = indicatorCodes == null ? List.of() : List.copyOf(indicatorCodes);
    networks = networks == null ? List.of() : List.copyOf(networks);
    if (offset < 0 || limit < 0 || limit > MAX_LIMIT || offset > 10_000) {
      throw new IllegalArgumentException("offset must be 0..10000 and limit 0.." + MAX_LIMIT);
    }
  }

  /** A plain text query, first page of 20. */
  public static SearchRequest text(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, null, false, 0, 20);
  }

  public SearchRequest withCities(List<String> c) {
    return new SearchRequest(query, c, from, to, selectorTypes, indicatorCodes, networks, selector, sortByDate, offset, limit);
  }

  public SearchRequest withDates(Instant f, Instant t) {
    return new SearchRequest(query, cities, f, t, selectorTypes, indicatorCodes, networks, selector, sortByDate, offset, limit);
  }

  public SearchRequest withSelectorTypes(List<SelectorType> s) {
    return new SearchRequest(query, cities, from, to, s, indicatorCodes, networks, selector, sortByDate, offset, limit);
  }

  public SearchRequest withIndicators(List<String> i) {
    return new SearchRequest(query, cities, from, to, selectorTypes, i, networks, selector, sortByDate, offset, limit);
  }

  public SearchRequest withNetworks(List<String> n) {
    return new SearchRequest(query, cities, from, to, selectorTypes, indicatorCodes, n, selector, sortByDate, offset, limit);
  }

  public SearchRequest withSelector(String key) {
    return new SearchRequest(query, cities, from, to, selectorTypes, indicatorCodes, networks, key, sortByDate, offset, limit);
  }

  public SearchRequest page(int newOffset, int newLimit) {
    return new SearchRequest(query, cities, from, to, selectorTypes, indicatorCodes, networks, selector, sortByDate, newOffset, newLimit);
  }

  public SearchRequest newestFirst() {
    return new SearchRequest(query, cities, from, to, selectorTypes, indicatorCodes, networks, selector, true, offset, limit);
  }
}
