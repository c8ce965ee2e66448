package ca.threadline.chain.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A hash index from a key kept in the columns (a txid, an address key) to its id. Subclasses say
 * how to hash a stored key and how to compare one; this class probes, inserts and grows.
 */
abstract class KeyIndex implements Closeable {
  private final Path path;
  private final boolean writable;
  SlotTable table;

  KeyIndex(Path path, boolean writable) {
    this.path = path;
    this.writable = writable;
  }

  /** Opens the table; a writable one that is missing or stale is rebuilt from the columns. */
  void open(long generation, long liveCount) throws IOException {
    table = SlotTable.open(path, writable);
    if (writable && (table == null || table.generation != generation)) {
      if (table != null) {
        table.close();
      }
      rebuild(liveCount, generation);
    }
  }

  /** Hash of stored key {@code id}: low 64 bits place it, the fragment is compared first. */
  abstract long storedHash(long id);

  abstract int storedFragment(long id);

  long findSlotValue(long hash, int fragment, KeyMatch match, long liveCount) {
    if (table == null) {
      return -1;
    }
    long slot = SlotTable.mix(hash) & table.mask;
    for (long probes = 0; probes <= table.mask; probes++) {
      long v = table.get(slot);
      if (v == 0) {
        return -1;
      }
      if (SlotTable.fragment(v) == fragment) {
        long id = SlotTable.id(v);
        if (id < liveCount && match.matches(id)) {
          return slot;
        }
      }
      slot = (slot + 1) & table.mask;
    }
    return -1;
  }

  long find(long hash, int fragment, KeyMatch match, long liveCount) {
    long slot = findSlotValue(hash, fragment, match, liveCount);
    return slot < 0 ? -1 : SlotTable.id(table.get(slot));
  }

  /** Adds {@code id}; when an equal key is present (BIP 30 duplicate txids) it now points here. */
  void insert(long hash, int fragment, long id, KeyMatch match, long liveCount, long generation) throws IOException {
    table.beginChange();
    long slot = SlotTable.mix(hash) & table.mask;
    for (long probes = 0; ; probes++) {
      if (probes > table.mask) {
        // Every slot taken: impossible while occupied is right (full() grows the table at 60 %),
        // but never spin. The columns hold key id already; the rebuilt table includes it.
        rebuild(id + 1, generation);
        table.beginChange();
        return;
      }
      long v = table.get(slot);
      if (v == 0) {
        table.set(slot, SlotTable.pack(id, fragment));
        table.occupied++;
        break;
      }
      if (SlotTable.fragment(v) == fragment) {
        long old = SlotTable.id(v);
        if (old < liveCount && match.matches(old)) {
          table.set(slot, SlotTable.pack(id, fragment));
          return;
        }
      }
      slot = (slot + 1) & table.mask;
    }
    if (table.full()) {
      rebuild(id + 1, generation);
      table.beginChange();
    }
  }

  private static void put(SlotTable t, long hash, int fragment, long id) {
    long slot = SlotTable.mix(hash) & t.mask;
    while (t.get(slot) != 0) {
      slot = (slot + 1) & t.mask;
    }
    t.set(slot, SlotTable.pack(id, fragment));
    t.occupied++;
  }

  /** Writes a fresh table with ids {@code [0, count)} beside the old one and swaps it in. */
  void rebuild(long count, long generation) throws IOException {
    long cap = 1024;
    while (cap < count * 3) {
      cap <<= 1;
    }
    Path tmp = path.resolveSibling(path.getFileName() + ".rebuild");
    SlotTable fresh = SlotTable.create(tmp, cap, generation);
    for (long id = 0; id < count; id++) {
      put(fresh, storedHash(id), storedFragment(id), id);
    }
    fresh.force();
    fresh.close();
    if (table != null) {
      table.close();
    }
    AtomicFiles.move(tmp, path);
    table = SlotTable.open(path, true);
  }

  void commit(long generation) {
    if (table != null) {
      table.generation = generation;
      table.force();
    }
  }

  void trim() throws IOException {
    if (table != null) {
      table.truncateToSize();
    }
  }

  @Override
  public void close() throws IOException {
    if (table != null) {
      table.close();
    }
  }

  @FunctionalInterface
  interface KeyMatch {
    boolean matches(long id);
  }
}
