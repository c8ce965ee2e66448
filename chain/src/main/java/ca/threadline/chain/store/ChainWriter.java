package ca.threadline.chain.store;

import ca.threadline.chain.parse.ParsedBlock;
import ca.threadline.chain.script.AddressKind;
import ca.threadline.chain.script.ScriptType;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Appends blocks to the chain store and commits them. Nothing it writes is visible until
 * {@link #commit}: the manifest is the only commit point, so an error or a crash at any moment
 * leaves the store as the last manifest describes it.
 */
public final class ChainWriter implements Closeable {
  private final Path dir;
  private final StoreLock lock;
  private final ChainData d;
  private final DerivedColumns derived;
  private Manifest manifest;
  private final Map<Integer, Long> scannedTo;
  private String network;
  private long unresolvedInputs;
  private long derivedFromTx = -1;
  private boolean derivedDirty;

  private ChainWriter(Path dir, StoreLock lock, Manifest m, ChainData d) {
    this.dir = dir;
    this.lock = lock;
    this.manifest = m;
    this.d = d;
    this.derived = new DerivedColumns(d);
    this.scannedTo = new TreeMap<>(m.scannedTo());
    this.network = m.network();
  }

  /** Opens the store under {@code chainDir} for writing, repairing derived columns if needed. */
  public static ChainWriter open(Path chainDir, BiConsumer<Long, Long> repairProgress) throws IOException {
    StoreLock lock = StoreLock.acquire(chainDir, true);
    try {
      Manifest m = Manifest.read(chainDir);
      ChainData d = ChainData.openWrite(chainDir, m);
      ChainWriter w = new ChainWriter(chainDir, lock, m, d);
      repair(chainDir, m, d, repairProgress);
      return w;
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Rebuilds the derived columns when an interrupted writer left them out of step with the manifest. */
  private static boolean repair(Path chainDir, Manifest m, ChainData d, BiConsumer<Long, Long> progress) throws IOException {
    if (DerivedColumns.isClean(chainDir, m.generation())) {
      return false;
    }
    DerivedColumns.mark(chainDir, m.generation(), false);
    new DerivedColumns(d).rebuild(progress == null ? null : progress::accept);
    d.forceAll(m.generation());
    DerivedColumns.mark(chainDir, m.generation(), true);
    return true;
  }

  /**
   * True when a writer was interrupted (killed, power cut) while the derived columns were being
   * changed in place: until repaired they may hold values of uncommitted or rolled-back
   * transactions, so no reader may use them.
   */
  public static boolean needsRepair(Path chainDir) throws IOException {
    return Files.exists(chainDir.resolve(Manifest.FILE)) && !DerivedColumns.isClean(chainDir, Manifest.read(chainDir).generation());
  }

  /**
   * Repairs what an interrupted writer left (derived columns, stale hash indexes) so that the
   * store is exactly what its manifest commits. The caller holds the store's exclusive
   * {@link StoreLock}. Returns true when something was rebuilt.
   */
  public static boolean repairLocked(Path chainDir, BiConsumer<Long, Long> progress) throws IOException {
    if (!needsRepair(chainDir)) {
      return false;
    }
    Manifest m = Manifest.read(chainDir);
    try (ChainData d = ChainData.openWrite(chainDir, m)) {
      return repair(chainDir, m, d, progress);
    }
  }

  /**
   * For readers: when the store needs repair, takes the exclusive lock for as long as the repair
   * takes. Fails with {@link StoreLock.StoreBusyException} when another process holds the store.
   */
  public static void repairIfNeeded(Path chainDir, BiConsumer<Long, Long> progress) throws IOException {
    if (needsRepair(chainDir)) {
      try (StoreLock l = StoreLock.acquire(chainDir, true)) {
        repairLocked(chainDir, progress);
      }
    }
  }

  public ChainData data() {
    return d;
  }

  public Manifest manifest() {
    return manifest;
  }

  public String network() {
    return network;
  }

  public void setNetwork(String n) {
    this.network = n;
  }

  public Map<Integer, Long> scannedTo() {
    return scannedTo;
  }

  public long unresolvedInputs() {
    return unresolvedInputs;
  }

  public void appendHeader(HeaderRecord h) {
    long i = d.counts[Column.Unit.HEADER.ordinal()]++;
    byte[] b = h.encode();
    d.headers.put(i * HeaderRecord.SIZE, b, 0, b.length);
  }

  /** Appends one block of the best chain at the next height. */
  public void appendBlock(ParsedBlock b) throws IOException {
    long gen = manifest.generation() + 1;
    if (derivedFromTx < 0) {
      derivedFromTx = d.txCount();
    }
    long height = d.blockCount();
    d.blockHash.put(height * 32, b.hash, 0, 32);
    d.blockHeader.put(height * 80, b.header, 0, 80);
    d.blockFirstTx.putLong(height * 8, d.txCount());
    d.counts[Column.Unit.BLOCK.ordinal()]++;
    for (int j = 0; j < b.txCount; j++) {
      long t = d.txCount();
      d.txHash.put(t * 32, b.txids, 32 * j, 32);
      d.txFirstIn.putLong(t * 8, d.inputCount());
      d.txFirstOut.putLong(t * 8, d.outputCount());
      d.txHeight.putInt(t * 4, (int) height);
      d.txVersion.putInt(t * 4, b.version[j]);
      d.txLocktime.putInt(t * 4, b.locktime[j]);
      d.txSize.putInt(t * 4, b.size[j]);
      d.txBaseSize.putInt(t * 4, b.baseSize[j]);
      for (int k = b.firstIn[j]; k < b.firstIn[j + 1]; k++) {
        appendInput(b, k);
      }
      for (int k = b.firstOut[j]; k < b.firstOut[j + 1]; k++) {
        appendOutput(b, k, t, gen);
      }
      d.counts[Column.Unit.TX.ordinal()]++;
      d.txIndex.insert(b.txids, 32 * j, t, gen);
    }
  }

  private void appendInput(ParsedBlock b, int k) {
    long i = d.counts[Column.Unit.INPUT.ordinal()]++;
    long spent;
    int addr = ChainData.NO_ADDRESS;
    long value = 0;
    if (b.isCoinbaseInput(k)) {
      spent = ChainData.COINBASE;
    } else {
      long pt = d.txIndex.find(b.prev, 32 * k, d.txCount());
      long vout = b.vout[k] & 0xffffffffL;
      if (pt < 0 || vout >= d.txOutputEnd(pt) - d.txFirstOutput(pt)) {
        spent = ChainData.UNRESOLVED;
        unresolvedInputs++;
      } else {
        spent = d.txFirstOutput(pt) + vout;
        addr = d.outAddress(spent);
        value = d.outValue(spent);
      }
    }
    d.inSpent.putLong(i * 8, spent);
    d.inAddress.putInt(i * 4, addr);
    d.inValue.putLong(i * 8, value);
  }

  private void appendOutput(ParsedBlock b, int k, long t, long gen) throws IOException {
    long o = d.counts[Column.Unit.OUTPUT.ordinal()]++;
    ScriptType type = ScriptType.ofCode(b.type[k]);
    int addr = ChainData.NO_ADDRESS;
    if (type != ScriptType.OP_RETURN) {
      AddressKind kind = type.addressKind();
      long found = d.addressIndex.find(kind.code(), b.payload, 32 * k, d.addressCount());
      if (found >= 0) {
        addr = (int) found;
      } else {
        long a = d.counts[Column.Unit.ADDRESS.ordinal()];
        if (a >= 0xffffffffL) {
          throw new IOException("more than 2^32-1 addresses: beyond this store format");
        }
        d.addrKind.put(a, (byte) kind.code());
        d.addrPayload.put(a * 32, b.payload, 32 * k, 32);
        d.addrFirstTx.putInt(a * 4, (int) t);
        d.counts[Column.Unit.ADDRESS.ordinal()]++;
        d.addressIndex.insert(kind.code(), b.payload, 32 * k, a, gen);
        if (kind.scriptKeyed()) {
          appendScript((int) a, b.script[k]);
        }
        addr = (int) a;
      }
    }
    d.outValue.putLong(o * 8, b.value[k]);
    d.outAddress.putInt(o * 4, addr);
    d.outType.put(o, b.type[k]);
    d.outTx.putInt(o * 4, (int) t);
  }

  private void appendScript(int a, byte[] script) {
    long r = d.counts[Column.Unit.SCRIPT_REF.ordinal()]++;
    long off = d.counts[Column.Unit.SCRIPT_BYTE.ordinal()];
    d.scriptRef.putInt(r * 16, a);
    d.scriptRef.putInt(r * 16 + 4, script.length);
    d.scriptRef.putLong(r * 16 + 8, off);
    d.scriptBytes.put(off, script, 0, script.length);
    d.counts[Column.Unit.SCRIPT_BYTE.ordinal()] += script.length;
  }

  /**
   * Removes every block above {@code keepHeight} (a reorganisation) and commits that state, so
   * that the next blocks can be written over the removed ones without a window in which the
   * committed state points at overwritten bytes. Derived columns are updated by undoing the
   * removed transactions (cost proportional to them, not to the chain).
   */
  public void rollbackTo(long keepHeight, BiConsumer<Long, Long> progress) throws IOException {
    long newBlocks = keepHeight + 1;
    long newTx = d.blockFirstTx(newBlocks);
    long newIn = d.txFirstInput(newTx);
    long newOut = d.txFirstOutput(newTx);
    long lo = 0;
    long hi = d.addressCount();
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      if (d.addressFirstTx((int) mid) < newTx) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    long newAddr = lo;
    long refs = d.count(Column.Unit.SCRIPT_REF);
    long keepRefs = 0;
    while (keepRefs < refs && (d.scriptRef.getInt(keepRefs * 16) & 0xffffffffL) < newAddr) {
      keepRefs++;
    }
    long newScriptBytes = keepRefs < refs ? d.scriptRef.getLong(keepRefs * 16 + 8) : d.count(Column.Unit.SCRIPT_BYTE);
    DerivedColumns.mark(dir, manifest.generation(), false);
    java.util.Set<Integer> touched = derived.undo(newTx, d.txCount());
    d.counts[Column.Unit.BLOCK.ordinal()] = newBlocks;
    d.counts[Column.Unit.TX.ordinal()] = newTx;
    d.counts[Column.Unit.INPUT.ordinal()] = newIn;
    d.counts[Column.Unit.OUTPUT.ordinal()] = newOut;
    d.counts[Column.Unit.ADDRESS.ordinal()] = newAddr;
    d.counts[Column.Unit.SCRIPT_REF.ordinal()] = keepRefs;
    d.counts[Column.Unit.SCRIPT_BYTE.ordinal()] = newScriptBytes;
    derived.recomputeLastTx(touched);
    derivedFromTx = -1;
    commitState();
    DerivedColumns.mark(dir, manifest.generation(), true);
  }

  /** Applies the new transactions to the derived columns, then commits the manifest. */
  public void commit(BiConsumer<Long, Long> progress) throws IOException {
    commit(progress, point -> {});
  }

  /**
   * The same, telling {@code reached} when the derived columns are updated ({@code derived}) and
   * when the manifest is written ({@code committed}), for crash tests.
   */
  public void commit(BiConsumer<Long, Long> progress, java.util.function.Consumer<String> reached) throws IOException {
    if (derivedFromTx >= 0 && derivedFromTx < d.txCount()) {
      DerivedColumns.mark(dir, manifest.generation(), false);
      derivedDirty = true;
      long firstOut = d.txFirstOutput(derivedFromTx);
      long firstAddr = firstAddressOf(derivedFromTx);
      derived.zeroFrom(firstOut, (int) firstAddr);
      derived.apply(derivedFromTx, d.txCount(), progress == null ? null : progress::accept);
    }
    reached.accept("derived");
    commitState();
    reached.accept("committed");
    if (derivedDirty || !DerivedColumns.isClean(dir, manifest.generation())) {
      DerivedColumns.mark(dir, manifest.generation(), true);
    }
    derivedFromTx = -1;
    derivedDirty = false;
  }

  private long firstAddressOf(long tx) {
    long lo = 0;
    long hi = d.addressCount();
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      if (d.addressFirstTx((int) mid) < tx) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void commitState() throws IOException {
    long gen = manifest.generation() + 1;
    d.forceAll(gen);
    Map<Column.Unit, Long> counts = new java.util.EnumMap<>(Column.Unit.class);
    for (Column.Unit u : Column.Unit.values()) {
      counts.put(u, d.count(u));
    }
    Manifest m = new Manifest(Manifest.FORMAT, network, gen, counts, new TreeMap<>(scannedTo), manifest.blocksDir());
    m.write(dir);
    manifest = m;
  }

  public Manifest withBlocksDir(String blocksDir) {
    manifest = new Manifest(manifest.format(), manifest.network(), manifest.generation(), manifest.counts(), manifest.scannedTo(), blocksDir);
    return manifest;
  }

  /** Closes without committing anything further; uncommitted appends are abandoned. */
  @Override
  public void close() throws IOException {
    try {
      Manifest onDisk = Manifest.read(dir);
      for (Column.Unit u : Column.Unit.values()) {
        d.counts[u.ordinal()] = onDisk.count(u);
      }
      d.trim();
      d.close();
    } finally {
      lock.close();
    }
  }
}
