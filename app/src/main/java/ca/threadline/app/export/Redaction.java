package ca.threadline.app.export;

import ca.threadline.core.selector.SelectorType;
import ca.threadline.store.document.DocumentView;
import ca.threadline.store.document.StoredSelector;
import ca.threadline.store.sensitive.SensitiveField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an export leaves out because the case marks it sensitive (victims' names, contact details,
 * survivors' statements: issue 8), unless a case admin asks with {@code --include-sensitive}.
 *
 * <p>Marks Threadline can locate in documents: {@code document.body} (or {@code document.text}):
 * the whole text; {@code document.url}; {@code selector.value} (every selector) or
 * {@code selector.<type>} ({@code selector.phone}, {@code selector.email}, …): those selectors'
 * values, in the selector lists and where they stand in the text; {@code document.images} (or
 * {@code image.*}): the images. Any other mark (e.g. {@code victim.name}) names something the store
 * does not hold as a field; the export lists it so that a person reviews the text before
 * disclosure.
 */
public record Redaction(boolean body, boolean url, Set<String> selectorTypes, boolean images, List<String> unlocated,
    List<String> marks, boolean included) {
  public static final String MARK = "[redacted]";

  public Redaction {
    selectorTypes = Set.copyOf(selectorTypes);
    unlocated = List.copyOf(unlocated);
    marks = List.copyOf(marks);
  }

  /** Nothing marked. */
  public static Redaction none() {
    return new Redaction(false, false, Set.of(), false, List.of(), List.of(), false);
  }

  public static Redaction of(List<SensitiveField> fields, boolean include) {
    List<String> marks = fields.stream().map(SensitiveField::field).sorted().toList();
    if (include) {
      return new Redaction(false, false, Set.of(), false, List.of(), marks, true);
    }
    boolean body = false;
    boolean url = false;
    boolean images = false;
    Set<String> types = new TreeSet<>();
    List<String> unlocated = new ArrayList<>();
    for (String f : marks) {
      switch (f) {
        case "document.body", "document.text" -> body = true;
        case "document.url" -> url = true;
        case "document.images", "image.all", "image.data", "image.bytes" -> images = true;
        case "selector.value", "selector.all" -> {
          for (SelectorType t : SelectorType.values()) {
            types.add(t.wireName());
          }
        }
        default -> {
          if (f.startsWith("selector.") && isType(f.substring(9))) {
            types.add(f.substring(9));
          } else if (f.startsWith("image.")) {
            images = true;
          } else {
            unlocated.add(f);
          }
        }
      }
    }
    return new Redaction(body, url, types, images, unlocated, marks, false);
  }

  private static boolean isType(String s) {
    for (SelectorType t : SelectorType.values()) {
      if (t.wireName().equals(s)) {
        return true;
      }
    }
    return false;
  }

  public boolean any() {
    return body || url || images || !selectorTypes.isEmpty();
  }

  public boolean selector(String type) {
    return selectorTypes.contains(type);
  }

  public String selectorValue(StoredSelector s) {
    return selector(s.type()) ? MARK : s.value();
  }

  public String url(String u) {
    return u == null ? null : url ? MARK : u;
  }

  /** The document's text with what is marked sensitive replaced by {@value #MARK}. */
  public String text(DocumentView d) {
    if (body) {
      return MARK + " (the case marks document text sensitive)";
    }
    if (selectorTypes.isEmpty()) {
      return d.text();
    }
    List<StoredSelector> cut = d.selectors().stream().filter(s -> selector(s.type()))
        .sorted(Comparator.comparingInt((StoredSelector s) -> s.span().start())).toList();
    StringBuilder b = new StringBuilder(d.text().length());
    int at = 0;
    for (StoredSelector s : cut) {
      if (s.span().start() < at || s.span().end() > d.text().length()) {
        continue;
      }
      b.append(d.text(), at, s.span().start()).append(MARK);
      at = s.span().end();
    }
    b.append(d.text(), at, d.text().length());
    return b.toString();
  }
}
