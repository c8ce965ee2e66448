package ca.threadline.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.store.testing.H2KillWriter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded engine, with the store's settings ({@link Backend#H2_SETTINGS}), killed with
 * SIGKILL at seeded random moments of bulk write transactions: after each kill the reopened file
 * holds whole transactions only and takes new inserts of any key.
 *
 * <p>Why: H2 2.5.252 failed this. After a kill it showed parts of the dead transaction as
 * committed (e.g. 4,684 documents where only multiples of 500 were ever committed) or kept ghost
 * entries in a unique index, so that inserting those keys spun in H2's retry loop until the lock
 * timeout ("Timeout trying to lock table {0}"). Measured with this writer and its first version:
 * 2.5.252 broke after 13 of 74 kills; 2.4.240 after 0 of 135; 2.3.232 after 0 of 45. In CI it
 * surfaced in the pipeline crash test as an import that failed after 890 s. The parent POM pins
 * 2.4.240; this test guards any upgrade: with 2.5.252's rate (18 %), 16 kills miss it with
 * probability about 4 %.
 */
class H2KillTest {
  private static final long SEED = 0x4B11_2026L;
  private static final int KILLS = Integer.getInteger("threadline.h2kill.rounds", 16);

  @TempDir Path dir;

  @Test
  void aKilledWriterLeavesWholeTransactionsAndNoGhostKeys() throws Exception {
    System.out.println("H2KillTest seed " + SEED + ", " + KILLS + " kills");
    SplittableRandom random = new SplittableRandom(SEED);
    for (int k = 0; k < KILLS; k++) {
      Path home = Files.createDirectory(dir.resolve("k" + k));
      long committed = killDuringWrites(home, random.nextLong(), 200 + random.nextLong(1800));
      try (Connection c = DriverManager.getConnection(H2KillWriter.url(home.toString()), "sa", "")) {
        assertThat(H2KillWriter.count(c, "docs")).as("kill %d: committed documents", k).isGreaterThanOrEqualTo(committed);
        c.setAutoCommit(false);
        assertThat(H2KillWriter.check(c, new SplittableRandom(random.nextLong()))).as("kill %d", k).isEqualTo("OK");
      }
    }
  }

  /** Starts a writer, waits for its first commit, kills it {@code delay} ms later; returns the documents it announced. */
  private static long killDuringWrites(Path home, long seed, long delay) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        H2KillWriter.class.getName(), "write", home.toString(), Long.toString(seed))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long[] committed = {0};
    StringBuilder log = new StringBuilder();
    Thread reader = Thread.ofPlatform().daemon().start(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String l; (l = r.readLine()) != null; ) {
          synchronized (committed) {
            log.append(l).append('\n');
            if (l.startsWith("committed ")) {
              committed[0] = Long.parseLong(l.substring("committed ".length()));
              committed.notifyAll();
            }
          }
        }
      } catch (java.io.IOException e) {
        // the writer was killed
      }
    });
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    synchronized (committed) {
      while (committed[0] == 0 && p.isAlive() && System.nanoTime() < end) {
        committed.wait(20);
      }
      assertThat(committed[0]).as("the writer never committed:%n%s", log).isPositive();
    }
    Thread.sleep(delay);
    p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    reader.join(5_000);
    synchronized (committed) {
      return committed[0];
    }
  }
}
