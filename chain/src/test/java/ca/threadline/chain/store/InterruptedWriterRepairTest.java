package ca.threadline.chain.store;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.chain.api.ChainStore;
import ca.threadline.chain.cluster.ClusterRun;
import ca.threadline.chain.cluster.CoinJoinRule;
import ca.threadline.chain.cluster.Heuristic;
import ca.threadline.chain.importer.ChainImporter;
import ca.threadline.testkit.chain.ChainGenerator;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: an import killed while it changed the derived columns in place (a roll-back's undo,
 * or the derive step before the manifest commit) left {@code derived.json} dirty; writers repaired
 * it, but readers ({@link ChainStore#open}, {@code chain cluster}) used the half-changed columns
 * as they were, so address totals and spent-by links could show uncommitted transactions. Found
 * by {@code ChainImportCrashTest} (app). Here the killed writer's leftovers are made by hand:
 * scribbled derived columns and a dirty mark.
 */
class InterruptedWriterRepairTest {
  @TempDir Path tmp;

  private static void scribble(Path chain, long seed) throws Exception {
    Random rnd = new Random(seed);
    for (Column c : new Column[] {Column.OUT_SPENT_BY, Column.ADDR_RECEIVED, Column.ADDR_SENT, Column.ADDR_TX_COUNT}) {
      try (RandomAccessFile f = new RandomAccessFile(chain.resolve(c.fileName()).toFile(), "rw")) {
        for (int i = 0; i < 200; i++) {
          f.seek((long) (rnd.nextDouble() * (f.length() - 8)));
          f.writeLong(rnd.nextLong());
        }
      }
    }
    DerivedColumns.mark(chain, Manifest.read(chain).generation(), false);
  }

  private static long[] received(Path home) throws Exception {
    try (ChainStore s = ChainStore.open(home)) {
      ChainData d = s.data();
      long[] r = new long[(int) d.addressCount() * 2];
      for (int a = 0; a < d.addressCount(); a++) {
        r[2 * a] = d.addressReceived(a);
        r[2 * a + 1] = d.addressSent(a);
      }
      return r;
    }
  }

  @Test
  void readersRepairDerivedColumnsLeftDirtyByAKilledWriter() throws Exception {
    long seed = 77;
    ChainGenerator.Result g = ChainGenerator.generate(ChainGenerator.Config.small(seed).withBlocks(60).withTruth(false), tmp.resolve("gen"));
    Path home = tmp.resolve("home");
    Path chain = home.resolve("chain");
    new ChainImporter(null, false).importBlocks(g.blocksDir(), chain);
    long[] clean = received(home);
    byte[] cleanSpent = Files.readAllBytes(chain.resolve(Column.OUT_SPENT_BY.fileName()));

    scribble(chain, seed);
    assertThat(ChainWriter.needsRepair(chain)).isTrue();
    assertThat(received(home)).as("a reader sees the committed totals, not the scribbled ones").isEqualTo(clean);
    assertThat(ChainWriter.needsRepair(chain)).isFalse();
    assertThat(Files.readAllBytes(chain.resolve(Column.OUT_SPENT_BY.fileName()))).startsWith(java.util.Arrays.copyOf(cleanSpent, (int) (Manifest.read(chain).count(Column.Unit.OUTPUT) * 4)));

    // chain cluster holds the exclusive lock itself and repairs before reading
    scribble(chain, seed + 1);
    ClusterRun.run(chain, EnumSet.of(Heuristic.MULTI_INPUT), EnumSet.copyOf(CoinJoinRule.VETOES), null, 1, (p, v) -> {});
    assertThat(ChainWriter.needsRepair(chain)).isFalse();
    assertThat(received(home)).isEqualTo(clean);
  }
}
