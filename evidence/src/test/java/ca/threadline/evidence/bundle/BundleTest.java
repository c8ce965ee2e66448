package ca.threadline.evidence.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.Problem;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.CaseName;
import ca.threadline.evidence.testing.EvidenceFixture;
import ca.threadline.evidence.testing.LocalSite;
import ca.threadline.evidence.testing.LocalTsa;
import ca.threadline.evidence.testing.SampleCase;
import ca.threadline.evidence.timestamp.TrustedTsa;
import ca.threadline.evidence.timestamp.TsaClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleTest {
  @TempDir static Path shared;
  static Path bundle;
  static LocalTsa tsa;
  static BundleWriter.Written written;

  @BeforeAll
  static void export() throws Exception {
    tsa = LocalTsa.start();
    EvidenceFixture f = new EvidenceFixture(shared.resolve("home"));
    Files.createDirectories(f.home.keys());
    Files.writeString(TrustedTsa.path(f.home), tsa.caPem());
    f.timestamper = new TsaClient(tsa.url());
    try (LocalSite site = SampleCase.site()) {
      SampleCase.build(f, shared.resolve("inputs"), site);
    }
    bundle = shared.resolve("out/op-heron.zip");
    try (EvidenceStore store = f.open()) {
      written = BundleExport.export(store, new CaseName(SampleCase.CASE), bundle, "Det. Test", "threadline test", f.messages::add);
    }
    assertThat(f.verify().problems()).isEmpty();
  }

  @AfterAll
  static void stop() {
    tsa.close();
  }

  private static List<Problem> verify(Path zip) throws IOException {
    return new BundleVerifier(s -> {}).verify(zip, shared.resolve("scratch")).problems();
  }

  @Test
  void aFreshBundleVerifiesAndHoldsOnlyItsOwnCase() throws Exception {
    BundleVerifier.Report r = new BundleVerifier(s -> {}).verify(bundle, shared.resolve("scratch"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.items()).isEqualTo(written.items()).isGreaterThan(15);
    assertThat(r.checkpoints()).isGreaterThan(2);
    try (ZipFile z = new ZipFile(bundle.toFile())) {
      String all = new String(z.getInputStream(z.getEntry("manifest.json")).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(all).doesNotContain(SampleCase.OTHER).doesNotContain("250-555-0100");
      JsonNode manifest = Json.parse(all);
      assertThat(manifest.path("items")).anyMatch(i -> i.path("deletion_requested").asBoolean());
      List<String> entryNames = z.stream().map(ZipEntry::getName).filter(n -> n.startsWith("custody/entries/")).toList();
      for (String n : entryNames) {
        String e = new String(z.getInputStream(z.getEntry(n)).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(e).contains("\"case\":\"" + SampleCase.CASE + "\"");
      }
      assertThat(entryNames).anyMatch(n -> {
        try {
          return new String(z.getInputStream(z.getEntry(n)).readAllBytes(), StandardCharsets.UTF_8).contains("\"act\":\"export\"");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      JsonNode uco = Json.parse(z.getInputStream(z.getEntry("case-uco.jsonld")).readAllBytes());
      String graph = uco.path("@graph").toString();
      assertThat(graph).contains("case-investigation:Investigation", "case-investigation:InvestigativeAction", "case-investigation:ProvenanceRecord",
          "uco-observable:File", "uco-types:Hash", "\"SHA256\"", "uco-observable:URL", "uco-identity:Person", "uco-tool:Tool");
      for (JsonNode n : uco.path("@graph")) {
        assertThat(n.path("@id").asText()).startsWith("kb:");
      }
    }
  }

  @Test
  void standardToolsAloneCheckTheBundle(@TempDir Path dir) throws Exception {
    for (String tool : List.of("/usr/bin/sha256sum", "/usr/bin/openssl")) {
      boolean present = Files.isExecutable(Path.of(tool));
      if (!present && "1".equals(System.getenv("THREADLINE_REQUIRE_SERVICES"))) {
        throw new AssertionError(tool + " is required (THREADLINE_REQUIRE_SERVICES=1)");
      }
      Assumptions.assumeTrue(present, tool + " is not installed");
    }
    unzip(bundle, dir);
    assertThat(run(dir, "sha256sum", "-c", "SHA256SUMS")).doesNotContain("FAILED").contains(": OK");
    List<Path> txts;
    try (Stream<Path> s = Files.list(dir.resolve("custody/checkpoints"))) {
      txts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(txts).isNotEmpty();
    for (Path t : txts) {
      String base = dir.relativize(t).toString().replaceAll("\\.txt$", "");
      assertThat(run(dir, "openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "keys/custody-ed25519.pub.pem", "-rawin", "-in", base + ".txt", "-sigfile", base + ".sig"))
          .contains("Signature Verified Successfully");
      assertThat(run(dir, "openssl", "ts", "-verify", "-in", base + ".tsr", "-data", base + ".txt", "-CAfile", "tsa/ca.pem", "-untrusted", "tsa/tsa-cert.pem"))
          .contains("Verification: OK");
    }
    String fp = run(dir, "sh", "-c", "openssl pkey -pubin -in keys/custody-ed25519.pub.pem -outform DER | sha256sum");
    assertThat(fp).startsWith(Json.parse(Files.readAllBytes(dir.resolve("manifest.json"))).path("key").path("fingerprint_sha256").asText());
    if (Files.isExecutable(Path.of("/usr/bin/xxd"))) {
      String proofs = run(dir, "sh", "check-proofs.sh");
      assertThat(proofs).contains(": OK").doesNotContain("FAILED");
    }
    // And a damaged file makes sha256sum say so.
    Path blob;
    try (Stream<Path> s = Files.walk(dir.resolve("originals/blobs"))) {
      blob = s.filter(Files::isRegularFile).findFirst().orElseThrow();
    }
    byte[] b = Files.readAllBytes(blob);
    b[b.length / 2] ^= 1;
    Files.write(blob, b);
    assertThat(runAllowingFailure(dir, "sha256sum", "--quiet", "-c", "SHA256SUMS")).contains("FAILED");
  }

  @Test
  void anyChangeToTheBundleIsReported(@TempDir Path dir) throws Exception {
    // a byte of an original
    Path p1 = rewrite(dir, "a.zip", (name, bytes) -> name.startsWith("originals/warc/") ? flip(bytes, bytes.length / 3) : bytes);
    assertThat(verify(p1)).extracting(Problem::problem).contains("modified");
    // an item and its line in SHA256SUMS, consistently: the custody entry still disagrees
    String victim = firstEntry(n -> n.startsWith("items/"));
    Path p2 = rewriteWithSums(dir, "b.zip", victim);
    assertThat(verify(p2)).anyMatch(p -> p.problem().equals("modified") || p.problem().equals("record_modified"));
    // a custody entry (and its sum): its proofs fail
    String entry = firstEntry(n -> n.startsWith("custody/entries/"));
    Path p3 = rewriteWithSums(dir, "c.zip", entry);
    assertThat(verify(p3)).extracting(Problem::problem).contains("proof_invalid");
    // a checkpoint's text (and its sum): signature and time-stamp fail
    String cp = firstEntry(n -> n.startsWith("custody/checkpoints/") && n.endsWith(".txt"));
    Path p4 = rewriteWithSums(dir, "d.zip", cp);
    assertThat(verify(p4)).extracting(Problem::problem).containsAnyOf("signature_invalid", "checkpoint_invalid").contains("proof_invalid");
    // a file removed, a file added
    Path p5 = rewrite(dir, "e.zip", (name, bytes) -> name.startsWith("items/") ? null : bytes);
    assertThat(verify(p5)).extracting(Problem::problem).contains("missing");
    Path p6 = rewrite(dir, "f.zip", (name, bytes) -> bytes);
    addEntry(p6, "originals/blobs/extra.bin", "planted".getBytes(StandardCharsets.UTF_8));
    assertThat(verify(p6)).extracting(Problem::problem).contains("added");
  }

  private static String firstEntry(java.util.function.Predicate<String> which) throws IOException {
    try (ZipFile z = new ZipFile(bundle.toFile())) {
      return z.stream().map(ZipEntry::getName).filter(which).sorted().findFirst().orElseThrow();
    }
  }

  private static byte[] flip(byte[] b, int at) {
    byte[] c = b.clone();
    c[at] ^= 0x04;
    return c;
  }

  /** Copies the bundle, letting {@code change} alter (or drop, with null) entries. */
  private static Path rewrite(Path dir, String name, BiFunction<String, byte[], byte[]> change) throws IOException {
    Path out = dir.resolve(name);
    try (ZipFile z = new ZipFile(bundle.toFile()); ZipOutputStream zo = new ZipOutputStream(Files.newOutputStream(out))) {
      List<? extends ZipEntry> entries = z.stream().toList();
      for (ZipEntry e : entries) {
        byte[] b;
        try (InputStream in = z.getInputStream(e)) {
          b = in.readAllBytes();
        }
        byte[] c = change.apply(e.getName(), b);
        if (c != null) {
          zo.putNextEntry(new ZipEntry(e.getName()));
          zo.write(c);
          zo.closeEntry();
        }
      }
    }
    return out;
  }

  /** Alters one byte of {@code victim} and rewrites its SHA256SUMS line to match. */
  private static Path rewriteWithSums(Path dir, String name, String victim) throws IOException {
    byte[][] changed = new byte[1][];
    Path first = rewrite(dir, "tmp-" + name, (n, b) -> {
      if (n.equals(victim)) {
        changed[0] = flip(b, Math.min(b.length - 1, 20));
        return changed[0];
      }
      return b;
    });
    String newSum = ca.threadline.evidence.store.Digests.sha256Hex(changed[0]);
    return rewrite(dir, name, (n, b) -> {
      if (n.equals(victim)) {
        return changed[0];
      }
      if (n.equals("SHA256SUMS")) {
        List<String> lines = new ArrayList<>();
        for (String l : new String(b, StandardCharsets.UTF_8).split("\n")) {
          lines.add(l.endsWith("  " + victim) ? newSum + "  " + victim : l);
        }
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
      }
      return b;
    });
  }

  private static void addEntry(Path zip, String name, byte[] bytes) throws IOException {
    Path tmp = zip.resolveSibling(zip.getFileName() + ".tmp");
    try (ZipFile z = new ZipFile(zip.toFile()); ZipOutputStream zo = new ZipOutputStream(Files.newOutputStream(tmp))) {
      for (ZipEntry e : z.stream().toList()) {
        zo.putNextEntry(new ZipEntry(e.getName()));
        zo.write(z.getInputStream(e).readAllBytes());
        zo.closeEntry();
      }
      zo.putNextEntry(new ZipEntry(name));
      zo.write(bytes);
      zo.closeEntry();
    }
    Files.move(tmp, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  static void unzip(Path zip, Path to) throws IOException {
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : z.stream().toList()) {
        Path p = to.resolve(e.getName()).normalize();
        assertThat(p.startsWith(to)).isTrue();
        Files.createDirectories(p.getParent());
        try (InputStream in = z.getInputStream(e); OutputStream out = Files.newOutputStream(p)) {
          in.transferTo(out);
        }
      }
    }
  }

  static String run(Path dir, String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", cmd) + "\n" + out).isZero();
    return out;
  }

  static String runAllowingFailure(Path dir, String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    return out;
  }
}
