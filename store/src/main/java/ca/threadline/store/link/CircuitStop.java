package ca.threadline.store.link;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One city of a network's circuit: when the network advertised there and from which phone area
 * codes (where the phones come from, not where the ads say they are).
 */
public record CircuitStop(int seq, String city, Instant firstAt, Instant lastAt, int documentCount, List<String> areaCodes) {
  public CircuitStop {
    Objects.requireNonNull(city, "city");
    areaCodes = areaCodes == null ? List.of() : List.copyOf(areaCodes);
    // Both databases keep microseconds: compare what they can hold.
    firstAt = firstAt == null ? null : firstAt.truncatedTo(ChronoUnit.MICROS);
    lastAt = lastAt == null ? null : lastAt.truncatedTo(ChronoUnit.MICROS);
  }
}
