package ca.threadline.evidence.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.Digests;
import ca.threadline.evidence.testing.EvidenceFixture;
import ca.threadline.testkit.files.SyntheticFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Feeds every parser Threadline writes or calls (WARC, WARC.gz, HAR, JSON Lines, JPEG/EXIF, PNG,
 * PDF, HTML) seeded random mutations: truncations, byte flips, inserted garbage, repeated slices
 * and crafted sizes. Each must end within its time limit with its findings reported as issues of
 * the input (with a place in it), never with an exception, and must leave the store untouched.
 */
class ParserFuzzTest {
  static final long SEED = 20261129L;
  @TempDir Path dir;

  private Map<String, byte[]> seeds() throws IOException {
    Map<String, byte[]> s = new LinkedHashMap<>();
    s.put("x.warc", warc(false));
    s.put("x.warc.gz", warc(true));
    ca.threadline.evidence.json.Json.mapper();
    s.put("x.har", Json.write(HarImportTest.har(SyntheticFiles.jpeg(2, 16, 16))).getBytes(StandardCharsets.UTF_8));
    s.put("x.jsonl", ("{\"id\":\"a\",\"text\":\"call 416-555-0101\",\"city\":\"Toronto\",\"images\":[\"p.jpg\"]}\n{\"id\":2,\"text\":\"b\"}\n").getBytes(StandardCharsets.UTF_8));
    s.put("x.jpg", SyntheticFiles.jpegWithExif(3, new SyntheticFiles.Exif("M", "N", "2026:01:01 00:00:00", "+00:00", 45.0, -75.0)));
    s.put("x.png", SyntheticFiles.png(4, 20, 20));
    s.put("x.pdf", SyntheticFiles.pdf("fuzz seed", "905-555-0111"));
    s.put("x.html", SyntheticFiles.adPage("t", "b 416-555-0102", "/i.png", "/s.css").getBytes(StandardCharsets.UTF_8));
    return s;
  }

