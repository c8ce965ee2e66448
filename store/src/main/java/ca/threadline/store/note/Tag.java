package ca.threadline.store.note;

import ca.threadline.store.access.EntityRef;
import java.time.Instant;

/** A tag on an entity of a case, with who put it there and when. */
public record Tag(EntityRef entity, String tag, long authorId, String authorName, Instant createdAt) {}
