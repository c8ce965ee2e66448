package ca.threadline.store.link;

import ca.threadline.store.NotFoundException;
import ca.threadline.store.access.EntityRef;
import ca.threadline.store.access.EntityType;
import ca.threadline.store.access.Guard;
import ca.threadline.store.access.User;
import ca.threadline.store.crypto.CryptoLookupRepository;
import ca.threadline.store.document.DocumentRows;
import ca.threadline.store.json.JsonStrings;
import ca.threadline.store.search.IndexLookup;
import ca.threadline.store.selector.SelectorCount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Network pages and network lists of a case. */
public final class NetworkRepository {
  private static final int SELECTOR_LIMIT = 500;
  private final Guard guard;
  private final IndexLookup lookup;

  public NetworkRepository(Guard guard, IndexLookup lookup) {
    this.guard = guard;
    this.lookup = lookup;
  }

  public NetworkPage page(User actor, long caseId, String networkKey, int documentLimit) {
    return guard.read(actor, caseId, "network.read", EntityRef.of(EntityType.NETWORK, networkKey), null,
        c -> page(c, caseId, networkKey, documentLimit));
  }

  /** Networks of the case, largest first: key and document count. */
  public List<NetworkSize> list(User actor, long caseId, int limit) {
    return guard.read(actor, caseId, "network.list", null, null,
        c -> lookup.networks(caseId, limit).stream().map(f -> new NetworkSize(f.value(), f.count())).toList());
  }

  /** A network and its number of documents. */
  public record NetworkSize(String key, int documents) {}

  private NetworkPage page(Connection c, long caseId, String key, int limit) throws SQLException {
    List<String> tying = List.of();
    List<String> ignored = List.of();
    boolean known = false;
    try (PreparedStatement p =
        c.prepareStatement("SELECT tying_json, ignored_json FROM networks WHERE case_id = ? AND network_key = ?")) {
      p.setLong(1, caseId);
      p.setString(2, key);
      try (ResultSet r = p.executeQuery()) {
        if (r.next()) {
          known = true;
          tying = JsonStrings.read(r.getString(1));
          ignored = JsonStrings.read(r.getString(2));
        }
      }
    }
    long[] ids = lookup.inNetwork(caseId, key);
    int count = ids.length;
    if (!known && count == 0) {
      throw new NotFoundException("no network " + key + " in case " + caseId);
    }
    List<SelectorCount> selectors;
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT s.selector_key, s.selector_type, s.selector_value, count(DISTINCT s.document_id) AS n"
                + " FROM UNNEST(?) AS t(id) JOIN selectors s ON s.document_id = t.id WHERE s.case_id = ?"
                + " GROUP BY s.selector_key, s.selector_type, s.selector_value ORDER BY n DESC, s.selector_key LIMIT ?")) {
      p.setArray(1, DocumentRows.ids(c, ids));
      p.setLong(2, caseId);
      p.setInt(3, SELECTOR_LIMIT);
      selectors = SelectorCount.read(p);
    }
    List<String> btc = selectors.stream().filter(s -> s.type().equals("btc")).map(SelectorCount::value).toList();
    return new NetworkPage(
        key, tying, ignored, count,
        DocumentRows.summaries(c, caseId, ids, limit),
        selectors,
        clusters(c, caseId, ids),
        CircuitRows.read(c, caseId, key),
        indicators(c, caseId, ids),
        DocumentRows.timeline(c, caseId, ids, "day"),
        CryptoLookupRepository.find(c, caseId, btc));
  }

  private static List<NetworkPage.ClusterSummary> clusters(Connection c, long caseId, long[] ids) throws SQLException {
    List<NetworkPage.ClusterSummary> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT l.cluster_key, tc.template_json, count(*) AS n"
                + " FROM UNNEST(?) AS t(id) JOIN document_links l ON l.document_id = t.id"
                + " LEFT JOIN template_clusters tc ON tc.case_id = l.case_id AND tc.cluster_key = l.cluster_key"
                + " WHERE l.case_id = ? AND l.cluster_key IS NOT NULL"
                + " GROUP BY l.cluster_key, tc.template_json ORDER BY n DESC, l.cluster_key")) {
      p.setArray(1, DocumentRows.ids(c, ids));
      p.setLong(2, caseId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new NetworkPage.ClusterSummary(r.getString(1), r.getString(2), r.getInt(3)));
        }
      }
    }
    return out;
  }

  private static List<NetworkPage.IndicatorSummary> indicators(Connection c, long caseId, long[] ids)
      throws SQLException {
    List<NetworkPage.IndicatorSummary> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT i.code, i.domain, max(i.weight) AS weight, max(i.strength) AS strength, max(i.source) AS source,"
                + " count(DISTINCT i.document_id) AS docs, count(*) AS n, min(i.evidence) AS sample"
                + " FROM UNNEST(?) AS t(id) JOIN indicators i ON i.document_id = t.id WHERE i.case_id = ?"
                + " GROUP BY i.code, i.domain ORDER BY weight DESC, docs DESC, i.code")) {
      p.setArray(1, DocumentRows.ids(c, ids));
      p.setLong(2, caseId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(
              new NetworkPage.IndicatorSummary(
                  r.getString("code"), r.getString("domain"), r.getDouble("weight"), r.getString("strength"),
                  r.getString("source"), r.getInt("docs"), r.getInt("n"), r.getString("sample")));
        }
      }
    }
    return out;
  }
}
