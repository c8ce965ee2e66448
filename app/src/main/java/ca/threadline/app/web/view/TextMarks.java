package ca.threadline.app.web.view;

import ca.threadline.core.text.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Renders a document's text as HTML with its selectors and indicators marked. The text is
 * escaped; each annotation is a span of it. Spans may overlap (a phone inside an indicator's
 * words), so the text is cut at every span boundary and each piece is wrapped in one
 * {@code <mark>} listing the annotations that cover it ({@code data-ann}); the marks never nest,
 * so no span can break the markup, whatever the text or the spans. Spans past the text or cutting
 * a surrogate pair are clipped to the nearest safe boundary. Line breaks stay line breaks
 * ({@code white-space: pre-wrap} in the stylesheet).
 */
public final class TextMarks {
  /** One annotation: a span, its CSS kinds (e.g. {@code sel sel-phone}) and its number in the explanation list. */
  public record Annotation(Span span, String cssClass, int number, String title) {}

  private TextMarks() {}

  public static String render(String text, List<Annotation> annotations) {
    int n = text.length();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, n));
    List<Annotation> valid = new ArrayList<>();
    for (Annotation a : annotations) {
      int s = safe(text, Math.min(a.span().start(), n));
      int e = safe(text, Math.min(a.span().end(), n));
      if (e > s) {
        valid.add(new Annotation(new Span(s, e), a.cssClass(), a.number(), a.title()));
        cuts.add(s);
        cuts.add(e);
      }
    }
    StringBuilder b = new StringBuilder(n + valid.size() * 64);
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null && cut > prev) {
        piece(b, text, prev, cut, valid);
      }
      prev = cut;
    }
    return b.toString();
  }

  private static void piece(StringBuilder b, String text, int from, int to, List<Annotation> all) {
    List<Annotation> covering = new ArrayList<>();
    for (Annotation a : all) {
      if (a.span().start() <= from && to <= a.span().end()) {
        covering.add(a);
      }
    }
    if (covering.isEmpty()) {
      Html.appendEscaped(b, text, from, to);
      return;
    }
    TreeSet<String> classes = new TreeSet<>();
    BitSet numbers = new BitSet();
    StringBuilder title = new StringBuilder();
    for (Annotation a : covering) {
      for (String c : a.cssClass().split(" ")) {
        if (c.matches("[a-z0-9_-]{1,40}")) {
          classes.add(c);
        }
      }
      numbers.set(a.number());
      if (!title.isEmpty()) {
        title.append(" · ");
      }
      title.append(a.title());
    }
    b.append("<mark class=\"").append(String.join(" ", classes)).append("\" data-ann=\"");
    b.append(numbers.stream().mapToObj(Integer::toString).reduce((x, y) -> x + " " + y).orElse(""));
    b.append("\" title=\"");
    Html.appendEscaped(b, title, 0, title.length());
    b.append("\">");
    Html.appendEscaped(b, text, from, to);
    b.append("</mark>");
  }

  /** Moves an index off the middle of a surrogate pair. */
  private static int safe(String text, int i) {
    if (i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
      return i - 1;
    }
    return i;
  }

  /** A search snippet: escaped text with the matched words in {@code <mark>}. */
  public static String snippet(String text, List<Span> marks) {
    List<Annotation> list = new ArrayList<>();
    for (Span m : marks) {
      list.add(new Annotation(m, "hit", 0, ""));
    }
    return render(text, list).replace(" data-ann=\"0\" title=\"\"", "");
  }
}
