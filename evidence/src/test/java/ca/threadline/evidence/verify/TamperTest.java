package ca.threadline.evidence.verify;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.evidence.Problem;
import ca.threadline.evidence.testing.EvidenceFixture;
import ca.threadline.evidence.testing.LocalSite;
import ca.threadline.evidence.testing.LocalTsa;
import ca.threadline.evidence.testing.SampleCase;
import ca.threadline.evidence.timestamp.TsaClient;
import ca.threadline.evidence.timestamp.TrustedTsa;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every single-byte change to stored evidence, WARC files or the custody log is detected; so is
 * every missing, added or reordered file or entry.
 */
class TamperTest {
  @TempDir static Path shared;
  static Path original;
  static LocalTsa tsa;

  @BeforeAll
  static void buildSampleHome() throws Exception {
    tsa = LocalTsa.start();
    original = shared.resolve("home");
    EvidenceFixture f = new EvidenceFixture(original);
    Files.createDirectories(original.resolve("keys"));
    Files.writeString(TrustedTsa.path(f.home), tsa.caPem());
    f.timestamper = new TsaClient(tsa.url());
    try (LocalSite site = SampleCase.site()) {
      SampleCase.build(f, shared.resolve("inputs"), site);
    }
    assertThat(f.verify().problems()).isEmpty();
  }

  @AfterAll
  static void stop() {
    tsa.close();
  }

  private static Path copy(Path to) throws IOException {
    try (Stream<Path> s = Files.walk(original)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(original.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
          t.toFile().setWritable(true);
        }
      }
    }
    return to;
  }

  private static List<Problem> verify(Path home) throws IOException {
    return new EvidenceFixture(home).verify().problems();
  }

  private static List<Path> files(Path home, String sub) throws IOException {
    try (Stream<Path> s = Files.walk(home.resolve(sub))) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void everySingleByteFlipAnywhereInBlobsWarcsAndTheLogIsDetected(@TempDir Path work) throws Exception {
    long seed = 0x7EA5E1L;
    System.out.println("TamperTest flip seed " + seed);
    Random rnd = new Random(seed);
    List<List<Path>> targets = new ArrayList<>();
    targets.add(files(original, "blobs"));
    targets.add(files(original, "warc"));
    targets.add(List.of(original.resolve("custody/log.jsonl")));
    targets.add(List.of(original.resolve("custody/checkpoints.jsonl"), original.resolve("custody/HEAD.json")));
    int flips = 300;
    record Flip(int n, Path target, long offset, int mask) {}
    List<Flip> plan = new ArrayList<>();
    for (int n = 0; n < flips; n++) {
      List<Path> group = targets.get(n % targets.size());
      Path target = group.get(rnd.nextInt(group.size()));
      plan.add(new Flip(n, target, (long) (rnd.nextDouble() * Files.size(target)), 1 << rnd.nextInt(8)));
    }
    List<String> missed = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(2);
    pool.submit(() -> plan.parallelStream().forEach(flip -> {
      try {
        Path home = copy(work.resolve("flip" + flip.n()));
        Path t = home.resolve(original.relativize(flip.target()).toString());
        byte[] b = Files.readAllBytes(t);
        b[(int) flip.offset()] ^= (byte) flip.mask();
        Files.write(t, b);
        if (verify(home).isEmpty()) {
          missed.add(original.relativize(flip.target()) + " @" + flip.offset() + " ^" + flip.mask());
        }
        deleteTree(home);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    })).get();
    pool.shutdown();
    assertThat(missed).as("undetected flips of %d", flips).isEmpty();
  }

  @Test
  void missingAddedAndRenamedFilesAreDetected(@TempDir Path work) throws Exception {
    Path home = copy(work.resolve("missing"));
    Path blob = files(home, "blobs").get(0);
    Files.delete(blob);
    assertThat(verify(home)).extracting(Problem::problem).contains("missing");

    home = copy(work.resolve("added"));
    Path extra = home.resolve("blobs/00/00/" + "0".repeat(64));
    Files.createDirectories(extra.getParent());
    Files.writeString(extra, "planted");
    assertThat(verify(home)).anyMatch(p -> p.problem().equals("added") && p.file().endsWith("0".repeat(64)));

    home = copy(work.resolve("warc-gone"));
    Files.delete(files(home, "warc").get(0));
    assertThat(verify(home)).extracting(Problem::problem).contains("missing");

    home = copy(work.resolve("swapped"));
    List<Path> blobs = files(home, "blobs");
    Path a = blobs.get(0);
    Path b = blobs.get(1);
    Path tmp = home.resolve("swap");
    Files.move(a, tmp);
    Files.move(b, a);
    Files.move(tmp, b);
    assertThat(verify(home)).extracting(Problem::problem).contains("modified");
  }

  @Test
  void droppingTheLastEntryOrACheckpointIsDetected(@TempDir Path work) throws Exception {
    Path home = copy(work.resolve("drop"));
    Path log = home.resolve("custody/log.jsonl");
    List<String> lines = Files.readAllLines(log);
    Files.write(log, lines.subList(0, lines.size() - 1));
    assertThat(verify(home)).extracting(Problem::problem).contains("log_truncated");

    home = copy(work.resolve("drop-cp"));
    Path cps = home.resolve("custody/checkpoints.jsonl");
    lines = Files.readAllLines(cps);
    lines.remove(3);
    Files.write(cps, lines);
    assertThat(verify(home)).isNotEmpty();
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
