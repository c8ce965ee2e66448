package ca.threadline.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.app.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline's own files are derived data and may be damaged (a disk error, a person editing
 * them): seeded random, mutated and truncated derived-row files and pipeline states must never
 * make the pipeline throw; a bad row is skipped with a message, a bad state means starting over.
 */
class PipelineFilesFuzzTest {
  @TempDir Path dir;

  @Test
  void mutatedAndTruncatedDerivedRowsAndStatesNeverThrow() throws Exception {
    long seed = 0xF022L;
    System.out.println("PipelineFilesFuzzTest seed " + seed);
    Random rnd = new Random(seed);
    Path home = dir.resolve("home");
    Path ads = dir.resolve("ads.jsonl");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      b.append("{\"id\":\"f").append(i).append("\",\"text\":\"Fuzz ad ").append(i).append(" call 416-555-01").append(10 + i % 30)
          .append(" email x").append(i % 7).append("@example.com, ville de Québec\",\"city\":\"Québec\"}\n");
    }
    Files.writeString(ads, b);
    assertThat(CliRun.run("", "import", ads.toString(), "--case", "F", "--home", home.toString()).exitCode()).isZero();
    Path rows = home.resolve("derived/extract/F/extractions.jsonl");
    Path state = home.resolve("derived/pipeline/F/state.json");
    byte[] goodRows = Files.readAllBytes(rows);
    byte[] goodState = Files.readAllBytes(state);
    List<String> warnings = new ArrayList<>();
    int cases = 0;
    for (int k = 0; k < 400; k++) {
      byte[] r = mutate(goodRows, rnd);
      Path f = dir.resolve("rows-" + k + ".jsonl");
      Files.write(f, r);
      long[] last = {0};
      int[] count = {0};
      long end = DerivedRows.read(f, 0, (row, at) -> {
        assertThat(at).isGreaterThan(last[0]).isLessThanOrEqualTo(r.length);
        last[0] = at;
        count[0]++;
        assertThat(row.itemId()).isNotNull();
      }, warnings::add);
      assertThat(end).isBetween(0L, (long) r.length);
      assertThat(count[0]).isLessThanOrEqualTo(r.length);
      byte[] s = mutate(goodState, rnd);
      Path sf = dir.resolve("state-" + k + ".json");
      Files.write(sf, s);
      PipelineState loaded = PipelineState.load(sf, "h2:x", warnings::add);
      assertThat(loaded.offset).isGreaterThanOrEqualTo(0);
      cases += 2;
      Files.deleteIfExists(f);
      Files.deleteIfExists(sf);
    }
    System.out.println("PipelineFilesFuzzTest: " + cases + " damaged files read, " + warnings.size() + " warnings");
    // And through the command: a damaged state and a torn last row are repaired, not fatal.
    Files.write(state, mutate(goodState, rnd));
    Files.write(rows, java.util.Arrays.copyOf(goodRows, goodRows.length - 7));
    CliRun r = CliRun.run("", "pipeline", "--case", "F", "--home", home.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("internal error");
  }

  /** A random mutation: flipped bytes, a cut, inserted garbage, or a duplicated slice. */
  static byte[] mutate(byte[] in, Random rnd) {
    byte[] b = in.clone();
    switch (rnd.nextInt(4)) {
      case 0 -> {
        for (int i = 0, n = 1 + rnd.nextInt(8); i < n; i++) {
          b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
        }
      }
      case 1 -> b = java.util.Arrays.copyOf(b, rnd.nextInt(b.length));
      case 2 -> {
        int at = rnd.nextInt(b.length);
        byte[] junk = new byte[1 + rnd.nextInt(40)];
        rnd.nextBytes(junk);
        byte[] out = new byte[b.length + junk.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(junk, 0, out, at, junk.length);
        System.arraycopy(b, at, out, at + junk.length, b.length - at);
        b = out;
      }
      default -> {
        int from = rnd.nextInt(b.length);
        int len = Math.min(b.length - from, 1 + rnd.nextInt(200));
        byte[] out = new byte[b.length + len];
        System.arraycopy(b, 0, out, 0, from + len);
        System.arraycopy(b, from, out, from + len, b.length - from);
        b = out;
      }
    }
    return b;
  }
}
