package ca.threadline.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.testing.SampleCase;
import ca.threadline.testkit.files.SyntheticFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code threadline import} (a child JVM) with SIGKILL at seeded random moments, again
 * and again on the same home. After every kill: verify passes, nothing committed before is lost.
 * Finally an import run to the end completes the evidence without a single duplicate.
 */
class CrashSafetyTest {
  @TempDir Path dir;

  private static ProcessBuilder command(Path home, Path inputs) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "ca.threadline.app.Main",
        "import", inputs.toString(), "--case", "Crash case", "--home", home.toString(), "--commit-every", "1", "--threads", "1"));
    return new ProcessBuilder(cmd);
  }

  private static Process start(Path home, Path inputs, Path log) throws IOException {
    return command(home, inputs).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /**
   * Starts an import and kills it with SIGKILL {@code extra} ms after it has committed something
   * new (its first line on stdout), or at {@code deadline} ms if it commits nothing sooner; so
   * kills land while it is writing, between and inside commits.
   */
  private static boolean runAndKill(Path home, Path inputs, Path log, long extra, long deadline) throws Exception {
    Process p = command(home, inputs).redirectError(log.toFile()).start();
    java.util.concurrent.CountDownLatch committed = new java.util.concurrent.CountDownLatch(1);
    Thread reader = new Thread(() -> {
      try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        while (in.readLine() != null) {
          committed.countDown();
        }
      } catch (IOException e) {
        // the child was killed
      }
    });
    reader.setDaemon(true);
    reader.start();
    committed.await(deadline, TimeUnit.MILLISECONDS);
    boolean finished = p.waitFor(extra, TimeUnit.MILLISECONDS);
    if (!finished) {
      p.destroyForcibly(); // SIGKILL on Linux
      p.waitFor(30, TimeUnit.SECONDS);
    }
    return !finished;
  }

  private static Set<String> listed(Path home) throws IOException {
    CliRun r = CliRun.of("evidence", "list", "--case", "Crash case", "--home", home.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    Set<String> ids = new LinkedHashSet<>();
    for (String l : r.out()) {
      JsonNode n = Json.parse(l);
      assertThat(ids.add(n.path("id").asText())).as("duplicate item " + l).isTrue();
    }
    return ids;
  }

  private static Path inputs(Path dir) throws IOException {
    Path in = dir.resolve("inputs");
    SampleCase.inputs(in, 9);
    for (int i = 0; i < 90; i++) {
      Files.write(in.resolve("photo-" + i + ".jpg"), SyntheticFiles.jpegWithExif(100 + i, new SyntheticFiles.Exif("Synthetic", "M" + i, "2026:02:0" + (1 + i % 9) + " 10:00:00", "-05:00", 43.7 + i / 1000.0, -79.4)));
      Files.writeString(in.resolve("note-" + i + ".txt"), "Note " + i + ": meet at 10, call 647-555-01" + (10 + i % 80), StandardCharsets.UTF_8);
    }
    StringBuilder ads = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      ads.append("{\"id\":\"bulk-").append(i).append("\",\"text\":\"Bulk ad ").append(i).append(" text 416-555-01").append(10 + i % 80).append("\",\"city\":\"Toronto\"}\n");
    }
    Files.writeString(in.resolve("bulk.jsonl"), ads.toString());
    return in;
  }

  @Test
  void sigkillAtRandomPointsLosesNothingCommittedAndTheRerunAddsNoDuplicates() throws Exception {
    long seed = 0xC4A5L;
    System.out.println("CrashSafetyTest seed " + seed);
    Random rnd = new Random(seed);
    Path in = inputs(dir);
    // Reference: the same import, run to the end in another home (ids depend on case, path and bytes only).
    Path reference = dir.resolve("reference");
    long t0 = System.nanoTime();
    Process p = start(reference, in, dir.resolve("reference.log"));
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("reference.log"))).isZero();
    long fullMillis = (System.nanoTime() - t0) / 1_000_000;
    Set<String> expected = listed(reference);
    assertThat(expected.size()).isGreaterThan(400);

    Path home = dir.resolve("home");
    Set<String> committed = new HashSet<>();
    int kills = 10;
    int killedMidway = 0;
    int rounds = 0;
    for (int k = 0; k < kills && committed.size() < expected.size(); k++) {
      rounds++;
      Path log = dir.resolve("run" + k + ".log");
      long extra = (long) (rnd.nextDouble() * 150);
      if (runAndKill(home, in, log, extra, fullMillis * 2)) {
        killedMidway++;
      }
      CliRun v = CliRun.of("verify", "--home", home.toString());
      assertThat(v.exit()).as("after kill %d: %s", k, v).isZero();
      Set<String> now = listed(home);
      assertThat(now).as("kill %d lost committed items", k).containsAll(committed);
      assertThat(expected).containsAll(now);
      committed = now;
      System.out.println("CrashSafetyTest: kill " + k + " " + extra + " ms after a commit -> " + now.size() + " items committed");
    }
    assertThat(killedMidway).as("kills that landed during the import").isGreaterThanOrEqualTo(Math.min(4, rounds));
    Process last = start(home, in, dir.resolve("final.log"));
    assertThat(last.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).as(Files.readString(dir.resolve("final.log"))).isZero();
    assertThat(listed(home)).isEqualTo(expected);
    int recoveries = 0;
    for (int k = 0; k <= rounds; k++) {
      Path log = k < rounds ? dir.resolve("run" + k + ".log") : dir.resolve("final.log");
      recoveries += Files.readString(log).split("recovered from an interrupted act", -1).length - 1;
    }
    System.out.println("CrashSafetyTest: " + killedMidway + " kills mid-import, " + recoveries + " roll-backs of an interrupted act");
    assertThat(CliRun.of("verify", "--home", home.toString()).exit()).isZero();
    // Derived rows: one per item with text, none twice, same as the uninterrupted run.
    Path rows = home.resolve("derived/extract/Crash+case/extractions.jsonl");
    Path refRows = reference.resolve("derived/extract/Crash+case/extractions.jsonl");
    Set<String> got = new HashSet<>();
    for (String l : Files.readAllLines(rows)) {
      assertThat(got.add(Json.parse(l).path("id").asText())).as("derived row twice: " + l).isTrue();
    }
    Set<String> want = new HashSet<>();
    for (String l : Files.readAllLines(refRows)) {
      want.add(Json.parse(l).path("id").asText());
    }
    assertThat(got).isEqualTo(want);
  }
}
