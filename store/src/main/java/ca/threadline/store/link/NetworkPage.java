package ca.threadline.store.link;

import ca.threadline.store.crypto.CryptoLookup;
import ca.threadline.store.document.DocumentSummary;
import ca.threadline.store.document.TimelinePoint;
import ca.threadline.store.selector.SelectorCount;
import java.util.List;

/**
 * The data of the network page: its documents (newest first, capped; {@code documentCount} is the
 * total), its selectors with counts, the tying and deliberately ignored selectors, its template
 * clusters with their templates, its circuit, an indicator summary with weights and sources, the
 * daily timeline by city, and chain look-ups of its Bitcoin addresses.
 */
public record NetworkPage(
    String key,
    List<String> tyingSelectors,
    List<String> ignoredSelectors,
    int documentCount,
    List<DocumentSummary> documents,
    List<SelectorCount> selectors,
    List<ClusterSummary> clusters,
    List<CircuitStop> circuit,
    List<IndicatorSummary> indicators,
    List<TimelinePoint> timeline,
    List<CryptoLookup> crypto) {

  /** A template cluster within the network, with how many of the network's documents it holds. */
  public record ClusterSummary(String key, String templateJson, int documents) {}

  /**
   * One indicator across the network's documents: the rule's weight, evidence strength and
   * source, how many documents show it, and one example of the words that fired it.
   */
  public record IndicatorSummary(
      String code, String domain, double weight, String strength, String source, int documents,
      String sampleEvidence) {}
}
