package ca.threadline.testkit.chain;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A transaction under construction, serialized exactly as Bitcoin Core does (BIP 144 segwit). */
final class GenTx {
  record In(byte[] prevTxid, int vout, byte[] scriptSig, byte[][] witness, long sequence, GenUtxo spent) {}

  record Out(long value, byte[] script, GenAddress address) {}

  int version = 2;
  long locktime;
  final List<In> ins = new ArrayList<>();
  final List<Out> outs = new ArrayList<>();
  private byte[] txid;
  private byte[] wtxid;

  void spend(GenUtxo u, SplittableRandom r) {
    byte[] sig = GenScripts.dummySig(r);
    byte[] scriptSig = new byte[0];
    byte[][] witness = new byte[0][];
    GenAddress a = u.address();
    switch (a.type) {
      case P2PKH -> scriptSig = GenScripts.concat(GenScripts.push(sig), GenScripts.push(a.pubkey != null && a.pubkey.length == 33 ? a.pubkey : GenScripts.pubkey(r, true)));
      case P2PK -> scriptSig = GenScripts.push(sig);
      case P2SH -> {
        scriptSig = GenScripts.push(GenScripts.concat(new byte[] {0x00, 0x14}, GenScripts.random(r, 20)));
        witness = new byte[][] {sig, GenScripts.pubkey(r, true)};
      }
      case P2WPKH -> witness = new byte[][] {sig, GenScripts.pubkey(r, true)};
      case P2WSH -> witness = new byte[][] {sig, GenScripts.random(r, 35)};
      case P2TR -> witness = new byte[][] {GenScripts.random(r, 64)};
      case WITNESS_V2 -> witness = new byte[][] {GenScripts.random(r, 10)};
      case MULTISIG -> scriptSig = GenScripts.concat(new byte[] {0x00}, GenScripts.push(sig), GenScripts.push(GenScripts.dummySig(r)));
      case NONSTANDARD -> scriptSig = GenScripts.push(GenScripts.random(r, 32));
    }
    ins.add(new In(u.txid(), u.vout(), scriptSig, witness, 0xfffffffdL, u));
  }

  void pay(GenAddress a, long value) {
    outs.add(new Out(value, a.script, a));
  }

  void data(byte[] payload) {
    outs.add(new Out(0, GenScripts.opReturn(payload), null));
  }

  long inputValue() {
    long s = 0;
    for (In i : ins) {
      if (i.spent() != null) {
        s += i.spent().value();
      }
    }
    return s;
  }

  long outputValue() {
    long s = 0;
    for (Out o : outs) {
      s += o.value();
    }
    return s;
  }

  boolean hasWitness() {
    for (In i : ins) {
      if (i.witness().length > 0) {
        return true;
      }
    }
    return false;
  }

  byte[] serialize(boolean withWitness) {
    boolean segwit = withWitness && hasWitness();
    ByteArrayOutputStream b = new ByteArrayOutputStream(256);
    le32(b, version);
    if (segwit) {
      b.write(0);
      b.write(1);
    }
    varInt(b, ins.size());
    for (In i : ins) {
      b.writeBytes(i.prevTxid());
      le32(b, i.vout());
      varInt(b, i.scriptSig().length);
      b.writeBytes(i.scriptSig());
      le32(b, (int) i.sequence());
    }
    varInt(b, outs.size());
    for (Out o : outs) {
      le64(b, o.value());
      varInt(b, o.script().length);
      b.writeBytes(o.script());
    }
    if (segwit) {
      for (In i : ins) {
        varInt(b, i.witness().length);
        for (byte[] w : i.witness()) {
          varInt(b, w.length);
          b.writeBytes(w);
        }
      }
    }
    le32(b, (int) locktime);
    return b.toByteArray();
  }

  byte[] txid() {
    if (txid == null) {
      txid = GenHash.sha256d(serialize(false));
    }
    return txid;
  }

  byte[] wtxid() {
    if (wtxid == null) {
      wtxid = GenHash.sha256d(serialize(true));
    }
    return wtxid;
  }

  static void le32(ByteArrayOutputStream b, int v) {
    b.write(v);
    b.write(v >>> 8);
    b.write(v >>> 16);
    b.write(v >>> 24);
  }

  static void le64(ByteArrayOutputStream b, long v) {
    le32(b, (int) v);
    le32(b, (int) (v >>> 32));
  }

  static void varInt(ByteArrayOutputStream b, long n) {
    if (n < 0xfd) {
      b.write((int) n);
    } else if (n <= 0xffff) {
      b.write(0xfd);
      b.write((int) n);
      b.write((int) (n >>> 8));
    } else {
      b.write(0xfe);
      le32(b, (int) n);
    }
  }
}
