package ca.threadline.store.link;

import ca.threadline.store.access.EntityRef;
import ca.threadline.store.access.EntityType;
import ca.threadline.store.access.Guard;
import ca.threadline.store.access.User;
import ca.threadline.store.db.Sql;
import ca.threadline.store.db.Writers;
import ca.threadline.store.json.JsonStrings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Stores the linker's template clusters, networks, circuits and document assignments, incrementally. */
public final class LinkRepository {
  private static final int CHUNK = 500;
  private final Guard guard;
  private final Writers writers;
  private final Clock clock;
  private final Runnable afterCommit;

  public LinkRepository(Guard guard, Writers writers, Clock clock, Runnable afterCommit) {
    this.guard = guard;
    this.writers = writers;
    this.clock = clock;
    this.afterCommit = afterCommit;
  }

  public LinkResult apply(User actor, long caseId, LinkUpdate update) {
    LinkResult result;
    writers.lock().lock();
    try {
      result = guard.write(actor, caseId, "link.apply", EntityRef.of(EntityType.CASE, Long.toString(caseId)), null,
          c -> apply(c, caseId, update, clock.instant()));
    } finally {
      writers.lock().unlock();
    }
    if (result.assignmentsChanged() > 0) {
      writers.afterBulkWrite(guard.db());
      afterCommit.run();
    }
    return result;
  }

  private record Current(long documentId, String cluster, String network) {}

  private LinkResult apply(Connection c, long caseId, LinkUpdate u, Instant now) throws SQLException {
    Map<String, Current> current = current(c, caseId, u.assignments());
    List<Object[]> changed = new ArrayList<>();
    int unknown = 0;
    for (Assignment a : u.assignments()) {
      Current cur = current.get(a.externalId());
      if (cur == null) {
        unknown++;
      } else if (!Objects.equals(cur.cluster(), a.clusterKey()) || !Objects.equals(cur.network(), a.networkKey())) {
        changed.add(new Object[] {cur.documentId(), a});
      }
    }
    if (!changed.isEmpty()) {
      long revision = writers.beginRevision(c);
      try (PreparedStatement del = c.prepareStatement("DELETE FROM document_links WHERE document_id = ?");
          PreparedStatement ins =
              c.prepareStatement(
                  "INSERT INTO document_links (document_id, case_id, cluster_key, network_key, linked_at)"
                      + " VALUES (?, ?, ?, ?, ?)");
          PreparedStatement rev = c.prepareStatement("UPDATE documents SET revision = ? WHERE id = ?")) {
        for (Object[] ch : changed) {
          long id = (Long) ch[0];
          Assignment a = (Assignment) ch[1];
          del.setLong(1, id);
          del.addBatch();
          ins.setLong(1, id);
          ins.setLong(2, caseId);
          ins.setString(3, a.clusterKey());
          ins.setString(4, a.networkKey());
          Sql.setInstant(ins, 5, now);
          ins.addBatch();
          rev.setLong(1, revision);
          rev.setLong(2, id);
          rev.addBatch();
        }
        del.executeBatch();
        ins.executeBatch();
        rev.executeBatch();
      }
    }
    int clusters = KeyedRows.upsert(c, "template_clusters", "cluster_key", caseId, new String[] {"template_json"},
        KeyedRows.byKey(u.clusters(), ClusterRecord::key, cl -> new String[] {cl.templateJson()}), now);
    int networks = KeyedRows.upsert(c, "networks", "network_key", caseId, new String[] {"tying_json", "ignored_json"},
        KeyedRows.byKey(u.networks(), NetworkRecord::key,
            n -> new String[] {JsonStrings.write(n.tyingSelectors()), JsonStrings.write(n.ignoredSelectors())}), now);
    int circuits = CircuitRows.replaceAll(c, caseId, u.circuits());
    int removed = 0;
    for (String network : u.removedNetworks()) {
      CircuitRows.replace(c, caseId, network, List.of());
      try (PreparedStatement p = c.prepareStatement("DELETE FROM networks WHERE case_id = ? AND network_key = ?")) {
        p.setLong(1, caseId);
        p.setString(2, network);
        removed += p.executeUpdate();
      }
    }
    return new LinkResult(changed.size(), clusters, networks, circuits, removed, unknown);
  }

  private static Map<String, Current> current(Connection c, long caseId, List<Assignment> assignments)
      throws SQLException {
    Map<String, Current> out = new HashMap<>();
    for (int from = 0; from < assignments.size(); from += CHUNK) {
      List<String> ids =
          assignments.subList(from, Math.min(assignments.size(), from + CHUNK)).stream().map(Assignment::externalId).toList();
      try (PreparedStatement p =
          c.prepareStatement(
              // The case is checked here, not in SQL, for the reason given in Ingest.existing.
              "SELECT d.external_id, d.id, l.cluster_key, l.network_key, d.case_id FROM documents d"
                  + " LEFT JOIN document_links l ON l.document_id = d.id"
                  + " WHERE d.external_id = ANY(?)")) {
        p.setArray(1, Sql.array(c, "varchar", ids));
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            if (r.getLong(5) != caseId) {
              continue;
            }
            out.put(r.getString(1), new Current(r.getLong(2), r.getString(3), r.getString(4)));
          }
        }
      }
    }
    return out;
  }
}
