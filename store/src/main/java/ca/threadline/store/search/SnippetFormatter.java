package ca.threadline.store.search;

import ca.threadline.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Turns the highlighter's passages into {@link Snippet}s: text plus spans, no markup. */
final class SnippetFormatter extends PassageFormatter {
  @Override
  public Object format(Passage[] passages, String content) {
    List<Snippet> out = new ArrayList<>(passages.length);
    for (Passage p : passages) {
      int start = p.getStartOffset();
      int end = p.getEndOffset();
      List<Span> marks = new ArrayList<>();
      int last = start;
      for (int i = 0; i < p.getNumMatches(); i++) {
        int ms = Math.max(p.getMatchStarts()[i], last);
        int me = Math.min(p.getMatchEnds()[i], end);
        if (me <= ms) {
          continue; // overlapping match of a stacked term: already marked
        }
        marks.add(new Span(ms - start, me - start));
        last = me;
      }
      out.add(new Snippet(start, content.substring(start, end), marks));
    }
    return out;
  }
}
