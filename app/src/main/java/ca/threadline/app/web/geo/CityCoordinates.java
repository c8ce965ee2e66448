package ca.threadline.app.web.geo;

import ca.threadline.extract.geo.Gazetteer;
import ca.threadline.extract.geo.Place;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the cities of circuits and timelines are, from the extractor's gazetteer: a location
 * selector's value ({@code "Montréal, QC"}) or a bare city name the linker or an import used.
 */
public final class CityCoordinates {
  /** A point on the map. */
  public record Point(String city, double lat, double lon) {}

  private final Map<String, Place> byCanonical = new HashMap<>();
  private final Gazetteer gazetteer;

  public CityCoordinates(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (Place p : gazetteer.places()) {
      byCanonical.putIfAbsent(p.canonical(), p);
    }
  }

  public static CityCoordinates standard() {
    return new CityCoordinates(Gazetteer.standard());
  }

  public Optional<Point> find(String city) {
    if (city == null || city.isBlank()) {
      return Optional.empty();
    }
    Place p = byCanonical.get(city.strip());
    if (p == null) {
      p = gazetteer.lookup(city.strip()).orElse(null);
    }
    return p == null ? Optional.empty() : Optional.of(new Point(city, p.lat(), p.lon()));
  }
}
