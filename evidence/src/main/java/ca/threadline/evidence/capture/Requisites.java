package ca.threadline.evidence.capture;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The images and stylesheets a page asks for (its "requisites", as wget calls them): {@code img}
 * {@code src} and {@code srcset}, {@code picture source srcset}, {@code input type=image},
 * {@code link rel=stylesheet} and {@code link rel=icon}. Read from the parsed document, never by
 * rendering it; only absolute http(s) URLs, each once, in document order, at most {@code max}.
 */
public final class Requisites {
  private Requisites() {}

  public static List<URI> of(Document doc, URI base, int max) {
    Set<String> seen = new LinkedHashSet<>();
    for (Element e : doc.select("img[src], input[type=image][src]")) {
      add(seen, base, e.attr("src"));
    }
    for (Element e : doc.select("img[srcset], source[srcset]")) {
      for (String candidate : e.attr("srcset").split(",")) {
        String url = candidate.strip().split("\\s+")[0];
        add(seen, base, url);
      }
    }
    for (Element e : doc.select("link[href]")) {
      String rel = e.attr("rel").toLowerCase(Locale.ROOT);
      if (rel.contains("stylesheet") || rel.contains("icon")) {
        add(seen, base, e.attr("href"));
      }
    }
    List<URI> out = new ArrayList<>();
    for (String s : seen) {
      if (out.size() >= max) {
        break;
      }
      out.add(URI.create(s));
    }
    return out;
  }

  private static void add(Set<String> seen, URI base, String ref) {
    if (ref == null || ref.isBlank() || ref.startsWith("data:") || ref.startsWith("javascript:")) {
      return;
    }
    try {
      URI u = base.resolve(ref.strip().replace(" ", "%20"));
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
        URI noFragment = new URI(u.getScheme(), u.getRawAuthority(), u.getRawPath(), u.getRawQuery(), null);
        seen.add(URI.create(noFragment.toString()).toString());
      }
    } catch (IllegalArgumentException | java.net.URISyntaxException e) {
      // not a URL a browser would fetch either
    }
  }
}
