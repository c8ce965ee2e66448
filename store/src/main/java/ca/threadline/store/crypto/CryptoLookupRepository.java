package ca.threadline.store.crypto;

import ca.threadline.store.access.EntityRef;
import ca.threadline.store.access.EntityType;
import ca.threadline.store.access.Guard;
import ca.threadline.store.access.User;
import ca.threadline.store.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The latest chain look-up per address of a case; a new look-up replaces the previous one. */
public final class CryptoLookupRepository {
  private final Guard guard;

  public CryptoLookupRepository(Guard guard) {
    this.guard = guard;
  }

  public void put(User actor, long caseId, CryptoLookup l) {
    guard.write(actor, caseId, "crypto.put", EntityRef.of(EntityType.CRYPTO_ADDRESS, l.address()), null,
        c -> {
          try (PreparedStatement d = c.prepareStatement("DELETE FROM crypto_lookups WHERE case_id = ? AND address = ?")) {
            d.setLong(1, caseId);
            d.setString(2, l.address());
            d.executeUpdate();
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO crypto_lookups (case_id, address, chain_cluster, balance_sat, received_sat,"
                      + " exposure_json, looked_up_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, caseId);
            p.setString(2, l.address());
            p.setString(3, l.chainCluster());
            Sql.setLong(p, 4, l.balanceSat());
            Sql.setLong(p, 5, l.receivedSat());
            p.setString(6, l.exposureJson());
            Sql.setInstant(p, 7, l.lookedUpAt());
            p.executeUpdate();
          }
          return null;
        });
  }

  public List<CryptoLookup> list(User actor, long caseId) {
    return guard.read(actor, caseId, "crypto.list", null, null, c -> find(c, caseId, null));
  }

  /** Look-ups of the given addresses (all of the case when {@code addresses} is null). */
  public static List<CryptoLookup> find(Connection c, long caseId, Collection<String> addresses) throws SQLException {
    List<CryptoLookup> out = new ArrayList<>();
    if (addresses != null && addresses.isEmpty()) {
      return out;
    }
    String sql = "SELECT * FROM crypto_lookups WHERE case_id = ?"
        + (addresses == null ? "" : " AND address IN " + Sql.placeholders(addresses.size())) + " ORDER BY address";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, caseId);
      if (addresses != null) {
        Sql.bindAll(p, 2, addresses);
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(
              new CryptoLookup(
                  r.getString("address"),
                  r.getString("chain_cluster"),
                  Sql.nullableLong(r, "balance_sat"),
                  Sql.nullableLong(r, "received_sat"),
                  r.getString("exposure_json"),
                  Sql.instant(r, "looked_up_at")));
        }
      }
    }
    return out;
  }
}
