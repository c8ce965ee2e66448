package ca.threadline.store.document;

import java.time.Instant;

/** A document in a list (network page, selector page): enough to show a row and link to it. */
public record DocumentSummary(
    long id, String externalId, String kind, Instant postedAt, String city, String clusterKey, String networkKey,
    String excerpt) {}
