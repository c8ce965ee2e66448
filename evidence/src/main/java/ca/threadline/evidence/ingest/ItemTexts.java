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

  ItemTexts NONE = (item, text) -> {};
}
