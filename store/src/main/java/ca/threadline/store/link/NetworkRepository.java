package ca.threadline.store.link;

import ca.threadline.store.NotFoundException;
import ca.threadline.store.access.EntityRef;
import ca.threadline.store.access.EntityType;
import ca.threadline.store.access.Guard;
import ca.threadline.store.access.User;
import ca.threadline.store.crypto.CryptoLookupRepository;
import ca.threadline.store.document.DocumentRows;
import ca.threadline.store.json.JsonStrings;
import ca.threadline.store.search.DocumentSet;
import ca.threadline.store.search.FacetCount;
import ca.threadline.store.search.IndexLookup;
import ca.threadline.store.selector.SelectorCount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Network pages and network lists of a case. */
public final class NetworkRepository {
  private static final int SELECTOR_LIMIT = 500;
  private final Guard guard;
  private final IndexLookup lookup;
  private final ca.threadline.store.seal.Sealer sealer;

  public NetworkRepository(Guard guard, IndexLookup lookup, ca.threadline.store.seal.Sealer sealer) {
    this.guard = guard;
    this.sealer = sealer;
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
    DocumentSet set = lookup.inNetworkSummary(caseId, key, limit, SELECTOR_LIMIT, "day");
    if (!known && set.total() == 0) {
      throw new NotFoundException("no network " + key + " in case " + caseId);
    }
    List<SelectorCount> selectors = set.facet("selector_key").stream().map(SelectorCount::of).toList();
    List<String> btc = selectors.stream().filter(s -> s.type().equals("btc")).map(SelectorCount::value).toList();
    return new NetworkPage(
        key, tying, ignored, set.total(),
        DocumentRows.byIds(c, sealer, caseId, set.newestIds()),
        selectors,
        clusters(c, caseId, set.facet("cluster")),
        CircuitRows.read(c, caseId, key),
        indicators(c, caseId, key, set.facet("indicator")),
        set.timeline(),
        CryptoLookupRepository.find(c, caseId, btc));
  }

  private static List<NetworkPage.ClusterSummary> clusters(Connection c, long caseId, List<FacetCount> counts)
      throws SQLException {
    Map<String, String> templates = new HashMap<>();
    try (PreparedStatement p =
        c.prepareStatement("SELECT template_json FROM template_clusters WHERE case_id = ? AND cluster_key = ?")) {
      for (FacetCount f : counts) {
        p.setLong(1, caseId);
        p.setString(2, f.value());
        try (ResultSet r = p.executeQuery()) {
          templates.put(f.value(), r.next() ? r.getString(1) : null);
        }
      }
    }
    return counts.stream()
        .map(f -> new NetworkPage.ClusterSummary(f.value(), templates.get(f.value()), f.count()))
        .toList();
  }

  /**
   * The indicators of the network's documents: counts from the index; the rule's weight,
   * strength and source, and an example of the words, from one document that shows it.
   */
  private List<NetworkPage.IndicatorSummary> indicators(Connection c, long caseId, String network,
      List<FacetCount> counts) throws SQLException {
    List<NetworkPage.IndicatorSummary> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT domain, weight, strength, source, evidence FROM indicators WHERE document_id = ? AND code = ?"
                + " ORDER BY id LIMIT 1")) {
      for (FacetCount f : counts) {
        long sample = lookup.firstInNetworkWithIndicator(caseId, network, f.value());
        p.setLong(1, sample);
        p.setString(2, f.value());
        try (ResultSet r = p.executeQuery()) {
          if (r.next()) {
            out.add(new NetworkPage.IndicatorSummary(f.value(), r.getString(1), r.getDouble(2), r.getString(3),
                r.getString(4), f.count(), r.getString(5)));
          }
        }
      }
    }
    out.sort(Comparator.comparingDouble(NetworkPage.IndicatorSummary::weight).reversed()
        .thenComparing(Comparator.comparingInt(NetworkPage.IndicatorSummary::documents).reversed())
        .thenComparing(NetworkPage.IndicatorSummary::code));
    return out;
  }
}
