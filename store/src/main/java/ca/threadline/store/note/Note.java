package ca.threadline.store.note;

import ca.threadline.store.access.EntityRef;
import java.time.Instant;

/** A note on an entity of a case, kept with its author and time. Notes are never edited, only added. */
public record Note(long id, EntityRef entity, long authorId, String authorName, Instant createdAt, String body) {}
