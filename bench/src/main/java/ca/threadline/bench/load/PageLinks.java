package ca.threadline.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a virtual user reads off a workbench page to go on browsing, as a person clicking would:
 * the links (documents, selectors, networks, search facets), the anti-forgery token and the note
 * form of the entity the page shows. Regular expressions over the jte output rather than a DOM
 * parser: the load client shares the machine's two cores with the server and must stay cheap.
 */
record PageLinks(List<String> documents, List<String> selectors, List<String> networks, List<String> searches,
    String csrf, NoteForm noteForm) {

  /** The hidden fields of a page's note form: which entity a note or tag written there goes on. */
  record NoteForm(String entityType, String entityKey, String returnPath) {}

  private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
  private static final Pattern CSRF = Pattern.compile("data-csrf=\"([^\"]+)\"");
  private static final Pattern DOCUMENT = Pattern.compile("/cases/\\d+/documents/\\d+");
  private static final Pattern ENTITY_TYPE = Pattern.compile("name=\"entityType\" value=\"([^\"]*)\"");
  private static final Pattern ENTITY_KEY = Pattern.compile("name=\"entityKey\" value=\"([^\"]*)\"");
  private static final Pattern RETURN = Pattern.compile("name=\"return\" value=\"([^\"]*)\"");
  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|amp|lt|gt|quot|apos);");

  static PageLinks of(String html) {
    List<String> docs = new ArrayList<>();
    List<String> selectors = new ArrayList<>();
    List<String> networks = new ArrayList<>();
    List<String> searches = new ArrayList<>();
    Matcher m = HREF.matcher(html);
    while (m.find()) {
      String href = unescape(m.group(1));
      if (!href.startsWith("/cases/")) {
        continue;
      }
      if (DOCUMENT.matcher(href).matches()) {
        docs.add(href);
      } else if (href.contains("/selector?key=")) {
        selectors.add(href);
      } else if (href.contains("/networks/") && !href.endsWith(".csv")) {
        networks.add(href);
      } else if (href.contains("/search?")) {
        searches.add(href);
      }
    }
    Matcher c = CSRF.matcher(html);
    String csrf = c.find() ? unescape(c.group(1)) : null;
    return new PageLinks(docs, selectors, networks, searches, csrf, noteForm(html));
  }

  private static NoteForm noteForm(String html) {
    int at = html.indexOf("id=\"note-form\"");
    if (at < 0) {
      return null;
    }
    String form = html.substring(at, Math.min(html.length(), at + 4000));
    Matcher t = ENTITY_TYPE.matcher(form);
    Matcher k = ENTITY_KEY.matcher(form);
    Matcher r = RETURN.matcher(form);
    if (!t.find() || !k.find()) {
      return null;
    }
    return new NoteForm(unescape(t.group(1)), unescape(k.group(1)), r.find() ? unescape(r.group(1)) : null);
  }

  /** Undoes HTML character references in an attribute value (jte escapes {@code & < > " '}). */
  static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r = switch (e) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "apos" -> "'";
        default -> Character.toString(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1)));
      };
      m.appendReplacement(b, Matcher.quoteReplacement(r));
    }
    return m.appendTail(b).toString();
  }
}
