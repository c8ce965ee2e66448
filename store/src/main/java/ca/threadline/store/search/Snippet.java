package ca.threadline.store.search;

import ca.threadline.core.text.Span;
import java.util.List;

/**
 * A passage of a document's text with the matched words marked. Plain text plus spans, never
 * markup: the web layer escapes {@code text} and wraps each mark itself, so hostile ad text can
 * never become HTML.
 *
 * @param start where the passage begins in the document's text (UTF-16 index)
 * @param marks the matched words, as spans into {@code text} (not into the document)
 */
public record Snippet(int start, String text, List<Span> marks) {
  public Snippet {
    marks = List.copyOf(marks);
  }

  /** The passage with each mark wrapped in {@code open}/{@code close}, for logs and tests. */
  public String marked(String open, String close) {
    StringBuilder b = new StringBuilder(text.length() + marks.size() * 8);
    int at = 0;
    for (Span m : marks) {
      b.append(text, at, m.start()).append(open).append(text, m.start(), m.end()).append(close);
      at = m.end();
    }
    return b.append(text.substring(at)).toString();
  }
}
