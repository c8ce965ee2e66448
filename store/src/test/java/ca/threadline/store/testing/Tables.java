package ca.threadline.store.testing;

import ca.threadline.store.StoreConfig;
import ca.threadline.store.db.Backend;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Raw views of a store's database for assertions: a second JDBC client, no store code in between. */
public final class Tables {
  private Tables() {}

  public static String url(StoreConfig config) {
    return config.jdbcUrl() != null
        ? config.jdbcUrl()
        : "jdbc:h2:file:" + config.dbDirectory().resolve("threadline") + Backend.H2_SETTINGS;
  }

  /** Every row of every data table (not the audit log or run bookkeeping), sorted, as text. */
  public static Map<String, List<String>> snapshot(StoreConfig config) throws SQLException {
    Map<String, List<String>> out = new TreeMap<>();
    try (Connection c = DriverManager.getConnection(url(config))) {
      for (String table : List.of("documents", "document_images", "case_selectors", "selectors", "indicators",
          "document_scores", "template_clusters", "networks", "document_links", "circuit_stops", "alerts", "notes",
          "tags", "evidence_items")) {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
            ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
          int n = r.getMetaData().getColumnCount();
          while (r.next()) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= n; i++) {
              b.append(r.getMetaData().getColumnName(i)).append('=').append(r.getString(i)).append(' ');
            }
            rows.add(b.toString());
          }
        }
        rows.sort(null);
        out.put(table, rows);
      }
    }
    return out;
  }

  public static long count(StoreConfig config, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url(config));
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
