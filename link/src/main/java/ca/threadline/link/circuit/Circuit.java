package ca.threadline.link.circuit;

import java.time.Instant;
import java.util.List;

/**
 * Where a network advertised over time: its stays in cities in posting order (Ibanez & Suthers,
 * HICSS 2014, follow operations along such circuits).
 *
 * @param stops consecutive ads in the same city form one stop
 * @param undated ads without {@code posted_at} (not placed in time)
 * @param unplaced dated ads without a city field or a recognised location
 */
public record Circuit(List<Stop> stops, int undated, int unplaced) {
  public Circuit {
    stops = List.copyOf(stops);
  }

  /** A stay: a city, the first and last posting time there, and the number of ads. */
  public record Stop(String place, Instant from, Instant to, int ads) {}
}
