package ca.threadline.store.document;

import java.time.Instant;

/** How many documents were posted in one city in one period (day or month, by its start, UTC). */
public record TimelinePoint(Instant period, String city, int documents) {}
