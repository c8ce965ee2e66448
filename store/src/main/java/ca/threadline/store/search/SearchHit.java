package ca.threadline.store.search;

import java.time.Instant;
import java.util.List;

/** One document found, with what a result list shows without another query. */
public record SearchHit(
    long documentId,
    String externalId,
    float score,
    Instant postedAt,
    String city,
    String network,
    String kind,
    List<Snippet> snippets) {
  public SearchHit {
    snippets = List.copyOf(snippets);
  }
}
