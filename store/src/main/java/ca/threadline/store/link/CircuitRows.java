package ca.threadline.store.link;

import ca.threadline.store.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
