package ca.threadline.store.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total number of matching documents, and the facet counts over all of
 * them, by dimension ({@code city}, {@code month}, {@code selector_type}, {@code indicator},
 * {@code network}, {@code cluster}, {@code language}, {@code kind}), largest first.
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  public List<FacetCount> facet(String dimension) {
    return facets.getOrDefault(dimension, List.of());
  }
}
