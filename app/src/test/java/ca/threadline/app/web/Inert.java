package ca.threadline.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a page the way a browser would parse it (jsoup follows the HTML5 parsing algorithm):
 * every script is the workbench's own file, no element carries an event-handler attribute, no
 * link or form points at a {@code javascript:} or {@code data:} URL, no SVG, no object, no frame,
 * no inline style element, and images load from the workbench only.
 */
final class Inert {
  private Inert() {}

  static void assertInert(String html, String what) {
    Document d = Jsoup.parse(html);
    for (Element e : d.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as(what + ": event handler on <" + e.tagName() + ">").doesNotStartWith("on");
        String v = a.getValue().strip().toLowerCase(java.util.Locale.ROOT);
        if (a.getKey().equals("href") || a.getKey().equals("src") || a.getKey().equals("action") || a.getKey().equals("formaction")) {
          assertThat(v).as(what + ": " + a.getKey() + " of <" + e.tagName() + ">").doesNotStartWith("javascript:")
              .doesNotStartWith("data:").doesNotStartWith("vbscript:");
          if (!a.getKey().equals("href")) {
            assertThat(v).as(what + ": " + a.getKey() + " of <" + e.tagName() + "> must be local").startsWith("/");
          }
        }
      }
    }
    assertThat(d.select("script")).as(what).allSatisfy(s -> assertThat(s.attr("src")).startsWith("/").doesNotStartWith("//"));
    assertThat(d.select("script")).as(what).allSatisfy(s -> assertThat(s.data()).isEmpty());
    assertThat(d.select("svg, object, embed, iframe, frame, style, base, meta[http-equiv]")).as(what).isEmpty();
    assertThat(d.select("a[href]")).as(what).allSatisfy(a -> assertThat(a.attr("href")).startsWith("/").doesNotStartWith("//"));
  }
}
