package ca.threadline.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a virtual user reads off a page: links by kind, the token, the note form, escapes undone. */
class PageLinksTest {

  @Test
  void readsLinksTokenAndNoteFormOfAPage() {
    String html = """
        <body data-csrf="tok&#43;en" data-lang="en">
        <a href="/cases/3/documents/17" class="hit-link">ad-17</a>
        <a href="/cases/3/documents/17/images/abc">image</a>
        <a href="/cases/3/selector?key=phone%3A%2B15145550101" class="selector-link">514</a>
        <a href="/cases/3/networks/N%201" class="badge">N 1</a>
        <a href="/cases/3/networks/N%201/documents.csv">csv</a>
        <a href="/cases/3/search?q=a&amp;city=Montr%C3%A9al" class="facet-link">Montréal</a>
        <a href="https://elsewhere.example/">out</a>
        <form method="post" action="/cases/3/notes" class="note-form" id="note-form">
          <input type="hidden" name="_csrf" value="tok&#43;en">
          <input type="hidden" name="entityType" value="document">
          <input type="hidden" name="entityKey" value="17&quot;&lt;x&gt;">
          <input type="hidden" name="return" value="/cases/3/documents/17">
        </form>
        """;
    PageLinks p = PageLinks.of(html);
    assertThat(p.documents()).containsExactly("/cases/3/documents/17");
    assertThat(p.selectors()).containsExactly("/cases/3/selector?key=phone%3A%2B15145550101");
    assertThat(p.networks()).containsExactly("/cases/3/networks/N%201");
    assertThat(p.searches()).containsExactly("/cases/3/search?q=a&city=Montr%C3%A9al");
    assertThat(p.csrf()).isEqualTo("tok+en");
    assertThat(p.noteForm()).isEqualTo(new PageLinks.NoteForm("document", "17\"<x>", "/cases/3/documents/17"));
  }

  @Test
  void aPageWithoutNoteFormOrTokenHasNone() {
    PageLinks p = PageLinks.of("<html><a href=\"/login\">x</a></html>");
    assertThat(p.noteForm()).isNull();
    assertThat(p.csrf()).isNull();
    assertThat(p.documents()).isEmpty();
  }
}
