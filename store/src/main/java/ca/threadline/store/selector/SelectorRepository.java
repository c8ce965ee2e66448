package ca.threadline.store.selector;

import ca.threadline.store.NotFoundException;
import ca.threadline.store.access.EntityRef;
import ca.threadline.store.access.EntityType;
import ca.threadline.store.access.Guard;
import ca.threadline.store.access.User;
import ca.threadline.store.crypto.CryptoLookup;
import ca.threadline.store.crypto.CryptoLookupRepository;
import ca.threadline.store.db.Sql;
import ca.threadline.store.document.DocumentRows;
import ca.threadline.store.search.DocumentSet;
import ca.threadline.store.search.IndexLookup;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Selector pages and selector look-ups within a case. */
public final class SelectorRepository {
  private final Guard guard;
  private final IndexLookup lookup;
  private final ca.threadline.store.seal.Sealer sealer;

  public SelectorRepository(Guard guard, IndexLookup lookup, ca.threadline.store.seal.Sealer sealer) {
    this.guard = guard;
    this.sealer = sealer;
    this.lookup = lookup;
  }

  /** The selector page; {@code documentLimit} caps the document list (the counts are complete). */
  public SelectorPage page(User actor, long caseId, String selectorKey, int documentLimit) {
    return guard.read(actor, caseId, "selector.read", EntityRef.of(EntityType.SELECTOR, selectorKey), null,
        c -> page(c, caseId, selectorKey, documentLimit));
  }

  private SelectorPage page(Connection c, long caseId, String key, int limit) throws SQLException {
    String type;
    String value;
    Instant firstSeen;
    long firstDocument;
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT selector_type, selector_value, first_seen_at, first_document_id FROM case_selectors"
                + " WHERE case_id = ? AND selector_key = ?")) {
      p.setLong(1, caseId);
      p.setString(2, key);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          throw new NotFoundException("selector " + key + " is not in case " + caseId);
        }
        type = r.getString(1);
        value = r.getString(2);
        firstSeen = Sql.instant(r, "first_seen_at");
        firstDocument = r.getLong(4);
      }
    }
    DocumentSet set = lookup.withSelectorSummary(caseId, key, limit, 1000, "month");
    List<SelectorPage.NetworkCount> networks =
        set.facet("network").stream().map(f -> new SelectorPage.NetworkCount(f.value(), f.count())).toList();
    CryptoLookup crypto = null;
    if (type.equals("btc")) {
      List<CryptoLookup> found = CryptoLookupRepository.find(c, caseId, List.of(value));
      crypto = found.isEmpty() ? null : found.get(0);
    }
    return new SelectorPage(
        key, type, value, firstSeen, firstDocument, set.total(),
        DocumentRows.byIds(c, sealer, caseId, set.newestIds()),
        set.timeline(),
        networks, crypto);
  }

  /** Selectors of the case of one type (or all when {@code type} is null), most documents first. */
  public List<SelectorCount> top(User actor, long caseId, String type, int limit) {
    return guard.read(actor, caseId, "selector.list", null, type,
        c -> lookup.topSelectors(caseId, type, limit).stream().map(SelectorCount::of).toList());
  }
}
