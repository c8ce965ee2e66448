package ca.threadline.app.web.geo;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.extract.geo.Gazetteer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The offline map shipped with the workbench, and the coordinates of the places it marks. */
class ProvinceMapTest {
  @Test
  void shipsThirteenProvincesAndTerritoriesInsideCanada() throws IOException {
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("/ca/threadline/app/web/static/map/canada-provinces.geojson")) {
      bytes = in.readAllBytes();
    }
    assertThat(bytes.length).isLessThan(500_000);
    JsonNode fc = new ObjectMapper().readTree(bytes);
    TreeSet<String> codes = new TreeSet<>();
    for (JsonNode f : fc.get("features")) {
      codes.add(f.get("properties").get("code").asText());
      assertThat(f.get("properties").get("name_fr").asText()).isNotBlank();
      assertThat(f.get("geometry").get("type").asText()).isEqualTo("MultiPolygon");
      for (JsonNode poly : f.get("geometry").get("coordinates")) {
        for (JsonNode ring : poly) {
          assertThat(ring.size()).isGreaterThanOrEqualTo(4);
          for (JsonNode c : ring) {
            assertThat(c.get(0).asDouble()).isBetween(-142.0, -52.0);
            assertThat(c.get(1).asDouble()).isBetween(41.0, 84.0);
          }
        }
      }
    }
    assertThat(codes).containsExactly("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT");
  }

  @Test
  void placesOfCircuitsHaveCoordinates() {
    CityCoordinates c = new CityCoordinates(Gazetteer.standard());
    assertThat(c.find("Montréal, QC")).hasValueSatisfying(p -> assertThat(p.lat()).isBetween(45.0, 46.0));
    assertThat(c.find("Montreal")).isPresent();
    assertThat(c.find("Saint John, NB")).hasValueSatisfying(p -> assertThat(p.lon()).isBetween(-67.0, -65.0));
    assertThat(c.find("Atlantis")).isEmpty();
    assertThat(c.find(null)).isEmpty();
  }

  @Test
  void simplificationKeepsEndsAndDropsCollinearPoints() {
    var pts = new java.util.ArrayList<double[]>();
    for (int i = 0; i <= 100; i++) {
      pts.add(new double[] {i / 10.0, (i == 50 ? 1.0 : 0.0)});
    }
    var simple = ProvinceMapTool.simplify(pts, 0.04);
    assertThat(simple).hasSize(5);
    assertThat(simple.get(0)[0]).isEqualTo(0.0);
    assertThat(simple.get(simple.size() - 1)[0]).isEqualTo(10.0);
  }
}
