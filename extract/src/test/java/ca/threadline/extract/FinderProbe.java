package ca.threadline.extract;

import ca.threadline.core.selector.Selector;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one {@link SelectorFinder} on a text the way the finder tests need it: on an English
 * record, collecting what it finds. Shared by the tests of every selector finder.
 */
public record FinderProbe(SelectorFinder finder) {
  /** The selectors {@link #finder} finds in {@code text}, in the order it emits them. */
  public List<Selector> find(String text) {
    List<Selector> out = new ArrayList<>();
    finder.find(text, Language.EN, out);
    return out;
  }

  /** The canonical values of {@link #find}. */
  public List<String> values(String text) {
    return find(text).stream().map(Selector::value).toList();
  }
}
