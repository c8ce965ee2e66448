package ca.threadline.chain.store;

import ca.threadline.chain.script.AddressKind;
import ca.threadline.chain.script.ScriptType;
import ca.threadline.chain.util.Le;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The columnar chain store (BlockSci-style fixed-width, memory-mapped arrays) and its two hash
 * indexes. Numbers: transactions, inputs and outputs are numbered globally in chain order,
 * addresses in order of first appearance. Reads are plain array lookups on mapped memory; the
 * heap holds nothing that grows with the chain.
 */
public final class ChainData implements Closeable {
  public static final long COINBASE = -1;
  public static final long UNRESOLVED = -2;
  public static final int NO_ADDRESS = -1;

  private final Path dir;
  private final boolean writable;
  private final Map<Column, MappedFile> files = new EnumMap<>(Column.class);
  final long[] counts = new long[Column.Unit.values().length];
  final MappedFile blockHash, blockHeader, blockFirstTx;
  final MappedFile txHash, txFirstIn, txFirstOut, txHeight, txVersion, txLocktime, txSize, txBaseSize;
  final MappedFile inSpent, inAddress, inValue;
  final MappedFile outValue, outAddress, outType, outTx, outSpentBy, outPrevSame;
  final MappedFile addrKind, addrPayload, addrFirstTx, addrHead, addrReceived, addrSent, addrTxCount, addrLastTx;
  final MappedFile scriptRef, scriptBytes, headers;
  final TxIndex txIndex;
  final AddressIndex addressIndex;

  private ChainData(Path dir, boolean writable, Manifest m) throws IOException {
    this.dir = dir;
    this.writable = writable;
    for (Column.Unit u : Column.Unit.values()) {
      counts[u.ordinal()] = m.count(u);
    }
    for (Column c : Column.values()) {
      Path p = dir.resolve(c.fileName());
      if (!writable && !Files.exists(p)) {
        Files.createDirectories(dir);
      }
      files.put(c, writable ? MappedFile.openWritable(p) : openRead(p));
    }
    blockHash = files.get(Column.BLOCK_HASH);
    blockHeader = files.get(Column.BLOCK_HEADER);
    blockFirstTx = files.get(Column.BLOCK_FIRST_TX);
    txHash = files.get(Column.TX_HASH);
    txFirstIn = files.get(Column.TX_FIRST_INPUT);
    txFirstOut = files.get(Column.TX_FIRST_OUTPUT);
    txHeight = files.get(Column.TX_HEIGHT);
    txVersion = files.get(Column.TX_VERSION);
    txLocktime = files.get(Column.TX_LOCKTIME);
    txSize = files.get(Column.TX_SIZE);
    txBaseSize = files.get(Column.TX_BASE_SIZE);
    inSpent = files.get(Column.IN_SPENT);
    inAddress = files.get(Column.IN_ADDRESS);
    inValue = files.get(Column.IN_VALUE);
    outValue = files.get(Column.OUT_VALUE);
    outAddress = files.get(Column.OUT_ADDRESS);
    outType = files.get(Column.OUT_TYPE);
    outTx = files.get(Column.OUT_TX);
    outSpentBy = files.get(Column.OUT_SPENT_BY);
    outPrevSame = files.get(Column.OUT_PREV_SAME);
    addrKind = files.get(Column.ADDR_KIND);
    addrPayload = files.get(Column.ADDR_PAYLOAD);
    addrFirstTx = files.get(Column.ADDR_FIRST_TX);
    addrHead = files.get(Column.ADDR_HEAD);
    addrReceived = files.get(Column.ADDR_RECEIVED);
    addrSent = files.get(Column.ADDR_SENT);
    addrTxCount = files.get(Column.ADDR_TX_COUNT);
    addrLastTx = files.get(Column.ADDR_LAST_TX);
    scriptRef = files.get(Column.SCRIPT_REF);
    scriptBytes = files.get(Column.SCRIPT_BYTES);
    headers = files.get(Column.HEADERS);
    txIndex = new TxIndex(dir.resolve("tx_index.bin"), writable, this);
    addressIndex = new AddressIndex(dir.resolve("address_index.bin"), writable, this);
    txIndex.open(m.generation(), txCount());
    addressIndex.open(m.generation(), addressCount());
    if (!writable) {
      for (MappedFile f : files.values()) {
        f.mapAll();
      }
    }
  }

