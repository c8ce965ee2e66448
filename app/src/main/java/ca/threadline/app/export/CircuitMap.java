package ca.threadline.app.export;

import ca.threadline.extract.geo.Gazetteer;
import ca.threadline.extract.geo.Place;
import ca.threadline.extract.geo.PopulationClass;
import ca.threadline.store.link.CircuitStop;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A static SVG map of a network's circuit over Canada, drawn offline from the gazetteer's city
 * coordinates (no tiles, no outlines fetched from anywhere): a latitude/longitude grid, the large
 * cities as faint reference points, the cities of the circuit as numbered circles sized by their
 * documents, and the route between consecutive stops. Projection: equirectangular with the
 * longitude scale of 55° N, which keeps southern Canada's shape readable.
 */
final class CircuitMap {
  static final double WEST = -141;
  static final double EAST = -52;
  static final double SOUTH = 41.5;
  static final double NORTH = 62;
  static final int WIDTH = 760;
  private static final double KX = Math.cos(Math.toRadians(55));
  static final int HEIGHT = (int) Math.round(WIDTH * (NORTH - SOUTH) / ((EAST - WEST) * KX));

  private final Gazetteer gazetteer;
  private final Map<String, Place> byCanonical = new HashMap<>();

  CircuitMap(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (Place p : gazetteer.places()) {
      byCanonical.putIfAbsent(p.canonical(), p);
    }
  }

  Optional<Place> place(String city) {
    if (city == null || city.isBlank()) {
      return Optional.empty();
    }
    Place p = byCanonical.get(city.strip());
    return p != null ? Optional.of(p) : gazetteer.lookup(city.strip());
  }

  static double x(double lon) {
    return (lon - WEST) / (EAST - WEST) * WIDTH;
  }

  static double y(double lat) {
    return (NORTH - lat) / (NORTH - SOUTH) * HEIGHT;
  }

  String svg(List<CircuitStop> stops) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\""
            + " aria-label=\"Circuit of the network over Canada\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
    b.append("<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#f4f7fa\"/>\n");
    for (int lon = -140; lon <= -55; lon += 10) {
      line(b, x(lon), 0, x(lon), HEIGHT, "#dde3ea");
      text(b, x(lon) + 2, HEIGHT - 4, Math.abs(lon) + "°W", "grid");
    }
    for (int lat = 45; lat <= 60; lat += 5) {
      line(b, 0, y(lat), WIDTH, y(lat), "#dde3ea");
      text(b, 2, y(lat) - 2, lat + "°N", "grid");
    }
    for (Place p : gazetteer.places()) {
      if (p.within().isEmpty() && (p.populationClass() == PopulationClass.A || p.populationClass() == PopulationClass.B || p.populationClass() == PopulationClass.C)) {
        b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"1.6\" fill=\"#9aa7b4\"/>%n", x(p.lon()), y(p.lat())));
      }
    }
    Map<String, double[]> points = new LinkedHashMap<>();
    Map<String, Integer> docs = new HashMap<>();
    double[] prev = null;
    StringBuilder route = new StringBuilder();
    for (CircuitStop s : stops) {
      Optional<Place> p = place(s.city());
      if (p.isEmpty()) {
        continue;
      }
      double[] pt = {x(p.get().lon()), y(p.get().lat())};
      if (prev != null && (prev[0] != pt[0] || prev[1] != pt[1])) {
        route.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#c0392b\""
            + " stroke-width=\"1.5\" stroke-opacity=\"0.7\" marker-end=\"url(#arrow)\"/>%n", prev[0], prev[1], pt[0], pt[1]));
      }
      prev = pt;
      points.putIfAbsent(s.city(), pt);
      docs.merge(s.city(), s.documentCount(), Integer::sum);
    }
    b.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\""
        + " orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#c0392b\"/></marker></defs>\n");
    b.append(route);
    int n = 0;
    for (Map.Entry<String, double[]> e : points.entrySet()) {
      n++;
      double r = 4 + Math.min(10, Math.sqrt(docs.get(e.getKey())));
      double[] pt = e.getValue();
      b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#c0392b\" fill-opacity=\"0.55\""
          + " stroke=\"#7b241c\"/>%n", pt[0], pt[1], r));
      text(b, pt[0] + r + 2, pt[1] + 4, n + ". " + e.getKey(), "city");
    }
    b.append("</svg>\n");
    return b.toString();
  }

  private static void line(StringBuilder b, double x1, double y1, double x2, double y2, String colour) {
    b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"0.8\"/>%n",
        x1, y1, x2, y2, colour));
  }

  private static void text(StringBuilder b, double x, double y, String s, String cls) {
    b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"%s\">%s</text>%n", x, y, cls, Html.text(s)));
  }
}
