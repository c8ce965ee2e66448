package ca.threadline.store.selector;

import ca.threadline.store.crypto.CryptoLookup;
import ca.threadline.store.document.DocumentSummary;
import ca.threadline.store.document.TimelinePoint;
import java.time.Instant;
import java.util.List;

/**
 * Everything about one selector in a case (e.g. a phone): where it was first seen, every
 * document with it (newest first, up to the requested limit; {@code documentCount} is the total),
 * the cities it was advertised in month by month, the networks it links, and the chain look-up
 * for a Bitcoin address.
 */
public record SelectorPage(
    String key,
    String type,
    String value,
    Instant firstSeenAt,
    long firstDocumentId,
    int documentCount,
    List<DocumentSummary> documents,
    List<TimelinePoint> citiesByMonth,
    List<NetworkCount> networks,
    CryptoLookup crypto) {

  /** A network and how many of the selector's documents are in it. */
  public record NetworkCount(String networkKey, int documents) {}
}
