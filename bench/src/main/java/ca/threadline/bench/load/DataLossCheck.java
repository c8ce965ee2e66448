package ca.threadline.bench.load;

import ca.threadline.store.Store;
import ca.threadline.store.access.User;
import ca.threadline.store.audit.AuditEntry;
import ca.threadline.store.audit.AuditQueries;
import ca.threadline.store.note.Note;
import ca.threadline.store.note.Tag;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "No data loss" after a load run, read from the store itself (after the server stopped, or
 * in-process): every note the server acknowledged is stored with its author, entity and text;
 * every acknowledged tag is on its entity; each stored note of the run has exactly one
 * {@code note.add} audit entry by its author on its entity and no such entry lacks its note (the
 * store writes both in one transaction); each acknowledged tag has its {@code tag.add} entry; and
 * every user's sign-in was audited.
 *
 * <p>A write stored but not acknowledged (the client gave up before the answer) is counted apart:
 * it is not a loss.
 */
final class DataLossCheck {
  private DataLossCheck() {}

  /**
   * What the store holds against what was acknowledged.
   *
   * @param notesAcknowledged notes the server answered with 303
   * @param notesStored notes of the run's users in the store since the run began
   * @param notesLost acknowledged notes not in the store
   * @param notesUnacknowledged stored notes the client never saw acknowledged
   * @param noteAuditMismatches (user, entity) pairs whose {@code note.add} entries differ in number from their notes
   * @param tagsAcknowledged tag posts answered with 303
   * @param tagsLost acknowledged tags not on their entity
   * @param tagAuditMissing acknowledged tag posts without a {@code tag.add} entry
   * @param signInsAudited successful sign-ins of the run's users in the audit log
   */
  record Report(long notesAcknowledged, long notesStored, long notesLost, long notesUnacknowledged, long noteAuditMismatches,
      long tagsAcknowledged, long tagsLost, long tagAuditMissing, long signInsAudited) {

    boolean noLoss() {
      return notesLost == 0 && tagsLost == 0 && noteAuditMismatches == 0 && tagAuditMissing == 0;
    }

    String json() {
      return String.format(Locale.ROOT,
          "{\"no_loss\":%b,\"notes_acknowledged\":%d,\"notes_stored\":%d,\"notes_lost\":%d,\"notes_unacknowledged\":%d,"
              + "\"note_audit_mismatches\":%d,\"tags_acknowledged\":%d,\"tags_lost\":%d,\"tag_audit_missing\":%d,"
              + "\"sign_ins_audited\":%d}",
          noLoss(), notesAcknowledged, notesStored, notesLost, notesUnacknowledged, noteAuditMismatches, tagsAcknowledged,
          tagsLost, tagAuditMissing, signInsAudited);
    }
  }

  private record Key(String user, String type, String key) {}

  /**
   * @param reader a member of the case (reads its notes and tags)
   * @param admin an installation admin (reads the audit log)
   * @param users the run's account names
   * @param since when the run began (entries and notes before it belong to earlier runs)
   */
  static Report check(Store store, long caseId, User reader, User admin, Set<String> users, Instant since, WriteLedger ledger) {
    List<AckedWrite> acked = ledger.writes();
    Map<Key, Integer> storedNotes = new HashMap<>();
    Set<String> storedBodies = new HashSet<>();
    long notesStored = 0;
    for (Note n : store.notes().notes(reader, caseId, null)) {
      if (users.contains(n.authorName()) && !n.createdAt().isBefore(since)) {
        notesStored++;
        storedNotes.merge(key(n.authorName(), n.entity().type().wireName(), n.entity().key()), 1, Integer::sum);
        storedBodies.add(n.authorName() + "\u0000" + n.entity().type().wireName() + "\u0000" + n.entity().key() + "\u0000" + n.body());
      }
    }
    Set<String> storedTags = new HashSet<>();
    for (Tag t : store.notes().tags(reader, caseId, null)) {
      storedTags.add(t.entity().type().wireName() + "\u0000" + t.entity().key() + "\u0000" + t.tag());
    }
    Map<Key, Integer> noteAudit = new HashMap<>();
    Map<Key, Integer> tagAudit = new HashMap<>();
    long signIns = 0;
    long before = 0;
    page:
    while (true) {
      List<AuditEntry> page = store.audit().all(admin, before, AuditQueries.MAX_PAGE);
      for (AuditEntry e : page) {
        if (e.at().isBefore(since)) {
          break page;
        }
        before = e.id();
        if (!users.contains(e.userName()) || !"ok".equals(e.outcome())) {
          continue;
        }
        switch (e.action()) {
          case "note.add" -> noteAudit.merge(key(e.userName(), e.entityType(), e.entityKey()), 1, Integer::sum);
          case "tag.add" -> tagAudit.merge(key(e.userName(), e.entityType(), e.entityKey()), 1, Integer::sum);
          case "auth.sign_in" -> signIns++;
          default -> { }
        }
      }
      if (page.size() < AuditQueries.MAX_PAGE) {
        break;
      }
    }
    long notesAcked = 0;
    long notesLost = 0;
    long tagsAcked = 0;
    long tagsLost = 0;
    long tagAuditMissing = 0;
    Map<Key, Integer> tagPosts = new HashMap<>();
    for (AckedWrite w : acked) {
      if (w.kind().equals("note")) {
        notesAcked++;
        if (!storedBodies.contains(w.user() + "\u0000" + w.entityType() + "\u0000" + w.entityKey() + "\u0000" + w.text())) {
          notesLost++;
        }
      } else {
        tagsAcked++;
        if (!storedTags.contains(w.entityType() + "\u0000" + w.entityKey() + "\u0000" + w.text())) {
          tagsLost++;
        }
        tagPosts.merge(key(w.user(), w.entityType(), w.entityKey()), 1, Integer::sum);
      }
    }
    for (var e : tagPosts.entrySet()) {
      tagAuditMissing += Math.max(0, e.getValue() - tagAudit.getOrDefault(e.getKey(), 0));
    }
    Set<Key> keys = new HashSet<>(storedNotes.keySet());
    keys.addAll(noteAudit.keySet());
    long mismatches = keys.stream().filter(k -> !storedNotes.getOrDefault(k, 0).equals(noteAudit.getOrDefault(k, 0))).count();
    return new Report(notesAcked, notesStored, notesLost, Math.max(0, notesStored - (notesAcked - notesLost)), mismatches,
        tagsAcked, tagsLost, tagAuditMissing, signIns);
  }

  private static Key key(String user, String type, String key) {
    return new Key(user, type, key);
  }
}
