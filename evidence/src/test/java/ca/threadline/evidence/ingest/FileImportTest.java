package ca.threadline.evidence.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.evidence.item.Item;
import ca.threadline.evidence.testing.EvidenceFixture;
import ca.threadline.testkit.files.SyntheticFiles;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileImportTest {
  @TempDir Path dir;

  @Test
  void plainFilesAreReadByWhatTheyAreNotByTheirNames() throws Exception {
    Path photo = dir.resolve("IMG_0042.jpg");
    Files.write(photo, SyntheticFiles.jpegWithExif(5, new SyntheticFiles.Exif("Synthetic", "Cam 2", "2025:12:01 08:30:00", "+01:00", -33.8688, 151.2093)));
    Path receipt = dir.resolve("receipt.pdf");
    Files.write(receipt, SyntheticFiles.pdf("Recruitment fee receipt", "Paid 2500 CAD to agent, call 905-555-0187"));
    Path page = dir.resolve("saved page.html");
    Files.writeString(page, SyntheticFiles.adPage("Job offer", "Farm work, housing provided, passport kept by employer", null, null));
    Path latin = dir.resolve("note.txt");
    Files.write(latin, "Rendez-vous à Montréal, 514-555-0123".getBytes(Charset.forName("windows-1252")));
    Path disguised = dir.resolve("looks-like.jpg");
    Files.write(disguised, SyntheticFiles.pdf("Actually a PDF"));
    Path binary = dir.resolve("blob.bin");
    Files.write(binary, new byte[] {0, 1, 2, 3, 0, 5});
    EvidenceFixture f = new EvidenceFixture(dir.resolve("home"));
    Map<String, String> texts = new LinkedHashMap<>();
    f.texts = (item, text) -> texts.put(Path.of(item.source()).getFileName().toString(), text);
    List<Item> items = f.importFiles("C", photo, receipt, page, latin, disguised, binary);
    assertThat(items).extracting(Item::kind).containsExactly("image", "pdf", "html", "text", "pdf", "file");
    var exif = items.get(0).meta().path("content").path("image");
    assertThat(exif.path("gps").path("latitude").asText()).isEqualTo("-33.8688");
    assertThat(exif.path("gps").path("longitude").asText()).isEqualTo("151.2093");
    assertThat(exif.path("width").asInt()).isEqualTo(96);
    assertThat(items.get(1).meta().path("content").path("pages").asInt()).isEqualTo(1);
    assertThat(texts.get("receipt.pdf")).contains("905-555-0187");
    assertThat(texts.get("saved page.html")).contains("passport kept by employer").doesNotContain("SCRIPT-RAN").doesNotContain("document.write");
    assertThat(items.get(2).meta().path("content").path("title").asText()).isEqualTo("Job offer");
    assertThat(texts.get("note.txt")).isEqualTo("Rendez-vous à Montréal, 514-555-0123");
    assertThat(items.get(3).meta().path("content").path("charset").asText()).isEqualTo("windows-1252");
    assertThat(items.get(4).mediaType()).isEqualTo("application/pdf");
    assertThat(items.get(5).mediaType()).isEqualTo("application/octet-stream");
    assertThat(f.verify().problems()).isEmpty();
    assertThat(new String(Files.readAllBytes(f.home.resolve(items.get(3).location().file())), StandardCharsets.ISO_8859_1)).contains("Montr\u00e9al");
  }
}
