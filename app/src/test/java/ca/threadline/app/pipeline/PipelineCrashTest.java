package ca.threadline.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.app.CliRun;
import ca.threadline.testkit.corpus.Corpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code threadline import} (a child JVM) with SIGKILL between the evidence commit
 * and the case store, inside the store's batches, and between the link update and the saved state
 * ({@link CrashPoints}); the next run must repair the case store from the derived rows, and end
 * exactly where an uninterrupted run ends.
 */
class PipelineCrashTest {
  @TempDir Path dir;

  @Test
  void aKilledImportIsRepairedByTheNextRun() throws Exception {
    long seed = 0x5EED_C0DEL;
    System.out.println("PipelineCrashTest seed " + seed);
    Random rnd = new Random(seed);
    Corpus c = CaseFixture.corpus(seed, 1400);
    Path in = CaseFixture.write(c, 0, 1400, dir.resolve("in/ads.jsonl"));
    Path reference = dir.resolve("reference");
    CliRun ref = CliRun.run("", "import", in.toString(), "--case", "Crash", "--home", reference.toString());
    assertThat(ref.exitCode()).as(ref.err()).isZero();
    Map<String, String> expected = CaseFixture.assignments(reference, "Crash");
    Map<String, String> expectedNetworks = CaseFixture.networks(reference, "Crash");
    assertThat(expected).hasSize(1400);

    List<String> points = List.of("evidence-committed", "stored-batch:" + (1 + rnd.nextInt(2)), "linked", "link-saved");
    for (String point : points) {
      Path home = dir.resolve("home-" + point.replace(':', '-'));
      String log = killAt(point, home, in);
      assertThat(log).as("child reached " + point).contains("crashpoint " + point.split(":")[0]);
      CliRun verify = CliRun.run("", "verify", "--home", home.toString());
      assertThat(verify.exitCode()).as("custody after a kill at %s: %s", point, verify.err()).isZero();
      CliRun repair = CliRun.run("", "import", in.toString(), "--case", "Crash", "--home", home.toString());
      assertThat(repair.exitCode()).as(repair.err()).isZero();
      assertThat(repair.outLines()).as("no evidence twice").isEmpty();
      if (!point.equals("evidence-committed")) {
        // what the killed run stored is found again as it is (same content hash in another JVM)
        assertThat(repair.err()).contains("0 new, 0 changed");
      }
      assertThat(CaseFixture.assignments(home, "Crash")).as("after a kill at " + point).isEqualTo(expected);
      assertThat(CaseFixture.networks(home, "Crash")).as("after a kill at " + point).isEqualTo(expectedNetworks);
      System.out.println("PipelineCrashTest: killed at " + point + ", repaired: " + repair.err().lines()
          .filter(l -> l.contains("case store:")).findFirst().orElse(""));
    }
  }

  /** Runs an import in a child JVM that stops at the crash point, and kills it there with SIGKILL. */
  private static String killAt(String point, Path home, Path input) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-D" + CrashPoints.PROPERTY + "=" + point,
        "-cp", System.getProperty("java.class.path"), "ca.threadline.app.Main",
        "import", input.toString(), "--case", "Crash", "--home", home.toString(), "--threads", "1"));
    Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    StringBuilder log = new StringBuilder();
    CountDownLatch reached = new CountDownLatch(1);
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String l; (l = r.readLine()) != null; ) {
          synchronized (log) {
            log.append(l).append('\n');
          }
          if (l.startsWith("crashpoint ")) {
            reached.countDown();
          }
        }
      } catch (IOException e) {
        // killed
      }
    });
    reader.setDaemon(true);
    reader.start();
    boolean ok = reached.await(180, TimeUnit.SECONDS);
    p.destroyForcibly(); // SIGKILL on Linux
    p.waitFor(30, TimeUnit.SECONDS);
    reader.join(5_000);
    synchronized (log) {
      assertThat(ok).as("the child never reached %s:%n%s", point, log).isTrue();
      return log.toString();
    }
  }
}
