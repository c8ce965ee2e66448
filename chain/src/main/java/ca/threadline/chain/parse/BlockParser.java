package ca.threadline.chain.parse;

import ca.threadline.chain.util.Hashes;
import ca.threadline.chain.util.Le;
import java.util.Arrays;

/**
 * A zero-copy parser for serialized Bitcoin blocks and transactions (BIP 144 segwit included).
 *
 * <p>Invariants: every length and count read from the data is checked against the bytes that
 * remain before anything is skipped or allocated, so a crafted varint (say a count of 2^60) is
 * rejected at once instead of allocating or looping; the parser never reads outside
 * {@code [off, off+len)}; errors carry the offset of the offending byte. When hashing is on, the
 * txids are computed over the non-witness serialization and the header's merkle root is checked,
 * which also catches any flipped byte in the non-witness part of a block.
 */
public final class BlockParser {
  /** Smallest possible transaction: version, 1 input (41), 1 output (9), counts, locktime. */
  private static final int MIN_TX_SIZE = 60;
  private static final int MIN_INPUT_SIZE = 41;
  private static final int MIN_OUTPUT_SIZE = 9;

  private final Hashes hashes;
  private final boolean verifyMerkle;
  private byte[] txids = new byte[32 * 64];
  private byte[] wtxids = new byte[32 * 64];
  private final byte[] wtxid = new byte[32];
  private boolean anyWitness;
  private int commitmentOff = -1;
  private int reservedOff = -1;
  private final byte[] txid = new byte[32];
  private byte[] buf;
  private int pos;
  private int end;
  private int base;

  /** A parser that computes txids and checks merkle roots. */
  public BlockParser() {
    this(true);
  }

  /** @param hash whether to compute txids and check the merkle root (off: structure only) */
  public BlockParser(boolean hash) {
    this.hashes = hash ? new Hashes() : null;
    this.verifyMerkle = hash;
  }

  /** Parses one block occupying {@code buf[off..off+len)} exactly; returns its transaction count. */
  public int parseBlock(byte[] buf, int off, int len, BlockVisitor v) throws MalformedDataException {
    this.buf = buf;
    this.pos = off;
    this.base = off;
    this.end = off + len;
    need(80, "block header");
    int headerOff = pos;
    pos += 80;
    long n = varInt("transaction count");
    if (n < 1) {
      throw error(pos - 1, "block has no transactions");
    }
    if (n > (end - pos) / MIN_TX_SIZE) {
      throw error(headerOff + 80, "transaction count " + n + " cannot fit in the " + (end - pos) + " bytes left");
    }
    int count = (int) n;
    if (hashes != null && txids.length < 32 * count) {
      txids = new byte[32 * count];
      wtxids = new byte[32 * count];
    }
    anyWitness = false;
    commitmentOff = -1;
    reservedOff = -1;
    v.beginBlock(buf, headerOff, count);
    for (int i = 0; i < count; i++) {
      parseTx(i, v);
      if (hashes != null) {
        System.arraycopy(txid, 0, txids, 32 * i, 32);
        if (i == 0) {
          java.util.Arrays.fill(wtxids, 0, 32, (byte) 0); // BIP 141: the coinbase's wtxid is 0
        } else {
          System.arraycopy(wtxid, 0, wtxids, 32 * i, 32);
        }
      }
    }
    if (pos != end) {
      throw error(pos, (end - pos) + " unexpected bytes after the last transaction");
    }
    if (verifyMerkle) {
      byte[] root = Merkle.root(txids, count, hashes);
      if (!Arrays.equals(root, 0, 32, buf, headerOff + 36, headerOff + 68)) {
        throw error(headerOff + 36, "merkle root does not match the transactions (corrupted block)");
      }
      if (anyWitness) {
        checkWitnessCommitment(count);
      }
    }
    v.endBlock();
    return count;
  }

  /**
   * BIP 141: with witness data in the block, the coinbase must commit to the merkle root of the
   * wtxids (SHA-256d of root ‖ the coinbase's 32-byte witness reserved value) in its last output
   * starting {@code 6a24aa21a9ed}. This is what covers witness bytes against corruption.
   */
  private void checkWitnessCommitment(int count) throws MalformedDataException {
    if (commitmentOff < 0 || reservedOff < 0) {
      throw error(base + 80, "block has witness data but no witness commitment (corrupted block)");
    }
    byte[] root = Merkle.root(wtxids, count, hashes);
    byte[] pre = new byte[64];
    System.arraycopy(root, 0, pre, 0, 32);
    System.arraycopy(buf, reservedOff, pre, 32, 32);
    byte[] c = hashes.sha256d(pre, 0, 64);
    if (!Arrays.equals(c, 0, 32, buf, commitmentOff, commitmentOff + 32)) {
      throw error(commitmentOff, "witness commitment does not match the transactions' witness data (corrupted block)");
    }
  }

  /** Parses one transaction starting at {@code off}; returns its serialized length. */
  public int parseTx(byte[] buf, int off, int len, BlockVisitor v) throws MalformedDataException {
    this.buf = buf;
    this.pos = off;
    this.base = off;
    this.end = off + len;
    parseTx(0, v);
    return pos - off;
  }

