package ca.threadline.store.search;

/** How many results have this value in a facet dimension. */
public record FacetCount(String value, int count) {}
