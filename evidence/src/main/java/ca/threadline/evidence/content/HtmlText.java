package ca.threadline.evidence.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The visible text of an HTML document, read with jsoup's HTML5 parser. The document is parsed,
 * never rendered: no script runs, nothing is fetched (rule: scraped HTML is never rendered).
 * The charset comes from the HTTP header if given, else a BOM or {@code <meta charset>}, else UTF-8.
 */
public final class HtmlText {
  private HtmlText() {}

  public record Extracted(String text, String title, Document document) {}

  public static Extracted extract(byte[] bytes, String charset, String baseUri) throws IOException {
    return extract(bytes, 0, bytes.length, charset, baseUri);
  }

  public static Extracted extract(byte[] bytes, int off, int len, String charset, String baseUri) throws IOException {
    Parser parser = Parser.htmlParser().setTrackErrors(0);
    Document doc = Jsoup.parse(new ByteArrayInputStream(bytes, off, len), validCharset(charset), baseUri == null ? "" : baseUri, parser);
    return new Extracted(doc.text(), doc.title(), doc);
  }

  private static String validCharset(String cs) {
    if (cs == null || cs.isBlank()) {
      return null;
    }
    try {
      return java.nio.charset.Charset.isSupported(cs.strip()) ? cs.strip() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The {@code charset} parameter of a Content-Type header value, or null. */
  public static String charsetOf(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        return p.substring(8).replace("\"", "").strip();
      }
    }
    return null;
  }
}
