package ca.threadline.evidence.ingest;

import ca.threadline.evidence.item.NewItem;

/**
 * Receives the text of each prepared item that has some (an ad's text, a page's visible text, a
 * PDF's text). The app runs selector extraction on it; this module does not know about extraction.
 * Called before the item is committed: a receiver keeps what it derives until the commit succeeds.
 */
@FunctionalInterface
public interface ItemTexts {
  void accept(NewItem item, String text);

  /**
   * The item given to {@link #accept} under {@code provisionalId} is committed as {@code item}
   * (same bytes, same text; its id, location and parent were bound when the file it was found in
   * had been hashed to its end, see {@code Importer}'s single pass). Called before the commit.
   */
  default void rebind(String provisionalId, NewItem item) {}

  ItemTexts NONE = (item, text) -> {};
}