  private void parseTx(int index, BlockVisitor v) throws MalformedDataException {
    int start = pos;
    need(4, "transaction version");
    int version = Le.i32(buf, pos);
    pos += 4;
    boolean segwit = false;
    need(2, "input count");
    if (buf[pos] == 0) {
      int flag = buf[pos + 1] & 0xff;
      if (flag == 0) {
        throw error(pos, "transaction has no inputs");
      }
      if (flag != 1) {
        throw error(pos + 1, "unknown segwit flag " + flag);
      }
      segwit = true;
      anyWitness |= index > 0;
      pos += 2;
    }
    int bodyStart = pos;
    long nIn = varInt("input count");
    if (nIn < 1) {
      throw error(bodyStart, "transaction has no inputs");
    }
    if (nIn > (end - pos) / MIN_INPUT_SIZE) {
      throw error(bodyStart, "input count " + nIn + " cannot fit in the " + (end - pos) + " bytes left");
    }
    int inputs = (int) nIn;
    v.beginTx(index, version, segwit, inputs);
    for (int i = 0; i < inputs; i++) {
      need(36, "input outpoint");
      int prevOff = pos;
      long vout = Le.u32(buf, pos + 32);
      pos += 36;
      int scriptLen = length("input script");
      int scriptOff = pos;
      pos += scriptLen;
      need(4, "input sequence");
      long seq = Le.u32(buf, pos);
      pos += 4;
      v.input(buf, prevOff, vout, scriptOff, scriptLen, seq);
    }
    long nOut = varInt("output count");
    if (nOut > (end - pos) / MIN_OUTPUT_SIZE) {
      throw error(pos - 1, "output count " + nOut + " cannot fit in the " + (end - pos) + " bytes left");
    }
    int outputs = (int) nOut;
    v.beginOutputs(outputs);
    for (int i = 0; i < outputs; i++) {
      need(8, "output value");
      long value = Le.i64(buf, pos);
      if (value < 0) {
        throw error(pos, "negative output value " + value);
      }
      pos += 8;
      int scriptLen = length("output script");
      if (index == 0 && scriptLen >= 38 && buf[pos] == 0x6a && buf[pos + 1] == 0x24 && buf[pos + 2] == (byte) 0xaa
          && buf[pos + 3] == 0x21 && buf[pos + 4] == (byte) 0xa9 && buf[pos + 5] == (byte) 0xed) {
        commitmentOff = pos + 6;
      }
      v.output(value, buf, pos, scriptLen);
      pos += scriptLen;
    }
    int witnessStart = pos;
    if (segwit) {
      for (int i = 0; i < inputs; i++) {
        long items = varInt("witness item count");
        if (items > end - pos) {
          throw error(pos - 1, "witness item count " + items + " cannot fit in the " + (end - pos) + " bytes left");
        }
        for (long k = 0; k < items; k++) {
          int len = length("witness item");
          if (index == 0 && i == 0 && k == 0 && len == 32) {
            reservedOff = pos;
          }
          v.witnessItem(i, buf, pos, len);
          pos += len;
        }
      }
    }
    need(4, "locktime");
    long locktime = Le.u32(buf, pos);
    int lockOff = pos;
    pos += 4;
    int size = pos - start;
    int baseSize = segwit ? size - 2 - (lockOff - witnessStart) : size;
    if (hashes != null) {
      hashes.begin();
      if (segwit) {
        hashes.update(buf, start, 4);
        hashes.update(buf, bodyStart, witnessStart - bodyStart);
        hashes.update(buf, lockOff, 4);
      } else {
        hashes.update(buf, start, size);
      }
      hashes.finishDouble(txid, 0);
      if (segwit) {
        hashes.begin();
        hashes.update(buf, start, size);
        hashes.finishDouble(wtxid, 0);
      } else {
        System.arraycopy(txid, 0, wtxid, 0, 32);
      }
      v.endTx(locktime, txid, 0, size, baseSize);
    } else {
      v.endTx(locktime, null, 0, size, baseSize);
    }
  }

  private void need(int n, String what) throws MalformedDataException {
    if (end - pos < n) {
      throw error(pos, "truncated " + what + " (needs " + n + " bytes, " + (end - pos) + " left)");
    }
  }

  /** A varint length that must fit in the bytes left. */
  private int length(String what) throws MalformedDataException {
    int at = pos;
    long n = varInt(what + " length");
    if (n > end - pos) {
      throw error(at, what + " length " + n + " exceeds the " + (end - pos) + " bytes left");
    }
    return (int) n;
  }

  private long varInt(String what) throws MalformedDataException {
    need(1, what);
    int first = buf[pos] & 0xff;
    if (first < 0xfd) {
      pos++;
      return first;
    }
    int at = pos;
    if (first == 0xfd) {
      need(3, what);
      long v = Le.u16(buf, pos + 1);
      pos += 3;
      if (v < 0xfd) {
        throw error(at, "non-canonical varint for " + what);
      }
      return v;
    }
    if (first == 0xfe) {
      need(5, what);
      long v = Le.u32(buf, pos + 1);
      pos += 5;
      if (v <= 0xffff) {
        throw error(at, "non-canonical varint for " + what);
      }
      return v;
    }
    need(9, what);
    long v = Le.i64(buf, pos + 1);
    pos += 9;
    if (v >= 0 && v <= 0xffffffffL) {
      throw error(at, "non-canonical varint for " + what);
    }
    // Anything this large cannot be a count or length in a block of at most 4 MB.
    throw error(at, what + " " + Long.toUnsignedString(v) + " is impossibly large");
  }

  private MalformedDataException error(int at, String reason) {
    return new MalformedDataException(at - base, reason);
  }
}
