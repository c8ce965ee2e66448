package ca.threadline.app.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TextMarksTest {
  @Test
  void marksOverlappingSpansWithoutNesting() {
    String text = "Call 514-555-0142 <b>now</b>";
    String html = TextMarks.render(text, List.of(
        new TextMarks.Annotation(new Span(5, 17), "sel sel-phone", 1, "phone: +15145550142"),
        new TextMarks.Annotation(new Span(0, 9), "ind ind-sex_trafficking", 2, "x \" onmouseover=alert(1)")));
    assertThat(html).isEqualTo("<mark class=\"ind ind-sex_trafficking\" data-ann=\"2\" title=\"x &quot; onmouseover=alert(1)\">Call </mark>"
        + "<mark class=\"ind ind-sex_trafficking sel sel-phone\" data-ann=\"1 2\" title=\"phone: +15145550142 · x &quot; onmouseover=alert(1)\">514-</mark>"
        + "<mark class=\"sel sel-phone\" data-ann=\"1\" title=\"phone: +15145550142\">555-0142</mark> &lt;b&gt;now&lt;/b&gt;");
  }

  /**
   * Seeded fuzz: random texts full of markup characters, random (also out-of-range and
   * surrogate-splitting) spans; the output, parsed as HTML5, must have no element but marks and
   * must read back as exactly the input text.
   */
  @Test
  void anyTextAndAnySpansGiveOnlyMarksAndTheSameText() {
    long seed = 20261129L;
    System.out.println("TextMarksTest seed " + seed);
    SplittableRandom r = new SplittableRandom(seed);
    String alphabet = "<>&\"'/=ab c\n\t😀é\u0000\u202e`javascript:onerror";
    for (int round = 0; round < 3000; round++) {
      StringBuilder t = new StringBuilder();
      int len = r.nextInt(60);
      while (t.length() < len) {
        int cp = alphabet.codePointAt(r.nextInt(alphabet.length()));
        if (Character.isLowSurrogate((char) cp)) {
          continue;
        }
        t.appendCodePoint(cp);
      }
      String text = t.toString();
      List<TextMarks.Annotation> anns = new ArrayList<>();
      for (int a = 0; a < r.nextInt(6); a++) {
        int s = r.nextInt(text.length() + 5);
        int e = s + r.nextInt(10);
        anns.add(new TextMarks.Annotation(new Span(s, e), r.nextBoolean() ? "sel sel-phone" : "ind \"><script>", a + 1,
            "t<script>" + a));
      }
      String html = TextMarks.render(text, anns);
      Document d = Jsoup.parseBodyFragment(html);
      assertThat(d.body().select("*").stream().map(e -> e.tagName()).filter(n -> !n.equals("body") && !n.equals("mark")))
          .as(html).isEmpty();
      String expected = text.replace('\u0000', '\uFFFD').replace("\r", "");
      assertThat(d.body().wholeText()).as("seed " + seed + " round " + round).isEqualTo(expected);
    }
  }

  @Test
  void snippetsMarkHits() {
    assertThat(TextMarks.snippet("a <script> b", List.of(new Span(2, 10))))
        .isEqualTo("a <mark class=\"hit\">&lt;script&gt;</mark> b");
  }
}
