package ca.threadline.chain.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An open-addressing hash table on disk: a 64-byte header then 8-byte slots
 * {@code (id+1) u32 | fragment u32 << 32}, 0 meaning empty, probed linearly. The keys live in
 * the store's columns; a slot keeps only 32 more bits of the key's hash, so a lookup reads a key
 * only when those bits match (about once per 4 billion probes on a miss).
 *
 * <p>Invariant: entries pointing at ids the manifest does not commit are ignored by lookups
 * (callers check {@code id < count} and compare the full key), so the table may be updated in
 * place ahead of a commit; it records the store generation it matches and is rebuilt from the
 * columns whenever that differs. Before the first in-place change after a commit the header's
 * generation becomes {@link #CHANGING}, which matches no store generation: a writer killed while
 * changing the table leaves one that the next open rebuilds. (Without this the killed writer's
 * slots stayed, uncounted in {@code occupied}; each kill and re-import added more, until the table
 * was full and an insert probed for ever. Found by the app's {@code ChainImportCrashTest}.)
 */
final class SlotTable implements Closeable {
  private static final long MAGIC = 0x3130584449484c54L; // "TLHIDX01"
  private static final int HEADER = 64;
  private final Path path;
  private final MappedFile file;
  final long capacity;
  final long mask;
  /** The header's generation while the table is changed ahead of a commit. */
  static final long CHANGING = -1;
  long occupied;
  long generation;
  private boolean changing;

  private SlotTable(Path path, MappedFile file, long capacity, long occupied, long generation) {
    this.path = path;
    this.file = file;
    this.capacity = capacity;
    this.mask = capacity - 1;
    this.occupied = occupied;
    this.generation = generation;
  }

  static SlotTable create(Path path, long capacity, long generation) throws IOException {
    if (Long.bitCount(capacity) != 1) {
      throw new IllegalArgumentException("capacity must be a power of two");
    }
    Files.deleteIfExists(path);
    MappedFile f = MappedFile.openWritable(path);
    SlotTable t = new SlotTable(path, f, capacity, 0, generation);
    t.writeHeader();
    return t;
  }

  /** Opens an existing table, or returns {@code null} when the file is absent or not a table. */
  static SlotTable open(Path path, boolean writable) throws IOException {
    if (!Files.exists(path) || Files.size(path) < HEADER) {
      return null;
    }
    MappedFile f = writable ? MappedFile.openWritable(path) : MappedFile.openReadOnly(path);
    if (f.getLong(0) != MAGIC) {
      f.close();
      return null;
    }
    return new SlotTable(path, f, f.getLong(8), f.getLong(24), f.getLong(16));
  }

  long get(long slot) {
    return file.getLong(HEADER + (slot << 3));
  }

  void set(long slot, long v) {
    file.putLong(HEADER + (slot << 3), v);
  }

  static long pack(long id, int fragment) {
    return (id + 1) | ((long) fragment << 32);
  }

  static long id(long v) {
    return (v & 0xffffffffL) - 1;
  }

  static int fragment(long v) {
    return (int) (v >>> 32);
  }

  /** Murmur3's finaliser: spreads any 64-bit key over the slots. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  boolean full() {
    return occupied * 10 > capacity * 6;
  }

  void writeHeader() {
    file.putLong(0, MAGIC);
    file.putLong(8, capacity);
    file.putLong(16, generation);
    file.putLong(24, occupied);
  }

  /** Marks the file as being changed in place (once per commit); see the class comment. */
  void beginChange() {
    if (!changing) {
      file.putLong(16, CHANGING);
      changing = true;
    }
  }

  /** Writes the header with the table's generation and count, and the whole table, to disk. */
  void force() {
    writeHeader();
    file.force();
    changing = false;
  }

  Path path() {
    return path;
  }

  void truncateToSize() throws IOException {
    file.truncate(HEADER + (capacity << 3));
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
