package ca.threadline.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.store.access.EntityRef;
import ca.threadline.store.access.EntityType;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench on a case that seals document text and notes (issue 8): members see the text and
 * the notes as before (the store opens them for them), an outsider sees nothing of them, and the
 * document's images are still served blurred unless revealed.
 */
class SealedWorkbenchTest {
  @Test
  void membersSeeSealedTextAndNotesOutsidersDoNot(@TempDir Path home) throws IOException {
    System.setProperty("java.awt.headless", "true");
    try (CaseFixture f = new CaseFixture(home)) {
      long doc = f.documentWithImage;
      String text = f.store.documents().get(f.admin, f.caseId, doc).text().replaceAll("\\s+", " ").strip();
      String line = text.substring(text.indexOf("Texto / text: "));
      String note = "Survivor statement SW" + Long.toHexString(CaseFixture.SEED * 31);
      f.store.notes().addNote(f.investigator, f.caseId, EntityRef.of(EntityType.DOCUMENT, Long.toString(doc)), note);
      assertThat(f.store.sensitiveFields().mark(f.admin, f.caseId, "document.body", "survivor statements")).isPositive();
      assertThat(f.store.sensitiveFields().mark(f.admin, f.caseId, "note.body", "victim names")).isPositive();
      try (Workbench server = Workbench.start(Workbench.services(f.store, f.home, Clock.systemUTC(), false), "127.0.0.1", 0)) {
        String path = "/cases/" + f.caseId + "/documents/" + doc;
        for (String member : new String[] {"remi", "ines"}) {
          WebClient c = signedIn(server.port(), member);
          HttpResponse<String> page = c.get(path);
          assertThat(page.statusCode()).isEqualTo(200);
          assertThat(Jsoup.parse(page.body()).select("#doc-text").text()).as(member).isEqualTo(text);
          assertThat(page.body()).as(member).contains(note);
          HttpResponse<String> image = c.get(path + "/images/" + f.imageSha256);
          assertThat(image.statusCode()).isEqualTo(200);
          assertThat(image.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/"));
        }
        WebClient otto = signedIn(server.port(), "otto");
        HttpResponse<String> refused = otto.get(path);
        assertThat(refused.statusCode()).isIn(403, 404);
        assertThat(refused.body()).doesNotContain(line).doesNotContain(note);
      }
    }
  }

  private static WebClient signedIn(int port, String user) {
    WebClient c = new WebClient(port);
    assertThat(c.signIn(user, CaseFixture.PASSWORD).statusCode()).isEqualTo(303);
    return c;
  }
}
