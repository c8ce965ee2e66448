package ca.threadline.extract;

import ca.threadline.core.selector.Selector;
import java.util.List;

/**
 * Finds one family of selectors in a text. Implementations are stateless after construction and
 * safe to call from many threads at once.
 */
public interface SelectorFinder {
  /** Appends what it finds in {@code text} to {@code out}. */
  void find(String text, Language language, List<Selector> out);
}
