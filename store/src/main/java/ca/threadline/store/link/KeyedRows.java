package ca.threadline.store.link;

import ca.threadline.store.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes many rows keyed by (case, key) that hold a few text columns (template clusters,
 * networks), writing only those that differ: one read of the stored values per 500 keys (an
 * {@code UNNEST} join: primary-key look-ups on both databases), then one batch of inserts and one
 * of updates. Row by row this took three statements per cluster or network, which dominated the
 * first linking of a large case (10,000 networks: about a minute on H2).
 */
final class KeyedRows {
  private static final int CHUNK = 500;

  private KeyedRows() {}

  /** Upserts {@code rows} (key → column values, in {@code columns} order); returns how many were written. */
  static int upsert(Connection c, String table, String keyColumn, long caseId, String[] columns, Map<String, String[]> rows, Instant now)
      throws SQLException {
    if (rows.isEmpty()) {
      return 0;
    }
    Map<String, String[]> stored = read(c, table, keyColumn, caseId, columns, new ArrayList<>(rows.keySet()));
    List<Map.Entry<String, String[]>> inserts = new ArrayList<>();
    List<Map.Entry<String, String[]>> updates = new ArrayList<>();
    for (Map.Entry<String, String[]> e : rows.entrySet()) {
      String[] old = stored.get(e.getKey());
      if (old == null) {
        inserts.add(e);
      } else if (!java.util.Arrays.equals(old, e.getValue())) {
        updates.add(e);
      }
    }
    String cols = String.join(", ", columns);
    if (!inserts.isEmpty()) {
      try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table + " (case_id, " + keyColumn + ", " + cols + ", updated_at)"
          + " VALUES (?, ?" + ", ?".repeat(columns.length) + ", ?)")) {
        for (Map.Entry<String, String[]> e : inserts) {
          int i = 1;
          p.setLong(i++, caseId);
          p.setString(i++, e.getKey());
          for (String v : e.getValue()) {
            p.setString(i++, v);
          }
          Sql.setInstant(p, i, now);
          p.addBatch();
        }
        p.executeBatch();
      }
    }
    if (!updates.isEmpty()) {
      StringBuilder set = new StringBuilder();
      for (String col : columns) {
        set.append(col).append(" = ?, ");
      }
      try (PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET " + set + "updated_at = ? WHERE case_id = ? AND "
          + keyColumn + " = ?")) {
        for (Map.Entry<String, String[]> e : updates) {
          int i = 1;
          for (String v : e.getValue()) {
            p.setString(i++, v);
          }
          Sql.setInstant(p, i++, now);
          p.setLong(i++, caseId);
          p.setString(i, e.getKey());
          p.addBatch();
        }
        p.executeBatch();
      }
    }
    return inserts.size() + updates.size();
  }

  private static Map<String, String[]> read(Connection c, String table, String keyColumn, long caseId, String[] columns, List<String> keys)
      throws SQLException {
    Map<String, String[]> out = new HashMap<>();
    StringBuilder cols = new StringBuilder();
    for (String col : columns) {
      cols.append(", x.").append(col);
    }
    String sql = "SELECT t.k" + cols + " FROM UNNEST(?) AS t(k) JOIN " + table + " x ON x.case_id = ? AND x." + keyColumn + " = t.k";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int from = 0; from < keys.size(); from += CHUNK) {
        p.setArray(1, Sql.array(c, "varchar", keys.subList(from, Math.min(keys.size(), from + CHUNK))));
        p.setLong(2, caseId);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            String[] v = new String[columns.length];
            for (int i = 0; i < v.length; i++) {
              v[i] = r.getString(i + 2);
            }
            out.put(r.getString(1), v);
          }
        }
      }
    }
    return out;
  }

  /** Rows by key, the last value of a key given twice winning (as writing them in order would). */
  static <T> Map<String, String[]> byKey(List<T> records, java.util.function.Function<T, String> key,
      java.util.function.Function<T, String[]> values) {
    Map<String, String[]> out = new LinkedHashMap<>();
    for (T r : records) {
      out.put(Objects.requireNonNull(key.apply(r)), values.apply(r));
    }
    return out;
  }
}
