package ca.threadline.testkit.chain;

import java.io.ByteArrayOutputStream;
import java.util.SplittableRandom;

/** Builds output scripts of every standard type, and dummy unlocking data of the right shape. */
final class GenScripts {
  private GenScripts() {}

  static byte[] random(SplittableRandom r, int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) r.nextInt(256);
    }
    return b;
  }

  static byte[] pubkey(SplittableRandom r, boolean compressed) {
    byte[] k = random(r, compressed ? 33 : 65);
    k[0] = compressed ? (byte) (2 + r.nextInt(2)) : 4;
    return k;
  }

  static GenAddress newAddress(GenAddress.Type t, SplittableRandom r, String owner) {
    return switch (t) {
      case P2PK -> {
        byte[] k = pubkey(r, r.nextBoolean());
        yield new GenAddress(t, concat(new byte[] {(byte) k.length}, k, new byte[] {(byte) 0xac}), k, owner);
      }
      case P2PKH -> new GenAddress(t, concat(new byte[] {0x76, (byte) 0xa9, 0x14}, random(r, 20), new byte[] {(byte) 0x88, (byte) 0xac}), null, owner);
      case P2SH -> new GenAddress(t, concat(new byte[] {(byte) 0xa9, 0x14}, random(r, 20), new byte[] {(byte) 0x87}), null, owner);
      case P2WPKH -> new GenAddress(t, concat(new byte[] {0x00, 0x14}, random(r, 20)), null, owner);
      case P2WSH -> new GenAddress(t, concat(new byte[] {0x00, 0x20}, random(r, 32)), null, owner);
      case P2TR -> new GenAddress(t, concat(new byte[] {0x51, 0x20}, random(r, 32)), null, owner);
      case WITNESS_V2 -> new GenAddress(t, concat(new byte[] {0x52, 0x20}, random(r, 32)), null, owner);
      case MULTISIG -> {
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        s.write(0x52); // 2-of-3
        for (int i = 0; i < 3; i++) {
          byte[] k = pubkey(r, true);
          s.write(33);
          s.writeBytes(k);
        }
        s.write(0x53);
        s.write(0xae);
        yield new GenAddress(t, s.toByteArray(), null, owner);
      }
      // OP_HASH256 <32> OP_EQUAL: a hash puzzle no standard template matches.
      case NONSTANDARD -> new GenAddress(t, concat(new byte[] {(byte) 0xaa, 0x20}, random(r, 32), new byte[] {(byte) 0x87}), null, owner);
    };
  }

  /** A P2PKH address on the same key as a P2PK one (the engine files both under one address). */
  static GenAddress p2pkhTwin(GenAddress p2pk) {
    byte[] h = GenHash.hash160(p2pk.pubkey);
    return new GenAddress(GenAddress.Type.P2PKH, concat(new byte[] {0x76, (byte) 0xa9, 0x14}, h, new byte[] {(byte) 0x88, (byte) 0xac}), p2pk.pubkey, p2pk.owner);
  }

  static byte[] opReturn(byte[] data) {
    return concat(new byte[] {0x6a, (byte) data.length}, data);
  }

  /** A DER-shaped dummy signature: real signatures are not needed (proof of work is not either). */
  static byte[] dummySig(SplittableRandom r) {
    byte[] s = random(r, 71);
    s[0] = 0x30;
    s[70] = 0x01;
    return s;
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int o = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, o, p.length);
      o += p.length;
    }
    return out;
  }

  static byte[] push(byte[] data) {
    if (data.length < 76) {
      return concat(new byte[] {(byte) data.length}, data);
    }
    return concat(new byte[] {0x4c, (byte) data.length}, data);
  }
}