  static byte[] warc(boolean gzip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      for (int i = 0; i < 3; i++) {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, ("<p>page " + i + " 416-555-01" + (30 + i) + "</p>").getBytes(StandardCharsets.UTF_8)).build();
        w.write(new WarcResponse.Builder(URI.create("http://x.test/" + i)).date(Instant.EPOCH).body(http).build());
      }
    }
    return out.toByteArray();
  }

  private static byte[] mutate(byte[] in, SplittableRandom r, String name) {
    byte[] b = in.clone();
    switch (r.nextInt(6)) {
      case 0 -> b = java.util.Arrays.copyOf(b, r.nextInt(Math.max(1, b.length)));
      case 1 -> {
        for (int k = 1 + r.nextInt(8); k > 0 && b.length > 0; k--) {
          b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
        }
      }
      case 2 -> {
        int at = r.nextInt(b.length + 1);
        byte[] junk = new byte[1 + r.nextInt(64)];
        r.nextBytes(junk);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.write(b, 0, at);
        o.writeBytes(junk);
        o.write(b, at, b.length - at);
        b = o.toByteArray();
      }
      case 3 -> {
        int from = r.nextInt(Math.max(1, b.length));
        int len = Math.min(b.length - from, 1 + r.nextInt(200));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.write(b, 0, from + len);
        for (int k = 0; k < 1 + r.nextInt(20); k++) {
          o.write(b, from, len);
        }
        o.write(b, from + len, b.length - from - len);
        b = o.toByteArray();
      }
      case 4 -> b = craftSizes(b, r, name);
      default -> {
        for (int k = 1 + r.nextInt(3); k > 0 && b.length > 0; k--) {
          b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
      }
    }
    return b;
  }

  /** Replaces declared sizes and counts with absurd ones (Content-Length, "size", PDF /Length, PNG chunk lengths). */
  private static byte[] craftSizes(byte[] b, SplittableRandom r, String name) {
    String huge = List.of("99999999999999999", "-1", "2147483648", "9223372036854775807", "0").get(r.nextInt(5));
    if (name.endsWith(".warc") || name.endsWith(".pdf") || name.endsWith(".har") || name.endsWith(".html") || name.endsWith(".jsonl")) {
      String s = new String(b, StandardCharsets.ISO_8859_1);
      s = s.replaceAll("Content-Length: \\d+", "Content-Length: " + huge)
          .replaceAll("/Length \\d+", "/Length " + huge)
          .replaceAll("\"size\":\\d+", "\"size\":" + huge)
          .replaceAll("\"id\":2", "\"id\":" + huge + huge);
      return s.getBytes(StandardCharsets.ISO_8859_1);
    }
    if (b.length > 20) {
      int at = 8 + r.nextInt(b.length - 12);
      b[at] = (byte) 0x7F;
      b[at + 1] = (byte) 0xFF;
      b[at + 2] = (byte) 0xFF;
      b[at + 3] = (byte) 0xF0;
    }
    return b;
  }

  private static Map<String, String> snapshot(Path home) throws IOException {
    Map<String, String> m = new TreeMap<>();
    for (String sub : List.of("blobs", "warc", "custody")) {
      Path d = home.resolve(sub);
      if (!Files.isDirectory(d)) {
        continue;
      }
      try (Stream<Path> s = Files.walk(d)) {
        for (Path p : s.filter(Files::isRegularFile).toList()) {
          m.put(home.relativize(p).toString(), Digests.sha256Hex(p));
        }
      }
    }
    return m;
  }

  @Test
  void mutatedTruncatedAndCraftedInputsNeverCrashHangOrTouchTheStore() throws Exception {
    System.out.println("ParserFuzzTest seed " + SEED);
    SplittableRandom r = new SplittableRandom(SEED);
    EvidenceFixture f = new EvidenceFixture(dir.resolve("home"));
    Files.createDirectories(dir.resolve("in"));
    Files.write(dir.resolve("in/p.jpg"), SyntheticFiles.jpeg(1, 8, 8));
    Map<String, byte[]> seeds = seeds();
    f.importFiles("C", writeSeed(dir.resolve("in/first.txt"), "a committed item".getBytes(StandardCharsets.UTF_8)));
    Map<String, String> before = snapshot(f.home.root());
    int perFormat = 45;
    int reported = 0;
    List<String> slow = new ArrayList<>();
    try (EvidenceStore store = f.open()) {
      int n = 0;
      for (Map.Entry<String, byte[]> seed : seeds.entrySet()) {
        for (int k = 0; k < perFormat; k++) {
          byte[] input = mutate(seed.getValue(), r, seed.getKey());
          Path file = dir.resolve("in/f" + (n++) + "-" + seed.getKey());
          Files.write(file, input);
          long t0 = System.nanoTime();
          Acquisition a = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> f.prepare(store, "C", file, Importer.Format.AUTO),
              () -> "parser hung on " + file.getFileName());
          if (System.nanoTime() - t0 > 10_000_000_000L) {
            slow.add(file.getFileName().toString());
          }
          for (Acquisition.InputIssue i : a.issues()) {
            assertThat(i.where()).as("every issue says where in " + file.getFileName()).isNotBlank();
            assertThat(i.reason()).isNotBlank();
          }
          if (!a.issues().isEmpty()) {
            reported++;
          }
          a.discard();
          Files.delete(file);
        }
      }
    }
    System.out.println("ParserFuzzTest: " + reported + " of " + seeds.size() * perFormat + " mutated inputs reported problems; slow: " + slow);
    assertThat(reported).isGreaterThan(seeds.size() * perFormat / 4);
    assertThat(snapshot(f.home.root())).as("preparing never changes the store").isEqualTo(before);
  }

  private static Path writeSeed(Path p, byte[] b) throws IOException {
    Files.write(p, b);
    return p;
  }

  @Test
  void aGzipBombAndAnEndlessHeaderStayWithinBounds() throws Exception {
    // 200 MB of zeros compress to about 200 KB: the WARC reader must stream, not inflate into memory.
    Path bomb = dir.resolve("bomb.warc.gz");
    byte[] header = ("WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        + "WARC-Date: 2026-01-01T00:00:00Z\r\nWARC-Target-URI: http://x.test/\r\nContent-Type: application/octet-stream\r\nContent-Length: 209715200\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
      out.write(header);
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        out.write(zeros);
      }
      out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    Path endless = dir.resolve("endless.warc");
    StringBuilder sb = new StringBuilder("WARC/1.0\r\nWARC-Type: response\r\nX-Long: ");
    sb.append("a".repeat(6 << 20));
    Files.writeString(endless, sb.toString(), StandardCharsets.US_ASCII);
    EvidenceFixture f = new EvidenceFixture(dir.resolve("home"));
    try (EvidenceStore store = f.open()) {
      Acquisition a = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(120), () -> f.prepare(store, "C", bomb, Importer.Format.AUTO));
      assertThat(a.items()).hasSize(2);
      assertThat(a.items().get(1).size()).isEqualTo(209715200L);
      a.discard();
      Acquisition b = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> f.prepare(store, "C", endless, Importer.Format.AUTO));
      assertThat(b.hasBadInput()).isTrue();
      b.discard();
    }
  }
}
