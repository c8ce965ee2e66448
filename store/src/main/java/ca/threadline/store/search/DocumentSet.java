package ca.threadline.store.search;

import ca.threadline.store.document.TimelinePoint;
import java.util.List;
import java.util.Map;

/**
 * What the index says about a set of documents of a case (a network, the documents with one
 * selector): how many, the newest ones' database ids in order, facet counts by dimension
 * ({@code selector_key}, {@code network}, {@code cluster}, {@code indicator}, {@code city}), and
 * the timeline by period and city.
 */
public record DocumentSet(
    int total, long[] newestIds, Map<String, List<FacetCount>> facets, List<TimelinePoint> timeline) {

  public List<FacetCount> facet(String dimension) {
    return facets.getOrDefault(dimension, List.of());
  }
}