  private static MappedFile openRead(Path p) throws IOException {
    if (!Files.exists(p)) {
      Files.createFile(p);
    }
    return MappedFile.openReadOnly(p);
  }

  public static ChainData openRead(Path dir, Manifest m) throws IOException {
    return new ChainData(dir, false, m);
  }

  static ChainData openWrite(Path dir, Manifest m) throws IOException {
    Files.createDirectories(dir);
    return new ChainData(dir, true, m);
  }

  public Path dir() {
    return dir;
  }

  public long count(Column.Unit u) {
    return counts[u.ordinal()];
  }

  public long blockCount() {
    return counts[Column.Unit.BLOCK.ordinal()];
  }

  public long txCount() {
    return counts[Column.Unit.TX.ordinal()];
  }

  public long inputCount() {
    return counts[Column.Unit.INPUT.ordinal()];
  }

  public long outputCount() {
    return counts[Column.Unit.OUTPUT.ordinal()];
  }

  public long addressCount() {
    return counts[Column.Unit.ADDRESS.ordinal()];
  }

  // ---- blocks
  public byte[] blockHash(long h) {
    byte[] b = new byte[32];
    blockHash.get(h * 32, b, 0, 32);
    return b;
  }

  public byte[] blockHeader(long h) {
    byte[] b = new byte[80];
    blockHeader.get(h * 80, b, 0, 80);
    return b;
  }

  /** Block timestamp (seconds since 1970) of height {@code h}. */
  public long blockTime(long h) {
    byte[] b = new byte[4];
    blockHeader.get(h * 80 + 68, b, 0, 4);
    return Le.u32(b, 0);
  }

  public long blockFirstTx(long h) {
    return blockFirstTx.getLong(h * 8);
  }

  // ---- transactions
  public byte[] txHash(long t) {
    byte[] b = new byte[32];
    txHash.get(t * 32, b, 0, 32);
    return b;
  }

  public long txFirstInput(long t) {
    return txFirstIn.getLong(t * 8);
  }

  public long txInputEnd(long t) {
    return t + 1 < txCount() ? txFirstIn.getLong((t + 1) * 8) : inputCount();
  }

  public long txFirstOutput(long t) {
    return txFirstOut.getLong(t * 8);
  }

  public long txOutputEnd(long t) {
    return t + 1 < txCount() ? txFirstOut.getLong((t + 1) * 8) : outputCount();
  }

  public int txHeight(long t) {
    return txHeight.getInt(t * 4);
  }

  public long txTime(long t) {
    return blockTime(txHeight(t));
  }

  public int txVersion(long t) {
    return txVersion.getInt(t * 4);
  }

  public long txLocktime(long t) {
    return txLocktime.getInt(t * 4) & 0xffffffffL;
  }

  public int txSize(long t) {
    return txSize.getInt(t * 4);
  }

  public int txBaseSize(long t) {
    return txBaseSize.getInt(t * 4);
  }

  public boolean txIsCoinbase(long t) {
    long i = txFirstInput(t);
    return i < txInputEnd(t) && inSpent(i) == COINBASE;
  }

  /** The transaction number of a txid (internal byte order), or -1. */
  public long findTx(byte[] txid, int off) {
    return txIndex.find(txid, off, txCount());
  }

  // ---- inputs
  public long inSpent(long i) {
    return inSpent.getLong(i * 8);
  }

  public int inAddress(long i) {
    return inAddress.getInt(i * 4);
  }

  public long inValue(long i) {
    return inValue.getLong(i * 8);
  }

  // ---- outputs
  public long outValue(long o) {
    return outValue.getLong(o * 8);
  }

