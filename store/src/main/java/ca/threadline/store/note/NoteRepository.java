package ca.threadline.store.note;

import ca.threadline.store.NotFoundException;
import ca.threadline.store.access.EntityRef;
import ca.threadline.store.access.EntityType;
import ca.threadline.store.access.Guard;
import ca.threadline.store.access.User;
import ca.threadline.store.db.Sql;
import ca.threadline.store.seal.SealedColumn;
import ca.threadline.store.seal.Sealer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Notes and tags on any entity of a case (document, selector, network, cluster, evidence item,
 * crypto address, the case itself). Notes are append-only, like a case file; tags can be removed.
 */
public final class NoteRepository {
  static final int MAX_NOTE = 20_000;
  private final Guard guard;
  private final Clock clock;
  private final ca.threadline.store.seal.Sealer sealer;
  private final ca.threadline.store.db.Writers writers;

  public NoteRepository(Guard guard, Clock clock, ca.threadline.store.seal.Sealer sealer,
      ca.threadline.store.db.Writers writers) {
    this.guard = guard;
    this.writers = writers;
    this.sealer = sealer;
    this.clock = clock;
  }

  public Note addNote(User actor, long caseId, EntityRef entity, String body) {
    if (body == null || body.isBlank() || body.length() > MAX_NOTE) {
      throw new IllegalArgumentException("a note must have 1 to " + MAX_NOTE + " characters");
    }
    // Under the writers' lock: a mark sealing the case's notes cannot interleave with this insert
    // (else the mark could miss a note written in plaintext just before it committed).
    writers.lock().lock();
    try {
      return insertNote(actor, caseId, entity, body);
    } finally {
      writers.lock().unlock();
    }
  }

  private Note insertNote(User actor, long caseId, EntityRef entity, String body) {
    return guard.write(actor, caseId, "note.add", entity, null,
        c -> {
          writers.serialise(c);
          var now = clock.instant();
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO notes (case_id, entity_type, entity_key, author_id, created_at, body) VALUES (?, ?, ?, ?, ?, ?)",
                  new String[] {"id"})) {
            p.setLong(1, caseId);
            p.setString(2, entity.type().wireName());
            p.setString(3, entity.key());
            p.setLong(4, actor.id());
            Sql.setInstant(p, 5, now);
            boolean seal = SealedColumn.ofCase(c, caseId).contains(SealedColumn.NOTE_BODY);
            // A sealed note is inserted empty and sealed under its new id (the associated data
            // names the row), in the same transaction: its plaintext never reaches the table.
            p.setString(6, seal ? "" : body);
            p.executeUpdate();
            long id;
            try (ResultSet k = p.getGeneratedKeys()) {
              k.next();
              id = k.getLong(1);
            }
            if (seal) {
              Sealer.Sealed s = sealer.seal(body, "notes", id, "body");
              try (PreparedStatement u = c.prepareStatement("UPDATE notes SET body = ?, body_key = ? WHERE id = ?")) {
                u.setString(1, s.text());
                u.setString(2, s.keyRef());
                u.setLong(3, id);
                u.executeUpdate();
              }
            }
            return new Note(id, entity, actor.id(), actor.name(), now, body);
          }
        });
  }

  /** Notes on one entity, or on the whole case when {@code entity} is null; oldest first. */
  public List<Note> notes(User actor, long caseId, EntityRef entity) {
    return guard.read(actor, caseId, "note.list", entity, null,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT n.*, u.name AS author FROM notes n JOIN users u ON u.id = n.author_id WHERE n.case_id = ?"
                      + (entity == null ? "" : " AND n.entity_type = ? AND n.entity_key = ?") + " ORDER BY n.id")) {
            p.setLong(1, caseId);
            if (entity != null) {
              p.setString(2, entity.type().wireName());
              p.setString(3, entity.key());
            }
            List<Note> out = new ArrayList<>();
            boolean sealed = SealedColumn.ofCase(c, caseId).contains(SealedColumn.NOTE_BODY);
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                out.add(
                    new Note(r.getLong("id"), ref(r), r.getLong("author_id"), r.getString("author"),
                        Sql.instant(r, "created_at"), sealer.read(r, "notes", r.getLong("id"), "body", sealed)));
              }
            }
            return out;
          }
        });
  }

  /** Tags an entity; tagging twice with the same tag changes nothing. */
  public void tag(User actor, long caseId, EntityRef entity, String tag) {
    String t = normalise(tag);
    guard.write(actor, caseId, "tag.add", entity, t,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO tags (case_id, entity_type, entity_key, tag, author_id, created_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            p.setLong(1, caseId);
            p.setString(2, entity.type().wireName());
            p.setString(3, entity.key());
            p.setString(4, t);
            p.setLong(5, actor.id());
            Sql.setInstant(p, 6, clock.instant());
            p.executeUpdate();
          }
          return null;
        });
  }

  public void untag(User actor, long caseId, EntityRef entity, String tag) {
    String t = normalise(tag);
    guard.write(actor, caseId, "tag.remove", entity, t,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("DELETE FROM tags WHERE case_id = ? AND entity_type = ? AND entity_key = ? AND tag = ?")) {
            p.setLong(1, caseId);
            p.setString(2, entity.type().wireName());
            p.setString(3, entity.key());
            p.setString(4, t);
            if (p.executeUpdate() == 0) {
              throw new NotFoundException("no tag " + t + " on " + entity);
            }
          }
          return null;
        });
  }

  /** Tags of one entity, or every tag of the case when {@code entity} is null. */
  public List<Tag> tags(User actor, long caseId, EntityRef entity) {
    return guard.read(actor, caseId, "tag.list", entity, null,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT t.*, u.name AS author FROM tags t JOIN users u ON u.id = t.author_id WHERE t.case_id = ?"
                      + (entity == null ? "" : " AND t.entity_type = ? AND t.entity_key = ?")
                      + " ORDER BY t.entity_type, t.entity_key, t.tag")) {
            p.setLong(1, caseId);
            if (entity != null) {
              p.setString(2, entity.type().wireName());
              p.setString(3, entity.key());
            }
            List<Tag> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                out.add(new Tag(ref(r), r.getString("tag"), r.getLong("author_id"), r.getString("author"),
                    Sql.instant(r, "created_at")));
              }
            }
            return out;
          }
        });
  }

  /** Entities of the case carrying a tag. */
  public List<EntityRef> tagged(User actor, long caseId, String tag) {
    String t = normalise(tag);
    return guard.read(actor, caseId, "tag.find", null, t,
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT entity_type, entity_key FROM tags WHERE case_id = ? AND tag = ? ORDER BY entity_type, entity_key")) {
            p.setLong(1, caseId);
            p.setString(2, t);
            List<EntityRef> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                out.add(ref(r));
              }
            }
            return out;
          }
        });
  }

  private static EntityRef ref(ResultSet r) throws SQLException {
    return new EntityRef(EntityType.fromWire(r.getString("entity_type")), r.getString("entity_key"));
  }

  private static String normalise(String tag) {
    String t = tag == null ? "" : tag.strip();
    if (t.isEmpty() || t.length() > 100) {
      throw new IllegalArgumentException("a tag must have 1 to 100 characters");
    }
    return t;
  }
}
