package ca.threadline.evidence.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.item.Item;
import ca.threadline.evidence.item.Location;
import ca.threadline.evidence.store.Digests;
import ca.threadline.evidence.testing.EvidenceFixture;
import ca.threadline.testkit.files.SyntheticFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdsImportTest {
  @TempDir Path dir;

  @Test
  void eachAdIsItsLineAndEachImageAnItemLinkedToIt() throws Exception {
    Path folder = dir.resolve("export");
    Files.createDirectories(folder.resolve("img"));
    byte[] photo = SyntheticFiles.jpegWithExif(11, new SyntheticFiles.Exif("Synthetic", "Phone X", "2026:03:14 21:07:09", "-05:00", 43.6506667, -79.3836667));
    Files.write(folder.resolve("img/a1.jpg"), photo);
    String l1 = "{\"id\":\"a1\",\"text\":\"New in town! Call 416-555-0199\",\"url\":\"https://ads.example.test/a1\",\"posted_at\":\"2026-03-14T20:00:00Z\",\"city\":\"Toronto\",\"images\":[\"img/a1.jpg\"]}";
    String l2 = "{\"id\":42,\"text\":\"Nouvelle à Gatineau, appelle 819-555-0142\",\"city\":\"Gatineau\"}";
    String bad1 = "{\"id\":\"a3\",\"text\":";
    String bad2 = "{\"text\":\"no id\"}";
    String escape = "{\"id\":\"a5\",\"text\":\"x\",\"images\":[\"../../etc/passwd\",\"/etc/hostname\"]}";
    Path jsonl = folder.resolve("ads.jsonl");
    Files.writeString(jsonl, l1 + "\n" + l2 + "\r\n\n" + bad1 + "\n" + bad2 + "\n" + escape + "\n", StandardCharsets.UTF_8);
    EvidenceFixture f = new EvidenceFixture(dir.resolve("home"));
    List<String> texts = new ArrayList<>();
    f.texts = (item, text) -> texts.add(item.kind() + ":" + text);
    List<Item> items;
    try (EvidenceStore s = f.open()) {
      Acquisition a = f.prepare(s, "C", jsonl, Importer.Format.AUTO);
      assertThat(a.issues()).extracting(Acquisition.InputIssue::where).containsExactly("line 4", "line 5", "line 6", "line 6");
      assertThat(a.issues().get(2).reason()).contains("leaves the ads file's folder");
      assertThat(a.issues().get(3).reason()).contains("must be relative");
      items = s.commit(List.of(a), "analyst").items();
    }
    assertThat(items).extracting(Item::kind).containsExactly("jsonl", "ad", "image", "ad", "ad");
    Item ad1 = items.get(1);
    assertThat(ad1.sha256()).isEqualTo(Digests.sha256Hex(l1.getBytes(StandardCharsets.UTF_8)));
    assertThat(ad1.location()).isEqualTo(new Location.Range(items.get(0).location().file(), 0, l1.length()));
    assertThat(ad1.source()).isEqualTo(jsonl + "#L1");
    assertThat(ad1.meta().path("city").asText()).isEqualTo("Toronto");
    Item ad2 = items.get(3);
    assertThat(ad2.meta().path("ad_id").asText()).isEqualTo("42");
    assertThat(ad2.sha256()).as("the line without its CR LF").isEqualTo(Digests.sha256Hex(l2.getBytes(StandardCharsets.UTF_8)));
    Item image = items.get(2);
    assertThat(image.parent()).isEqualTo(ad1.id());
    assertThat(image.sha256()).isEqualTo(Digests.sha256Hex(photo));
    var exif = image.meta().path("content").path("image");
    assertThat(exif.path("gps").path("latitude").asText()).isEqualTo("43.6506667");
    assertThat(exif.path("gps").path("longitude").asText()).isEqualTo("-79.3836667");
    assertThat(exif.path("date_time_original").asText()).isEqualTo("2026:03:14 21:07:09");
    assertThat(exif.path("offset_time_original").asText()).isEqualTo("-05:00");
    assertThat(exif.path("make").asText()).isEqualTo("Synthetic");
    assertThat(exif.path("model").asText()).isEqualTo("Phone X");
    assertThat(texts).containsExactly("ad:New in town! Call 416-555-0199", "ad:Nouvelle à Gatineau, appelle 819-555-0142", "ad:x");
    assertThat(f.verify().problems()).isEmpty();
  }
}
