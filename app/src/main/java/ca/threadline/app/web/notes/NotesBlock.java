package ca.threadline.app.web.notes;

import ca.threadline.store.note.Note;
import ca.threadline.store.note.Tag;
import java.util.List;

/** Notes and tags of one entity, as the block at the foot of its page shows them. */
public record NotesBlock(String entityType, String entityKey, List<Note> notes, List<Tag> tags, boolean canWrite,
    String returnPath, String base) {}
