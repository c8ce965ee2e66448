package ca.threadline.app.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.threadline.app.ChildJvm;
import ca.threadline.app.CliRun;
import ca.threadline.core.io.BadInputException;
import ca.threadline.link.engine.Featurizer;
import ca.threadline.link.engine.StateFile;
import ca.threadline.link.template.TemplateParameters;
import ca.threadline.testkit.corpus.Corpus;
import ca.threadline.testkit.corpus.CorpusAd;
import ca.threadline.testkit.corpus.CorpusGenerator;
import ca.threadline.testkit.corpus.CorpusSpec;
import ca.threadline.testkit.corpus.Difficulty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code threadline cluster --state} (a child JVM) with SIGKILL while it adds a second
 * batch of ads: half the kills aimed at the state write (the moment its temporary file appears,
 * plus a seeded random delay), half at random moments of the run. After each kill the state file
 * is byte for byte the state before the run or the one a clean run writes, never a mixture; the
 * half-written temporary file a kill leaves is refused when put in the state's place (exit 2, the
 * file named, nothing overwritten) and deleted by the next save; the rerun prints exactly what a
 * clean run prints. Then seeded random truncations and byte flips of a state file are all refused:
 * a torn state is never used (the first ten through the command, the rest through its loader).
 *
 * <p>Kills: {@code threadline.crash.kills} (default 6); seed: {@code threadline.crash.seed}.
 */
class ClusterStateCrashTest {
  @TempDir Path dir;

  @Test
  void sigkillDuringAStateRunLeavesTheOldOrTheNewStateAndTheRerunPrintsTheCleanOutput() throws Exception {
    long seed = Long.getLong("threadline.crash.seed", 0x57A7EL);
    int kills = Integer.getInteger("threadline.crash.kills", 6);
    System.out.println("ClusterStateCrashTest seed " + seed + ", " + kills + " kills");
    Random rnd = new Random(seed);
    Corpus c = CorpusGenerator.generate(CorpusSpec.of(seed, 2000, Difficulty.HARD));
    Path part1 = write(c.ads().subList(0, 1300), dir.resolve("monday.jsonl"));
    Path part2 = write(c.ads().subList(1300, 2000), dir.resolve("tuesday.jsonl"));

    Path refState = dir.resolve("ref/case.link");
    Files.createDirectories(refState.getParent());
    CliRun first = CliRun.run("", "cluster", "--state", refState.toString(), "--input", part1.toString(), "--threads", "1");
    assertThat(first.exitCode()).as(first.err()).isZero();
    byte[] before = Files.readAllBytes(refState);
    long t0 = System.nanoTime();
    CliRun second = CliRun.run("", "cluster", "--state", refState.toString(), "--input", part2.toString(), "--threads", "1");
    // a child (cold JIT) takes longer than this warm in-process run
    int window = (int) Math.max(200, 2 * (System.nanoTime() - t0) / 1_000_000);
    assertThat(second.exitCode()).as(second.err()).isZero();
    byte[] after = Files.readAllBytes(refState);
    String expected = second.out();
    assertThat(second.outLines()).hasSize(2000);

    int duringWrite = 0;
    int landed = 0;
    int tornRefused = 0;
    for (int k = 0; k < kills; k++) {
      Path home = dir.resolve("k" + k);
      Files.createDirectories(home);
      Path state = home.resolve("case.link");
      Files.write(state, before);
      boolean aimAtWrite = k % 2 == 0;
      String what;
      try (ChildJvm child = ChildJvm.start(List.of(), home.resolve("out.jsonl"),
          "cluster", "--state", state.toString(), "--input", part2.toString(), "--threads", "1")) {
        if (aimAtWrite) {
          assertThat(awaitTemp(home, child)).as("the run started writing its state: %s", child.stderr()).isTrue();
          long delay = rnd.nextInt(40);
          Thread.sleep(delay);
          boolean writing = temps(home).size() == 1;
          boolean hit = child.kill();
          duringWrite += hit && writing ? 1 : 0;
          landed += hit ? 1 : 0;
          what = (hit ? "killed " : "finished before ") + delay + " ms after the state write began" + (writing ? " (still writing)" : "");
        } else {
          assertThat(child.awaitLine(l -> l.startsWith("cluster: "), 120_000)).as(child.stderr()).isNotNull();
          long delay = rnd.nextInt(window);
          Thread.sleep(delay);
          boolean hit = child.kill();
          landed += hit ? 1 : 0;
          what = (hit ? "killed " : "finished before ") + delay + " ms into the run";
        }
      }
      byte[] now = Files.readAllBytes(state);
      boolean old = Arrays.equals(now, before);
      assertThat(old || Arrays.equals(now, after)).as("kill %d (%s): the state is the old one or the new one", k, what).isTrue();
      for (Path torn : temps(home)) {
        // a half-written state never becomes the state; put in its place by hand, it is refused
        Path copy = home.resolve("torn.link");
        Files.copy(torn, copy);
        byte[] tornBytes = Files.readAllBytes(copy);
        if (Arrays.equals(tornBytes, after)) {
          Files.delete(copy);
          continue; // written in full, killed before the rename: not torn
        }
        CliRun r = CliRun.run("", "cluster", "--state", copy.toString(), "--input", part2.toString(), "--threads", "1");
        assertThat(r.exitCode()).as("a torn state (%d of %d bytes) is refused: %s", tornBytes.length, after.length, r.err()).isEqualTo(2);
        assertThat(r.err()).contains(copy.toString()).contains("state file");
        assertThat(Files.readAllBytes(copy)).isEqualTo(tornBytes);
        Files.delete(copy);
        tornRefused++;
      }
      CliRun rerun = CliRun.run("", "cluster", "--state", state.toString(), "--input", part2.toString(), "--threads", "1");
      assertThat(rerun.exitCode()).as(rerun.err()).isZero();
      assertThat(rerun.out()).as("kill %d (%s): rerun output", k, what).isEqualTo(expected);
      if (!old) {
        // the killed run had saved its state: its ads come back as duplicates, skipped
        assertThat(rerun.err()).contains("already in state");
      }
      assertThat(Files.readAllBytes(state)).isEqualTo(after);
      assertThat(temps(home)).as("the rerun's save deleted the leftover temporary file").isEmpty();
      System.out.println("ClusterStateCrashTest: kill " + k + ": " + what + " -> " + (old ? "old state" : "new state"));
    }
    System.out.println("ClusterStateCrashTest: " + landed + " kills landed, " + duringWrite + " during the state write, "
        + tornRefused + " torn temporary files refused");
    assertThat(landed).isGreaterThanOrEqualTo(kills / 2);
    assertThat(duringWrite).as("kills that landed while the state was being written").isGreaterThanOrEqualTo(1);
  }

