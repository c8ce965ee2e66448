package ca.threadline.evidence.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.Placement;
import ca.threadline.evidence.content.AnalysisPool;
import ca.threadline.evidence.content.ContentAnalyzer;
import ca.threadline.evidence.item.NewItem;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.CaseName;
import ca.threadline.evidence.store.Digests;
import ca.threadline.evidence.testing.EvidenceFixture;
import ca.threadline.evidence.testing.SyntheticWarc;
import ca.threadline.testkit.files.SyntheticFiles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A WARC read in one pass (parsed from the same reads that hash and stage it, its items bound to
 * the file's hash at its end) must give exactly what the two-pass way gives (stage and hash
 * first, then parse the copy): the same act details, the same item entries (ids, locations,
 * parents, metadata, in the same order), the same issues, the same texts under the same ids, and
 * a staged copy with the input's bytes. Seeded random WARCs, plain and gzipped, whole and cut short.
 */
class OnePassImportTest {
  static final long SEED = 0x1A55L;
  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  /** What one preparation gave, in comparable form. */
  record Prepared(String details, List<String> entries, List<String> issues, Map<String, String> texts, String stagedSha, byte[] staged) {}

  @Test
  void onePassAndTwoPassPrepareTheSameAct(@TempDir Path dir) throws Exception {
    System.out.println("OnePassImportTest seed " + SEED);
    Random random = new Random(SEED);
    for (int round = 0; round < 6; round++) {
      byte[] warc = warc(random, 3 + random.nextInt(12));
      boolean gz = round % 2 == 1;
      if (round >= 4) {
        warc = Arrays.copyOf(warc, warc.length - 1 - random.nextInt(warc.length / 3)); // cut inside a record
      }
      Path file = dir.resolve("in-" + round + (gz ? ".warc.gz" : ".warc"));
      Files.write(file, gz ? SyntheticWarc.gzipPerRecord(warc) : warc);
      for (boolean pooled : new boolean[] {false, true}) {
        Prepared two = prepare(dir.resolve("two-" + round + pooled), file, true, pooled);
        Prepared one = prepare(dir.resolve("one-" + round + pooled), file, false, pooled);
        String what = "round " + round + (gz ? " gz" : "") + (pooled ? " pooled" : "");
        assertThat(one.details()).as(what).isEqualTo(two.details());
        assertThat(one.entries()).as(what).isEqualTo(two.entries());
        if (pooled) {
          // Analysis threads report in the order they finish (so it is with either way of reading).
          assertThat(one.issues()).as(what).containsExactlyInAnyOrderElementsOf(two.issues());
        } else {
          assertThat(one.issues()).as(what).isEqualTo(two.issues());
        }
        assertThat(one.texts()).as(what).isEqualTo(two.texts());
        assertThat(one.stagedSha()).as(what).isEqualTo(two.stagedSha()).isEqualTo(Digests.sha256Hex(Files.readAllBytes(file)));
        assertThat(one.staged()).as(what).isEqualTo(Files.readAllBytes(file));
        assertThat(two.entries()).as(what).hasSizeGreaterThan(1);
        if (round >= 4) {
          assertThat(two.issues()).as(what + ": a cut record is reported").isNotEmpty();
        }
      }
    }
  }

  /** With a time limit too short for any reading, the act still holds the whole file, hashed. */
  @Test
  void anAbandonedReadingStillStagesTheWholeFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("slow.warc");
    Files.write(file, warc(new Random(SEED), 40));
    EvidenceFixture f = new EvidenceFixture(dir.resolve("home"));
    try (EvidenceStore store = f.open()) {
      IngestContext ctx = new IngestContext(store.blobs(), new CaseName("C"), new ContentAnalyzer(), ItemTexts.NONE, NOW);
      Acquisition a = new Importer(ctx, 0).prepare(file, Importer.Format.AUTO);
      Placement.ToBlob blob = (Placement.ToBlob) a.placements().get(0);
      assertThat(blob.staged().sha256()).isEqualTo(Digests.sha256Hex(Files.readAllBytes(file)));
      assertThat(Files.readAllBytes(blob.staged().path())).isEqualTo(Files.readAllBytes(file));
      assertThat(a.items().get(0).kind()).isEqualTo("warc");
      a.discard();
    }
  }

  private static Prepared prepare(Path home, Path file, boolean twoPass, boolean pooled) throws Exception {
    EvidenceFixture f = new EvidenceFixture(home);
    Map<String, String> byProvisional = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    ItemTexts receiver = new ItemTexts() {
      @Override
      public synchronized void accept(NewItem item, String text) {
        byProvisional.put(item.id(), text);
      }

      @Override
      public synchronized void rebind(String provisionalId, NewItem item) {
        byProvisional.put(item.id(), byProvisional.remove(provisionalId));
      }
    };
    try (EvidenceStore store = f.open(); AnalysisPool pool = pooled ? new AnalysisPool(2, 1 << 20) : null) {
      IngestContext ctx = new IngestContext(store.blobs(), new CaseName("C"), new ContentAnalyzer(), receiver, NOW, pool);
      Importer.Done done = Importer.Done.of((p, s) -> false, p -> twoPass);
      Acquisition a = new Importer(ctx, 60_000).prepare(file, Importer.Format.AUTO, done);
      List<String> entries = new ArrayList<>();
      for (NewItem i : a.items()) {
        entries.add(Json.write(i.toEntry("C", "act")));
      }
      synchronized (receiver) {
        texts.putAll(byProvisional);
      }
      List<String> issues = a.issues().stream().map(i -> i.where() + ": " + i.reason()).toList();
      Placement.ToBlob blob = (Placement.ToBlob) a.placements().get(0);
      byte[] staged = Files.readAllBytes(blob.staged().path());
      a.discard();
      return new Prepared(Json.write(a.details()), entries, issues, texts, blob.staged().sha256(), staged);
    }
  }

  /** A wget-like crawl: ad pages and photos with their request records, SHA-1 digests in base32. */
  static byte[] warc(Random random, int responses) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(SyntheticWarc.record("warcinfo", "application/warc-fields", null, "software: test\r\n".getBytes(StandardCharsets.US_ASCII), false, 0, 0));
    for (int i = 0; i < responses; i++) {
      String url = "http://ads.example.test/ad/" + i;
      byte[] payload;
      String type;
      if (random.nextInt(3) == 0) {
        payload = SyntheticFiles.jpeg(random.nextLong(), 8 + random.nextInt(24), 8 + random.nextInt(24));
        type = "image/jpeg";
        url += ".jpg";
      } else {
        StringBuilder body = new StringBuilder();
        for (int k = random.nextInt(40); k >= 0; k--) {
          body.append("Call 416-555-01").append(10 + random.nextInt(90)).append(", new in town. ");
        }
        payload = SyntheticFiles.adPage("Ad " + i, body.toString(), null, null).getBytes(StandardCharsets.UTF_8);
        type = "text/html; charset=utf-8";
      }
      byte[] http = SyntheticWarc.concat(("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + payload.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
          payload);
      out.writeBytes(SyntheticWarc.record("request", "application/http;msgtype=request", url, ("GET / HTTP/1.1\r\nHost: ads.example.test\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
          false, 0, 2L * i + 1));
      // Now and then a wrong payload digest: a finding, reported the same way by both.
      out.writeBytes(SyntheticWarc.record("response", "application/http;msgtype=response", url, http, true, random.nextInt(7) == 0 ? 1 : payload.length, 2L * i + 2));
    }
    return out.toByteArray();
  }

}