  public int outAddress(long o) {
    return outAddress.getInt(o * 4);
  }

  public ScriptType outType(long o) {
    return ScriptType.ofCode(outType.get(o));
  }

  public long outTx(long o) {
    return outTx.getInt(o * 4) & 0xffffffffL;
  }

  /** The transaction that spends output {@code o}, or -1 when it is unspent. */
  public long outSpentBy(long o) {
    long v = (outSpentBy.getInt(o * 4) & 0xffffffffL) - 1;
    if (v < 0 || v >= txCount()) {
      return -1;
    }
    // Checked against the spender's inputs: a value left by a rolled-back branch is ignored.
    for (long i = txFirstInput(v), e = txInputEnd(v); i < e; i++) {
      if (inSpent(i) == o) {
        return v;
      }
    }
    return -1;
  }

  /** The output paid to the same address before {@code o}, or -1. */
  public long outPrevSame(long o) {
    return outPrevSame.getLong(o * 8) - 1;
  }

  // ---- addresses
  public AddressKind addressKind(int a) {
    return AddressKind.ofCode(addrKind.get(a));
  }

  public byte[] addressPayload(int a) {
    byte[] b = new byte[32];
    addrPayload.get((long) a * 32, b, 0, 32);
    return b;
  }

  public long addressFirstTx(int a) {
    return addrFirstTx.getInt((long) a * 4) & 0xffffffffL;
  }

  /** The last output paid to the address, or -1. */
  public long addressHead(int a) {
    return addrHead.getLong((long) a * 8) - 1;
  }

  public long addressReceived(int a) {
    return addrReceived.getLong((long) a * 8);
  }

  public long addressSent(int a) {
    return addrSent.getLong((long) a * 8);
  }

  public long addressTxCount(int a) {
    return addrTxCount.getInt((long) a * 4) & 0xffffffffL;
  }

  public long addressLastTx(int a) {
    return addrLastTx.getInt((long) a * 4) & 0xffffffffL;
  }

  /** Address id of a dictionary key, or -1. */
  public int findAddress(AddressKind kind, byte[] payload) {
    return (int) addressIndex.find(kind.code(), payload, 0, addressCount());
  }

  /** The first script seen for a script-keyed address, or {@code null}. */
  public byte[] addressScript(int a) {
    long lo = 0;
    long hi = count(Column.Unit.SCRIPT_REF) - 1;
    while (lo <= hi) {
      long mid = (lo + hi) >>> 1;
      int id = scriptRef.getInt(mid * 16);
      if (id == a) {
        int len = scriptRef.getInt(mid * 16 + 4);
        long off = scriptRef.getLong(mid * 16 + 8);
        byte[] s = new byte[len];
        scriptBytes.get(off, s, 0, len);
        return s;
      }
      if (Integer.compareUnsigned(id, a) < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return null;
  }

  public long headerCount() {
    return count(Column.Unit.HEADER);
  }

  public HeaderRecord header(long i) {
    byte[] b = new byte[HeaderRecord.SIZE];
    headers.get(i * HeaderRecord.SIZE, b, 0, HeaderRecord.SIZE);
    return HeaderRecord.decode(b);
  }

  MappedFile file(Column c) {
    return files.get(c);
  }

  boolean writable() {
    return writable;
  }

  void forceAll(long generation) {
    for (MappedFile f : files.values()) {
      f.force();
    }
    txIndex.commit(generation);
    addressIndex.commit(generation);
  }

  /** Trims every file to its committed length (writer close). */
  void trim() throws IOException {
    for (Map.Entry<Column, MappedFile> e : files.entrySet()) {
      e.getValue().truncate(count(e.getKey().unit()) * e.getKey().width());
    }
    txIndex.trim();
    addressIndex.trim();
  }

  @Override
  public void close() throws IOException {
    for (MappedFile f : files.values()) {
      f.close();
    }
    txIndex.close();
    addressIndex.close();
  }
}