  @Test
  void truncatedOrFlippedStateFilesAreRefusedAndLeftAsTheyAre() throws Exception {
    long seed = Long.getLong("threadline.crash.seed", 0x57A7EL);
    int cases = Integer.getInteger("threadline.fuzz.cases", 200);
    System.out.println("ClusterStateCrashTest torn states seed " + seed + ", " + cases + " cases");
    Random rnd = new Random(seed);
    Corpus c = CorpusGenerator.generate(CorpusSpec.of(seed, 300, Difficulty.HARD));
    Path part1 = write(c.ads().subList(0, 250), dir.resolve("a.jsonl"));
    Path part2 = write(c.ads().subList(250, 300), dir.resolve("b.jsonl"));
    Path state = dir.resolve("good.link");
    assertThat(CliRun.run("", "cluster", "--state", state.toString(), "--input", part1.toString()).exitCode()).isZero();
    byte[] good = Files.readAllBytes(state);
    TemplateParameters params = TemplateParameters.defaults();
    Featurizer featurizer = LinkSetup.featurizer(params);
    for (int i = 0; i < cases; i++) {
      byte[] bad;
      String how;
      if (i % 2 == 0) {
        int len = rnd.nextInt(good.length);
        bad = Arrays.copyOf(good, len);
        how = "truncated to " + len + " of " + good.length + " bytes";
      } else {
        bad = good.clone();
        int flips = 1 + rnd.nextInt(3);
        StringBuilder at = new StringBuilder();
        for (int f = 0; f < flips; f++) {
          int pos = rnd.nextInt(bad.length);
          bad[pos] ^= (byte) (1 << rnd.nextInt(8));
          at.append(pos).append(' ');
        }
        how = "bits flipped at " + at.toString().strip();
      }
      Path torn = dir.resolve("torn.link");
      Files.write(torn, bad);
      if (i >= 10) {
        // the rest straight through the loader the command uses (the command is slow to start)
        assertThatThrownBy(() -> StateFile.load(torn, params, featurizer)).as(how)
            .isInstanceOf(BadInputException.class).hasMessageContaining(torn.toString()).hasMessageContaining("state file");
        continue;
      }
      CliRun r = CliRun.run("", "cluster", "--state", torn.toString(), "--input", part2.toString());
      assertThat(r.exitCode()).as("%s: %s", how, r.err()).isEqualTo(2);
      assertThat(r.err()).as(how).contains(torn.toString()).contains("state file");
      assertThat(r.out()).as(how).isEmpty();
      assertThat(Files.readAllBytes(torn)).as(how).isEqualTo(bad);
    }
  }

  /** Waits until the child's temporary state file appears (the state write began). */
  private static boolean awaitTemp(Path home, ChildJvm child) throws Exception {
    long end = System.nanoTime() + 180_000_000_000L;
    while (System.nanoTime() < end) {
      if (!temps(home).isEmpty()) {
        return true;
      }
      if (!child.process().isAlive()) {
        return false;
      }
      Thread.sleep(1);
    }
    return false;
  }

  private static List<Path> temps(Path home) throws IOException {
    try (Stream<Path> s = Files.list(home)) {
      return s.filter(p -> p.getFileName().toString().startsWith("case.link") && p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  private static Path write(List<CorpusAd> ads, Path file) throws IOException {
    StringBuilder b = new StringBuilder();
    for (CorpusAd a : ads) {
      b.append(a.toJson()).append('\n');
    }
    Files.writeString(file, b, StandardCharsets.UTF_8);
    return file;
  }
}
