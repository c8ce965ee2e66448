package ca.threadline.evidence.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.testing.EvidenceFixture;
import ca.threadline.evidence.testing.SyntheticWarc;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a record's payload is its whole block (a {@code resource} record), the block and payload
 * digests are digests of the same bytes and are computed once per algorithm; each declared value
 * must still be compared on its own: a wrong block digest beside a right payload digest (and the
 * reverse), in SHA-1/base32 and SHA-256/hex, alike or mixed, is reported, and only that.
 */
class DeclaredDigestsTest {
  static final long SEED = 0xD16E57L;

  @Test
  void everyDeclaredDigestIsComparedEvenWhenComputedOnce(@TempDir Path dir) throws Exception {
    System.out.println("DeclaredDigestsTest seed " + SEED);
    Random random = new Random(SEED);
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      byte[] block = ("resource " + i + " text 416-555-01" + (10 + random.nextInt(90)) + " " + "x".repeat(random.nextInt(5000)))
          .getBytes(StandardCharsets.UTF_8);
      String blockAlg = random.nextBoolean() ? "sha1" : "sha256";
      String payloadAlg = random.nextInt(3) == 0 ? null : random.nextBoolean() ? "sha1" : "sha256";
      boolean badBlock = random.nextInt(3) == 0;
      boolean badPayload = payloadAlg != null && random.nextInt(3) == 0;
      StringBuilder h = new StringBuilder("WARC/1.0\r\nWARC-Type: resource\r\n");
      h.append("WARC-Record-ID: <urn:uuid:00000000-0000-0000-0001-").append(String.format("%012d", i)).append(">\r\n");
      h.append("WARC-Date: 2026-03-01T00:00:00Z\r\nWARC-Target-URI: http://x.test/r/").append(i).append(".txt\r\n");
      h.append("WARC-Block-Digest: ").append(digest(blockAlg, block, badBlock)).append("\r\n");
      if (payloadAlg != null) {
        h.append("WARC-Payload-Digest: ").append(digest(payloadAlg, block, badPayload)).append("\r\n");
      }
      h.append("Content-Type: text/plain\r\nContent-Length: ").append(block.length).append("\r\n\r\n");
      warc.writeBytes(SyntheticWarc.concat(SyntheticWarc.concat(h.toString().getBytes(StandardCharsets.US_ASCII), block), "\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
      if (badBlock) {
        expected.add("record " + i + " Block");
      }
      if (badPayload) {
        expected.add("record " + i + " Payload");
      }
    }
    Path file = dir.resolve("resources.warc");
    Files.write(file, warc.toByteArray());
    EvidenceFixture f = new EvidenceFixture(dir.resolve("home"));
    try (EvidenceStore store = f.open()) {
      Acquisition a = f.prepare(store, "C", file, Importer.Format.AUTO);
      TreeSet<String> found = new TreeSet<>();
      for (Acquisition.InputIssue issue : a.issues()) {
        assertThat(issue.finding()).as(issue.toString()).isTrue();
        String kind = issue.reason().startsWith("WARC-Block-Digest") ? "Block" : issue.reason().startsWith("WARC-Payload-Digest") ? "Payload" : "?";
        found.add(issue.where().replaceAll(" at byte \\d+", "") + " " + kind);
      }
      assertThat(found).isEqualTo(new TreeSet<>(expected));
      assertThat(a.issues()).hasSize(expected.size());
      assertThat(expected).as("the seed plants both kinds").anyMatch(e -> e.endsWith("Block")).anyMatch(e -> e.endsWith("Payload"));
      a.discard();
    }
  }

  private static String digest(String alg, byte[] bytes, boolean wrong) throws Exception {
    byte[] d = MessageDigest.getInstance(alg.equals("sha1") ? "SHA-1" : "SHA-256").digest(bytes);
    if (wrong) {
      d[d.length / 2] ^= 0x20;
    }
    return alg.equals("sha1") ? "sha1:" + SyntheticWarc.base32(d) : "sha256:" + HexFormat.of().formatHex(d);
  }
}
