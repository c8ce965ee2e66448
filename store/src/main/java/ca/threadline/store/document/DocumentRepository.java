package ca.threadline.store.document;

import ca.threadline.core.text.Span;
import ca.threadline.store.NotFoundException;
import ca.threadline.store.access.EntityRef;
import ca.threadline.store.access.EntityType;
import ca.threadline.store.access.Guard;
import ca.threadline.store.access.User;
import ca.threadline.store.db.Sql;
import ca.threadline.store.search.IndexLookup;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading stored documents: one document in full, lists, and the case timeline. */
public final class DocumentRepository {
  private final Guard guard;
  private final IndexLookup lookup;
  private final ca.threadline.store.seal.Sealer sealer;

  public DocumentRepository(Guard guard, IndexLookup lookup, ca.threadline.store.seal.Sealer sealer) {
    this.guard = guard;
    this.sealer = sealer;
    this.lookup = lookup;
  }

  public DocumentView get(User actor, long caseId, long documentId) {
    return guard.read(actor, caseId, "document.read", EntityRef.document(documentId), null,
        c -> view(c, caseId, "d.id = ?", documentId));
  }

  public DocumentView byExternalId(User actor, long caseId, String externalId) {
    return guard.read(actor, caseId, "document.read", EntityRef.of(EntityType.DOCUMENT, externalId), "external id",
        c -> view(c, caseId, "d.external_id = ?", externalId));
  }

  /** The case's documents, most recently stored first (search sorts by posting date). */
  public List<DocumentSummary> list(User actor, long caseId, int limit) {
    return guard.read(actor, caseId, "document.list", null, null, c -> DocumentRows.latest(c, sealer, caseId, limit));
  }

  /** Documents of the case showing an image (by the SHA-256 of its bytes), newest first. */
  public List<DocumentSummary> withImage(User actor, long caseId, String sha256, int limit) {
    return guard.read(actor, caseId, "document.by_image", null, sha256,
        c -> DocumentRows.summaries(c, sealer, caseId, lookup.withImage(caseId, sha256), limit));
  }

  /**
   * One image of a document, for display: checks that the image belongs to that document of the
   * case and audits the view, as {@code image.reveal} when the user chose to see the original
   * (images of people are blurred until then), else {@code image.blurred}.
   */
  public ImageRef image(User actor, long caseId, long documentId, String sha256, boolean reveal) {
    return guard.read(actor, caseId, reveal ? "image.reveal" : "image.blurred", EntityRef.of(EntityType.EVIDENCE, sha256),
        "document " + documentId,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT i.sensitive FROM document_images i JOIN documents d ON d.id = i.document_id"
                      + " WHERE d.id = ? AND d.case_id = ? AND i.sha256 = ?")) {
            p.setLong(1, documentId);
            p.setLong(2, caseId);
            p.setString(3, sha256);
            try (ResultSet r = p.executeQuery()) {
              if (!r.next()) {
                throw new NotFoundException("no image " + sha256 + " in document " + documentId + " of case " + caseId);
              }
              return new ImageRef(sha256, r.getBoolean(1));
            }
          }
        });
  }

  /**
   * Postings per period and city: of the whole case, of one network ({@code networkKey}), or of
   * one selector ({@code selectorKey}); {@code unit} is day, week or month.
   */
  public List<TimelinePoint> timeline(User actor, long caseId, String networkKey, String selectorKey, String unit) {
    return guard.read(actor, caseId, "timeline.read", null, "network=" + networkKey + " selector=" + selectorKey,
        c -> {
          BooleanQuery.Builder filter = new BooleanQuery.Builder();
          if (networkKey != null) {
            filter.add(IndexLookup.networkTerm(networkKey), BooleanClause.Occur.FILTER);
          }
          if (selectorKey != null) {
            filter.add(IndexLookup.selectorTerm(selectorKey), BooleanClause.Occur.FILTER);
          }
          BooleanQuery q = filter.build();
          return lookup.summarise(caseId, q.clauses().isEmpty() ? null : q, 0, 1, unit).timeline();
        });
  }

  private DocumentView view(Connection c, long caseId, String where, Object key) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT d.*, l.cluster_key, l.network_key FROM documents d"
                + " LEFT JOIN document_links l ON l.document_id = d.id WHERE d.case_id = ? AND " + where)) {
      p.setLong(1, caseId);
      p.setObject(2, key);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          throw new NotFoundException("no document " + key + " in case " + caseId);
        }
        long id = r.getLong("id");
        var sealed = ca.threadline.store.seal.SealedColumn.ofCase(c, caseId);
        return new DocumentView(
            id,
            caseId,
            r.getString("external_id"),
            r.getString("kind"),
            sealer.read(r, "documents", id, "body", sealed.contains(ca.threadline.store.seal.SealedColumn.DOCUMENT_BODY)),
            r.getString("language"),
            Sql.instant(r, "posted_at"),
            r.getString("city"),
            sealer.read(r, "documents", id, "url", sealed.contains(ca.threadline.store.seal.SealedColumn.DOCUMENT_URL)),
            r.getString("source_sha256"),
            r.getInt("version"),
            Sql.instant(r, "stored_at"),
            images(c, id),
            selectors(c, id),
            indicators(c, id),
            scores(c, id),
            r.getString("cluster_key"),
            r.getString("network_key"));
      }
    }
  }

  private static List<ImageRef> images(Connection c, long id) throws SQLException {
    List<ImageRef> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement("SELECT sha256, sensitive FROM document_images WHERE document_id = ? ORDER BY ordinal")) {
      p.setLong(1, id);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new ImageRef(r.getString(1), r.getBoolean(2)));
        }
      }
    }
    return out;
  }

  static List<StoredSelector> selectors(Connection c, long id) throws SQLException {
    List<StoredSelector> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement("SELECT * FROM selectors WHERE document_id = ? ORDER BY span_start, span_end, id")) {
      p.setLong(1, id);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String obf = r.getString("obfuscation");
          out.add(
              new StoredSelector(
                  r.getString("selector_key"),
                  r.getString("selector_type"),
                  r.getString("selector_value"),
                  new Span(r.getInt("span_start"), r.getInt("span_end")),
                  obf.isEmpty() ? List.of() : Arrays.asList(obf.split(",")),
                  r.getString("currency")));
        }
      }
    }
    return out;
  }

  private static List<StoredIndicator> indicators(Connection c, long id) throws SQLException {
    List<StoredIndicator> out = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement("SELECT * FROM indicators WHERE document_id = ? ORDER BY span_start, span_end, id")) {
      p.setLong(1, id);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(
              new StoredIndicator(
                  r.getString("code"),
                  r.getString("domain"),
                  r.getDouble("weight"),
                  r.getString("strength"),
                  r.getString("source"),
                  r.getString("evidence"),
                  new Span(r.getInt("span_start"), r.getInt("span_end"))));
        }
      }
    }
    return out;
  }

  private static Map<String, Double> scores(Connection c, long id) throws SQLException {
    Map<String, Double> out = new LinkedHashMap<>();
    try (PreparedStatement p =
        c.prepareStatement("SELECT score_name, score FROM document_scores WHERE document_id = ? ORDER BY score_name")) {
      p.setLong(1, id);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.put(r.getString(1), r.getDouble(2));
        }
      }
    }
    return out;
  }
}
