package ca.threadline.testkit.chain;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles a block: BIP 34 coinbase, BIP 141 witness commitment when any transaction has a
 * witness, merkle root over txids, an 80-byte header with nBits 0x207fffff (regtest's easiest
 * target, so cumulative work is well defined) and no proof of work.
 */
final class GenBlock {
  static final int BITS = 0x207fffff;
  final byte[] prevHash;
  final long time;
  final List<GenTx> txs;
  final byte[] header;
  final byte[] hash;
  final int height;

  private GenBlock(byte[] prevHash, long time, List<GenTx> txs, byte[] header, int height) {
    this.prevHash = prevHash;
    this.time = time;
    this.txs = txs;
    this.header = header;
    this.hash = GenHash.sha256d(header);
    this.height = height;
  }

  /** {@code coinbase} must already hold its outputs; the commitment and merkle root are added here. */
  static GenBlock assemble(byte[] prevHash, int height, long time, GenTx coinbase, List<GenTx> body, long nonce) {
    boolean witness = body.stream().anyMatch(GenTx::hasWitness);
    if (witness) {
      List<byte[]> wtxids = new ArrayList<>();
      wtxids.add(new byte[32]);
      for (GenTx t : body) {
        wtxids.add(t.wtxid());
      }
      byte[] root = merkle(wtxids);
      byte[] commitment = GenHash.sha256d(GenScripts.concat(root, new byte[32]));
      byte[] script = GenScripts.concat(new byte[] {0x6a, 0x24, (byte) 0xaa, 0x21, (byte) 0xa9, (byte) 0xed}, commitment);
      coinbase.outs.add(new GenTx.Out(0, script, null));
      GenTx.In cb = coinbase.ins.get(0);
      coinbase.ins.set(0, new GenTx.In(cb.prevTxid(), cb.vout(), cb.scriptSig(), new byte[][] {new byte[32]}, cb.sequence(), null));
    }
    List<GenTx> all = new ArrayList<>();
    all.add(coinbase);
    all.addAll(body);
    List<byte[]> txids = new ArrayList<>();
    for (GenTx t : all) {
      txids.add(t.txid());
    }
    ByteArrayOutputStream h = new ByteArrayOutputStream(80);
    GenTx.le32(h, 0x20000000);
    h.writeBytes(prevHash);
    h.writeBytes(merkle(txids));
    GenTx.le32(h, (int) time);
    GenTx.le32(h, BITS);
    GenTx.le32(h, (int) nonce);
    return new GenBlock(prevHash, time, all, h.toByteArray(), height);
  }

  static GenTx coinbase(int height, byte[] extraNonce) {
    GenTx cb = new GenTx();
    cb.version = 1;
    // BIP 34: the height as a minimal little-endian script number push.
    byte[] num = scriptNum(height);
    byte[] scriptSig = GenScripts.concat(new byte[] {(byte) num.length}, num, GenScripts.push(extraNonce));
    cb.ins.add(new GenTx.In(new byte[32], -1, scriptSig, new byte[0][], 0xffffffffL, null));
    return cb;
  }

  private static byte[] scriptNum(int v) {
    if (v == 0) {
      return new byte[] {0};
    }
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int x = v;
    while (x > 0) {
      b.write(x & 0xff);
      x >>>= 8;
    }
    byte[] r = b.toByteArray();
    if ((r[r.length - 1] & 0x80) != 0) {
      r = GenScripts.concat(r, new byte[] {0});
    }
    return r;
  }

  static byte[] merkle(List<byte[]> leaves) {
    List<byte[]> level = new ArrayList<>(leaves);
    while (level.size() > 1) {
      List<byte[]> next = new ArrayList<>();
      for (int i = 0; i < level.size(); i += 2) {
        byte[] l = level.get(i);
        byte[] r = i + 1 < level.size() ? level.get(i + 1) : l;
        next.add(GenHash.sha256d(GenScripts.concat(l, r)));
      }
      level = next;
    }
    return level.get(0);
  }

  byte[] serialize() {
    ByteArrayOutputStream b = new ByteArrayOutputStream(1024);
    b.writeBytes(header);
    GenTx.varInt(b, txs.size());
    for (GenTx t : txs) {
      b.writeBytes(t.serialize(true));
    }
    return b.toByteArray();
  }
}
