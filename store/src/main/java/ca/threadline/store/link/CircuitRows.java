package ca.threadline.store.link;

import ca.threadline.store.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and replaces a network's circuit in {@code circuit_stops}. */
final class CircuitRows {
  private CircuitRows() {}

  static List<CircuitStop> read(Connection c, long caseId, String network) throws SQLException {
    List<CircuitStop> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement("SELECT * FROM circuit_stops WHERE case_id = ? AND network_key = ? ORDER BY seq")) {
      p.setLong(1, caseId);
      p.setString(2, network);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String codes = r.getString("area_codes");
          out.add(
              new CircuitStop(
                  r.getInt("seq"),
                  r.getString("city"),
                  Sql.instant(r, "first_at"),
                  Sql.instant(r, "last_at"),
                  r.getInt("document_count"),
                  codes.isEmpty() ? List.of() : Arrays.asList(codes.split(","))));
        }
      }
    }
    return out;
  }

  /**
   * Replaces the circuits that differ from what is stored; returns how many it wrote. One read of
   * the stored stops per 500 networks, then one batch of deletes and one of inserts.
   */
  static int replaceAll(Connection c, long caseId, Map<String, List<CircuitStop>> circuits) throws SQLException {
    if (circuits.isEmpty()) {
      return 0;
    }
    List<String> keys = new ArrayList<>(circuits.keySet());
    Map<String, List<CircuitStop>> stored = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT s.* FROM UNNEST(?) AS t(k) JOIN circuit_stops s"
        + " ON s.case_id = ? AND s.network_key = t.k ORDER BY s.network_key, s.seq")) {
      for (int from = 0; from < keys.size(); from += 500) {
        p.setArray(1, Sql.array(c, "varchar", keys.subList(from, Math.min(keys.size(), from + 500))));
        p.setLong(2, caseId);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            stored.computeIfAbsent(r.getString("network_key"), k -> new ArrayList<>()).add(stop(r));
          }
        }
      }
    }
    List<String> changed = new ArrayList<>();
    for (String k : keys) {
      if (!stored.getOrDefault(k, List.of()).equals(circuits.get(k))) {
        changed.add(k);
      }
    }
    if (changed.isEmpty()) {
      return 0;
    }
    try (PreparedStatement d = c.prepareStatement("DELETE FROM circuit_stops WHERE case_id = ? AND network_key = ?")) {
      for (String k : changed) {
        if (stored.containsKey(k)) {
          d.setLong(1, caseId);
          d.setString(2, k);
          d.addBatch();
        }
      }
      d.executeBatch();
    }
    try (PreparedStatement p = c.prepareStatement(INSERT)) {
      for (String k : changed) {
        for (CircuitStop s : circuits.get(k)) {
          bind(p, caseId, k, s);
          p.addBatch();
        }
      }
      p.executeBatch();
    }
    return changed.size();
  }

  private static final String INSERT =
      "INSERT INTO circuit_stops (case_id, network_key, seq, city, first_at, last_at, document_count, area_codes)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  private static void bind(PreparedStatement p, long caseId, String network, CircuitStop s) throws SQLException {
    p.setLong(1, caseId);
    p.setString(2, network);
    p.setInt(3, s.seq());
    p.setString(4, s.city());
    Sql.setInstant(p, 5, s.firstAt());
    Sql.setInstant(p, 6, s.lastAt());
    p.setInt(7, s.documentCount());
    p.setString(8, String.join(",", s.areaCodes()));
  }

  private static CircuitStop stop(ResultSet r) throws SQLException {
    String codes = r.getString("area_codes");
    return new CircuitStop(r.getInt("seq"), r.getString("city"), Sql.instant(r, "first_at"), Sql.instant(r, "last_at"),
        r.getInt("document_count"), codes.isEmpty() ? List.of() : Arrays.asList(codes.split(",")));
  }

  /** Replaces the circuit when it differs; returns 1 if it wrote. */
  static int replace(Connection c, long caseId, String network, List<CircuitStop> stops) throws SQLException {
    if (read(c, caseId, network).equals(stops)) {
      return 0;
    }
    try (PreparedStatement d = c.prepareStatement("DELETE FROM circuit_stops WHERE case_id = ? AND network_key = ?")) {
      d.setLong(1, caseId);
      d.setString(2, network);
      d.executeUpdate();
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO circuit_stops (case_id, network_key, seq, city, first_at, last_at, document_count, area_codes)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (CircuitStop s : stops) {
        p.setLong(1, caseId);
        p.setString(2, network);
        p.setInt(3, s.seq());
        p.setString(4, s.city());
        Sql.setInstant(p, 5, s.firstAt());
        Sql.setInstant(p, 6, s.lastAt());
        p.setInt(7, s.documentCount());
        p.setString(8, String.join(",", s.areaCodes()));
        p.addBatch();
      }
      p.executeBatch();
    }
    return 1;
  }
}
