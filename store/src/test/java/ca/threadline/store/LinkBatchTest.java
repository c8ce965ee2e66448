package ca.threadline.store;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.store.link.CircuitStop;
import ca.threadline.store.link.ClusterRecord;
import ca.threadline.store.link.LinkResult;
import ca.threadline.store.link.LinkUpdate;
import ca.threadline.store.link.NetworkRecord;
import ca.threadline.store.testing.Db;
import ca.threadline.store.testing.Fixture;
import ca.threadline.store.testing.PostgresServer;
import ca.threadline.store.testing.Tables;
import ca.threadline.store.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Template clusters, networks and circuits are written in batches (more keys than one look-up
 * chunk of 500): a first apply writes them all, the same update again writes nothing, a few
 * changed rows are the only ones written, and a key given twice keeps its last value.
 */
@PostgresServer
class LinkBatchTest {
  private static LinkUpdate update(int n, String suffix) {
    List<ClusterRecord> clusters = new ArrayList<>();
    List<NetworkRecord> networks = new ArrayList<>();
    Map<String, List<CircuitStop>> circuits = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      clusters.add(new ClusterRecord("T" + i, "{\"template\":\"t" + i + suffix + "\"}"));
      networks.add(new NetworkRecord("N" + i, List.of("phone:+1416555" + String.format("%04d", i)), List.of()));
      circuits.put("N" + i, List.of(new CircuitStop(0, "Toronto, ON", Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-02T00:00:00Z"),
          2, List.of("416")), new CircuitStop(1, "Ottawa, ON", Instant.parse("2026-01-05T00:00:00Z"), null, 1, List.of())));
    }
    return new LinkUpdate(null, clusters, networks, circuits, null);
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void manyKeysAreWrittenOnceAndOnlyChangesAfterwards(Db db, TestStores stores, @TempDir Path home) throws Exception {
    try (Fixture f = new Fixture(stores, db, home)) {
      LinkResult first = f.store.links().apply(f.investigator, f.caseId, update(1_234, ""));
      assertThat(first.clustersChanged()).isEqualTo(1_234);
      assertThat(first.networksChanged()).isEqualTo(1_234);
      assertThat(first.circuitsChanged()).isEqualTo(1_234);
      assertThat(Tables.count(f.store.config(), "SELECT count(*) FROM circuit_stops")).isEqualTo(2 * 1_234);
      var snapshot = Tables.snapshot(f.store.config());
      assertThat(f.store.links().apply(f.investigator, f.caseId, update(1_234, "")).nothingChanged()).isTrue();
      assertThat(Tables.snapshot(f.store.config())).isEqualTo(snapshot);

      LinkUpdate base = update(1_234, "");
      List<ClusterRecord> clusters = new ArrayList<>(base.clusters());
      clusters.set(7, new ClusterRecord("T7", "{\"template\":\"changed\"}"));
      clusters.add(new ClusterRecord("T8", "{\"template\":\"given twice, last wins\"}"));
      Map<String, List<CircuitStop>> circuits = new LinkedHashMap<>(base.circuits());
      circuits.put("N900", List.of(new CircuitStop(0, "Gatineau, QC", null, null, 1, List.of("819"))));
      LinkResult r = f.store.links().apply(f.investigator, f.caseId, new LinkUpdate(null, clusters, base.networks(), circuits, null));
      assertThat(r.clustersChanged()).isEqualTo(2);
      assertThat(r.networksChanged()).isZero();
      assertThat(r.circuitsChanged()).isEqualTo(1);
      assertThat(Tables.count(f.store.config(), "SELECT count(*) FROM circuit_stops WHERE network_key = 'N900'")).isEqualTo(1);
      assertThat(Tables.count(f.store.config(), "SELECT count(*) FROM template_clusters WHERE template_json LIKE '%last wins%'")).isEqualTo(1);
    }
  }
}
