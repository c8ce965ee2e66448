package ca.threadline.store.search;

import ca.threadline.store.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what the index needs of a set of documents from the database. Incremental updates, the
 * catch-up after a crash and a full rebuild all go through here, which is why a rebuilt index
 * equals an incrementally maintained one.
 */
final class IndexLoader {
  private IndexLoader() {}

  /** One load: the sources in id order and the highest revision among them. */
  record Loaded(List<IndexFields.Source> sources, long maxRevision) {}

  /**
   * Loads the given documents. The ids are joined as {@code UNNEST(?)} rather than tested with
   * {@code = ANY(?)}: H2 re-checks {@code ANY} row by row against the whole array (quadratic in
   * the chunk size), while the join does one primary-key or index look-up per id on both databases.
   */
  static Loaded load(Connection c, List<Long> ids) throws SQLException {
    java.sql.Array in = Sql.array(c, "bigint", ids);
    Map<Long, Set<String>> keys = new HashMap<>();
    Map<Long, Set<String>> types = new HashMap<>();
    try (PreparedStatement p =
        c.prepareStatement("SELECT s.document_id, s.selector_key, s.selector_type FROM UNNEST(?) AS t(id) JOIN selectors s ON s.document_id = t.id")) {
      p.setArray(1, in);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          keys.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(r.getString(2));
          types.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(r.getString(3));
        }
      }
    }
    Map<Long, Set<String>> codes = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT i.document_id, i.code FROM UNNEST(?) AS t(id) JOIN indicators i ON i.document_id = t.id")) {
      p.setArray(1, in);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          codes.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(r.getString(2));
        }
      }
    }
    Map<Long, Set<String>> images = new HashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT m.document_id, m.sha256 FROM UNNEST(?) AS t(id) JOIN document_images m ON m.document_id = t.id")) {
      p.setArray(1, in);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          images.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(r.getString(2));
        }
      }
    }
    Map<Long, String[]> links = new HashMap<>();
    try (PreparedStatement p =
        c.prepareStatement("SELECT l.document_id, l.cluster_key, l.network_key FROM UNNEST(?) AS t(id) JOIN document_links l ON l.document_id = t.id")) {
      p.setArray(1, in);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          links.put(r.getLong(1), new String[] {r.getString(2), r.getString(3)});
        }
      }
    }
    List<IndexFields.Source> out = new ArrayList<>(ids.size());
    long maxRevision = 0;
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT d.id, d.case_id, d.external_id, d.kind, d.body, d.body_key, d.language, d.posted_at, d.city,"
                + " d.revision FROM UNNEST(?) AS t(id) JOIN documents d ON d.id = t.id ORDER BY d.id")) {
      p.setArray(1, in);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          long id = r.getLong("id");
          String[] link = links.getOrDefault(id, new String[2]);
          // A sealed body (issue 8) is ciphertext: it is not indexed as text.
          String text = r.getString("body_key") == null ? r.getString("body") : null;
          out.add(
              new IndexFields.Source(
                  id,
                  r.getLong("case_id"),
                  r.getString("external_id"),
                  r.getString("kind"),
                  text,
                  r.getString("language"),
                  Sql.instant(r, "posted_at"),
                  r.getString("city"),
                  link[1],
                  link[0],
                  keys.getOrDefault(id, Set.of()),
                  images.getOrDefault(id, Set.of()),
                  types.getOrDefault(id, Set.of()),
                  codes.getOrDefault(id, Set.of())));
          maxRevision = Math.max(maxRevision, r.getLong("revision"));
        }
      }
    }
    return new Loaded(out, maxRevision);
  }

  /** Ids of documents changed after {@code revision}, in revision order, with their revisions. */
  static List<long[]> changedSince(Connection c, long revision) throws SQLException {
    List<long[]> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement("SELECT id, revision FROM documents WHERE revision > ? ORDER BY revision, id")) {
      p.setLong(1, revision);
      p.setFetchSize(10_000);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new long[] {r.getLong(1), r.getLong(2)});
        }
      }
    }
    return out;
  }
}
