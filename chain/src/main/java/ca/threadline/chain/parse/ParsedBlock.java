package ca.threadline.chain.parse;

import ca.threadline.chain.script.OutputScripts;
import ca.threadline.chain.script.ScriptType;
import ca.threadline.chain.util.Hashes;
import ca.threadline.chain.util.Le;
import java.util.Arrays;

/**
 * A block reduced to what the store keeps, in flat arrays: built on the parsing thread (hashes
 * and address payloads computed there) and handed to the single writer thread.
 */
public final class ParsedBlock implements BlockVisitor {
  public final byte[] header = new byte[80];
  public final byte[] hash = new byte[32];
  public int txCount;
  public byte[] txids = new byte[32 * 16];
  public int[] version = new int[16];
  public int[] locktime = new int[16];
  public int[] size = new int[16];
  public int[] baseSize = new int[16];
  /** Local index of each tx's first input/output; entry {@code txCount} is the total. */
  public int[] firstIn = new int[17];
  public int[] firstOut = new int[17];
  public int inCount;
  public byte[] prev = new byte[32 * 32];
  public int[] vout = new int[32];
  public int outCount;
  public long[] value = new long[32];
  public byte[] type = new byte[32];
  public byte[] payload = new byte[32 * 32];
  /** The script of outputs whose address is script-keyed, else {@code null}. */
  public byte[][] script = new byte[32][];

  private final Hashes hashes = new Hashes();
  private int tx;

  /** Block header hash (internal order) from the header bytes. */
  public static byte[] headerHash(byte[] buf, int off, Hashes h) {
    return h.sha256d(buf, off, 80);
  }

  public long time() {
    return Le.u32(header, 68);
  }

  public int bits() {
    return Le.i32(header, 72);
  }

  public static boolean isNullPrevout(byte[] b, int off, long vout) {
    if (vout != 0xffffffffL) {
      return false;
    }
    for (int i = 0; i < 32; i++) {
      if (b[off + i] != 0) {
        return false;
      }
    }
    return true;
  }

  public boolean isCoinbaseInput(int i) {
    return isNullPrevout(prev, 32 * i, vout[i] & 0xffffffffL);
  }

  @Override
  public void beginBlock(byte[] buf, int off, int n) {
    System.arraycopy(buf, off, header, 0, 80);
    byte[] h = headerHash(buf, off, hashes);
    System.arraycopy(h, 0, hash, 0, 32);
    txCount = n;
    tx = 0;
    inCount = 0;
    outCount = 0;
    if (version.length < n) {
      txids = new byte[32 * n];
      version = new int[n];
      locktime = new int[n];
      size = new int[n];
      baseSize = new int[n];
      firstIn = new int[n + 1];
      firstOut = new int[n + 1];
    }
  }

  @Override
  public void beginTx(int txIndex, int v, boolean segwit, int inputs) {
    version[tx] = v;
    firstIn[tx] = inCount;
    int need = inCount + inputs;
    if (vout.length < need) {
      int cap = Math.max(need, vout.length * 2);
      vout = Arrays.copyOf(vout, cap);
      prev = Arrays.copyOf(prev, 32 * cap);
    }
  }

  @Override
  public void input(byte[] buf, int prevOff, long v, int scriptOff, int scriptLen, long sequence) {
    System.arraycopy(buf, prevOff, prev, 32 * inCount, 32);
    vout[inCount] = (int) v;
    inCount++;
  }

  @Override
  public void beginOutputs(int n) {
    firstOut[tx] = outCount;
    int need = outCount + n;
    if (value.length < need) {
      int cap = Math.max(need, value.length * 2);
      value = Arrays.copyOf(value, cap);
      type = Arrays.copyOf(type, cap);
      payload = Arrays.copyOf(payload, 32 * cap);
      script = Arrays.copyOf(script, cap);
    }
  }

  @Override
  public void output(long v, byte[] buf, int off, int len) {
    ScriptType t = OutputScripts.classify(buf, off, len);
    value[outCount] = v;
    type[outCount] = (byte) t.code();
    if (t != ScriptType.OP_RETURN) {
      OutputScripts.payload(t, buf, off, len, hashes, payload, 32 * outCount);
      script[outCount] = t.addressKind().scriptKeyed() ? Arrays.copyOfRange(buf, off, off + len) : null;
    } else {
      script[outCount] = null;
    }
    outCount++;
  }

  @Override
  public void endTx(long lt, byte[] txid, int txidOff, int sz, int base) {
    if (txid != null) {
      System.arraycopy(txid, txidOff, txids, 32 * tx, 32);
    }
    locktime[tx] = (int) lt;
    size[tx] = sz;
    baseSize[tx] = base;
    tx++;
    firstIn[tx] = inCount;
    firstOut[tx] = outCount;
  }
}
