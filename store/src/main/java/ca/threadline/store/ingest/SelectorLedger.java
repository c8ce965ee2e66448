package ca.threadline.store.ingest;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.store.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps {@code case_selectors} (first sighting of every selector in the case) and raises the
 * alerts for selectors that new material brings again.
 */
final class SelectorLedger {
  private final Connection c;
  private final IngestRun run;
  private final Instant now;
  private final List<String> newKeys = new ArrayList<>();
  private final List<SelectorHit> hits = new ArrayList<>();

  SelectorLedger(Connection c, IngestRun run, Instant now) {
    this.c = c;
    this.run = run;
    this.now = now;
  }

  List<String> newKeys() {
    return newKeys;
  }

  List<SelectorHit> hits() {
    return hits;
  }

  private record Known(long firstDocumentId, long firstRunId) {}

  private static final class Hit {
    final Selector selector;
    final long sampleDocument;
    int documents;

    Hit(Selector selector, long sampleDocument) {
      this.selector = selector;
      this.sampleDocument = sampleDocument;
    }
  }

  void record(List<DocumentWriter.Row> written, Map<Long, Set<String>> previousKeys) throws SQLException {
    // Selectors each written document gained, in input order, first document first.
    Map<String, Selector> firstSelector = new LinkedHashMap<>();
    Map<String, Long> firstDocument = new HashMap<>();
    Map<Long, Set<String>> gained = new LinkedHashMap<>();
    for (DocumentWriter.Row r : written) {
      Set<String> before = previousKeys.getOrDefault(r.id(), Set.of());
      Set<String> keys = new LinkedHashSet<>();
      for (Selector s : r.input().selectors()) {
        firstSelector.putIfAbsent(s.key(), s);
        firstDocument.putIfAbsent(s.key(), r.id());
        if (!before.contains(s.key())) {
          keys.add(s.key());
        }
      }
      gained.put(r.id(), keys);
    }
    Map<String, Known> known = known(new ArrayList<>(firstSelector.keySet()));
    try (PreparedStatement ins =
        c.prepareStatement(
            "INSERT INTO case_selectors (case_id, selector_key, selector_type, selector_value,"
                + " first_document_id, first_run_id, first_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<String, Selector> e : firstSelector.entrySet()) {
        if (known.containsKey(e.getKey())) {
          continue;
        }
        Selector s = e.getValue();
        ins.setLong(1, run.caseId());
        ins.setString(2, s.key());
        ins.setString(3, s.type().wireName());
        ins.setString(4, s.value());
        ins.setLong(5, firstDocument.get(s.key()));
        ins.setLong(6, run.id());
        Sql.setInstant(ins, 7, now);
        ins.addBatch();
        newKeys.add(s.key());
      }
      ins.executeBatch();
    }
    Map<String, Hit> byKey = new LinkedHashMap<>();
    for (Map.Entry<Long, Set<String>> e : gained.entrySet()) {
      for (String key : e.getValue()) {
        Known k = known.get(key);
        if (k != null && k.firstRunId() < run.id()) {
          byKey.computeIfAbsent(key, x -> new Hit(firstSelector.get(x), e.getKey())).documents++;
        }
      }
    }
    for (Map.Entry<String, Hit> e : byKey.entrySet()) {
      Hit h = e.getValue();
      boolean alert = h.selector.type().strong() && h.selector.type() != SelectorType.URL;
      long first = known.get(e.getKey()).firstDocumentId();
      if (alert) {
        raise(h, first);
      }
      hits.add(new SelectorHit(e.getKey(), first, h.documents, alert));
    }
  }

  private Map<String, Known> known(List<String> keys) throws SQLException {
    Map<String, Known> out = new HashMap<>();
    for (int from = 0; from < keys.size(); from += Ingest.CHUNK) {
      List<String> chunk = keys.subList(from, Math.min(keys.size(), from + Ingest.CHUNK));
      try (PreparedStatement p =
          c.prepareStatement(
              "SELECT selector_key, first_document_id, first_run_id FROM case_selectors"
                  + " WHERE selector_key = ANY(?) AND case_id = ?")) {
        p.setArray(1, Sql.array(c, "varchar", chunk));
        p.setLong(2, run.caseId());
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.put(r.getString(1), new Known(r.getLong(2), r.getLong(3)));
          }
        }
      }
    }
    return out;
  }

  private void raise(Hit h, long firstDocument) throws SQLException {
    try (PreparedStatement up =
        c.prepareStatement(
            "UPDATE alerts SET new_documents = new_documents + ? WHERE case_id = ? AND run_id = ? AND selector_key = ?")) {
      up.setInt(1, h.documents);
      up.setLong(2, run.caseId());
      up.setLong(3, run.id());
      up.setString(4, h.selector.key());
      if (up.executeUpdate() > 0) {
        return;
      }
    }
    try (PreparedStatement ins =
        c.prepareStatement(
            "INSERT INTO alerts (case_id, run_id, selector_key, selector_type, selector_value,"
                + " first_document_id, sample_document_id, new_documents, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ins.setLong(1, run.caseId());
      ins.setLong(2, run.id());
      ins.setString(3, h.selector.key());
      ins.setString(4, h.selector.type().wireName());
      ins.setString(5, h.selector.value());
      ins.setLong(6, firstDocument);
      ins.setLong(7, h.sampleDocument);
      ins.setInt(8, h.documents);
      Sql.setInstant(ins, 9, now);
      ins.executeUpdate();
    }
  }
}
