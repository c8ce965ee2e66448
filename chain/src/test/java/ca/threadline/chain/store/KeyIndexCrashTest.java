package ca.threadline.chain.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The on-disk hash index after a writer was killed between in-place inserts and the commit, and
 * after a whole series of such kills and re-imports of the same keys (what a crashed
 * {@code chain import} and its re-run do). Invariant checked: the header's count equals the
 * slots in use, so the table grows before it is full; before the fix the killed writer's slots
 * stayed uncounted, and the app's ChainImportCrashTest hung in an insert that probed a full table
 * for ever.
 */
class KeyIndexCrashTest {
  @TempDir Path dir;

  /** An index over keys held in arrays (the store keeps them in its columns). */
  private static final class ArrayIndex extends KeyIndex {
    final long[] hashes;
    final int[] fragments;

    ArrayIndex(Path path, long[] hashes, int[] fragments) {
      super(path, true);
      this.hashes = hashes;
      this.fragments = fragments;
    }

    @Override
    long storedHash(long id) {
      return hashes[(int) id];
    }

    @Override
    int storedFragment(long id) {
      return fragments[(int) id];
    }

    void insert(long id) throws IOException {
      insert(hashes[(int) id], fragments[(int) id], id, other -> hashes[(int) other] == hashes[(int) id], id, 1);
    }

    long find(long id, long live) {
      return find(hashes[(int) id], fragments[(int) id], other -> hashes[(int) other] == hashes[(int) id], live);
    }
  }

  private static long slotsInUse(SlotTable t) {
    long n = 0;
    for (long s = 0; s < t.capacity; s++) {
      n += t.get(s) != 0 ? 1 : 0;
    }
    return n;
  }

  @Test
  void killedInsertsAreNotKeptUncountedAcrossReopens() throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    int keys = 5_000;
    long[] hashes = random.longs(keys).toArray();
    int[] fragments = random.ints(keys).toArray();
    Path path = dir.resolve("tx.idx");
    long committed = 100;
    try (ArrayIndex index = new ArrayIndex(path, hashes, fragments)) {
      index.open(1, 0);
      for (long id = 0; id < committed; id++) {
        index.insert(id);
      }
      index.commit(1);
    }
    // five "kills": inserts past the commit, then the process is gone (no commit, no header write)
    for (int kill = 0; kill < 5; kill++) {
      try (ArrayIndex index = new ArrayIndex(path, hashes, fragments)) {
        index.open(1, committed);
        assertThat(index.table.occupied).as("kill %d: the header counts every slot in use", kill).isEqualTo(slotsInUse(index.table));
        for (long id = committed; id < committed + 300; id++) {
          index.insert(id);
        }
      }
    }
    try (ArrayIndex index = new ArrayIndex(path, hashes, fragments)) {
      index.open(1, committed);
      assertThat(index.table.occupied).isEqualTo(slotsInUse(index.table)).isEqualTo(committed);
      for (long id = committed; id < keys; id++) {
        index.insert(id);
      }
      index.commit(2);
      for (long id = 0; id < keys; id++) {
        assertThat(index.find(id, keys)).isEqualTo(id);
      }
    }
  }

  @Test
  void anInsertIntoATableWhoseCountIsWrongNeverSpins() throws IOException {
    SplittableRandom random = new SplittableRandom(43);
    int keys = 3_000;
    long[] hashes = random.longs(keys).toArray();
    int[] fragments = random.ints(keys).toArray();
    try (ArrayIndex index = new ArrayIndex(dir.resolve("a.idx"), hashes, fragments)) {
      index.open(1, 0);
      long capacity = index.table.capacity;
      for (long id = 0; id < keys; id++) {
        index.table.occupied = 0; // a count that lies: full() never fires
        index.insert(id);
      }
      assertThat(index.table.capacity).isGreaterThan(capacity);
      for (long id = 0; id < keys; id++) {
        assertThat(index.find(id, keys)).isEqualTo(id);
      }
    }
  }
}
