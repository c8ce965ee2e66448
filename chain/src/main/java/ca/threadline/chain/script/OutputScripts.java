package ca.threadline.chain.script;

import ca.threadline.chain.util.Hashes;

/** Classifies output scripts and derives their address keys, without copying the script. */
public final class OutputScripts {
  private OutputScripts() {}

  public static ScriptType classify(byte[] s, int off, int len) {
    if (len == 25 && s[off] == 0x76 && s[off + 1] == (byte) 0xa9 && s[off + 2] == 0x14 && s[off + 23] == (byte) 0x88 && s[off + 24] == (byte) 0xac) {
      return ScriptType.P2PKH;
    }
    if (len == 23 && s[off] == (byte) 0xa9 && s[off + 1] == 0x14 && s[off + 22] == (byte) 0x87) {
      return ScriptType.P2SH;
    }
    if (len == 22 && s[off] == 0 && s[off + 1] == 0x14) {
      return ScriptType.P2WPKH;
    }
    if (len == 34 && s[off] == 0 && s[off + 1] == 0x20) {
      return ScriptType.P2WSH;
    }
    if (len == 34 && s[off] == 0x51 && s[off + 1] == 0x20) {
      return ScriptType.P2TR;
    }
    if (len >= 4 && len <= 42 && (s[off] & 0xff) >= 0x51 && (s[off] & 0xff) <= 0x60 && (s[off + 1] & 0xff) == len - 2) {
      return ScriptType.WITNESS_UNKNOWN;
    }
    if (len == 35 && s[off] == 0x21 && s[off + 34] == (byte) 0xac && (s[off + 1] == 2 || s[off + 1] == 3)) {
      return ScriptType.P2PK;
    }
    if (len == 67 && s[off] == 0x41 && s[off + 66] == (byte) 0xac && (s[off + 1] == 4 || s[off + 1] == 6 || s[off + 1] == 7)) {
      return ScriptType.P2PK;
    }
    if (len >= 1 && s[off] == 0x6a) {
      return ScriptType.OP_RETURN;
    }
    if (isMultisig(s, off, len)) {
      return ScriptType.MULTISIG;
    }
    return ScriptType.NONSTANDARD;
  }

  private static boolean isMultisig(byte[] s, int off, int len) {
    if (len < 37 || (s[off + len - 1] & 0xff) != 0xae) {
      return false;
    }
    int m = (s[off] & 0xff) - 0x50;
    int n = (s[off + len - 2] & 0xff) - 0x50;
    if (m < 1 || m > 16 || n < 1 || n > 16 || m > n) {
      return false;
    }
    int p = off + 1;
    int stop = off + len - 2;
    for (int k = 0; k < n; k++) {
      if (p >= stop) {
        return false;
      }
      int push = s[p] & 0xff;
      if (push != 33 && push != 65) {
        return false;
      }
      p += 1 + push;
    }
    return p == stop;
  }

  /**
   * Writes the 32-byte dictionary payload of an output of {@code type} (not OP_RETURN) into
   * {@code out[outOff..outOff+32)}, zero-padding 20-byte hashes.
   */
  public static void payload(ScriptType type, byte[] s, int off, int len, Hashes h, byte[] out, int outOff) {
    switch (type) {
      case P2PKH -> copy20(s, off + 3, out, outOff);
      case P2SH -> copy20(s, off + 2, out, outOff);
      case P2WPKH -> copy20(s, off + 2, out, outOff);
      case P2WSH, P2TR -> System.arraycopy(s, off + 2, out, outOff, 32);
      case P2PK -> {
        h.hash160(s, off + 1, len - 2, out, outOff);
        java.util.Arrays.fill(out, outOff + 20, outOff + 32, (byte) 0);
      }
      case WITNESS_UNKNOWN, MULTISIG, NONSTANDARD -> h.sha256(s, off, len, out, outOff);
      case OP_RETURN -> throw new IllegalArgumentException("OP_RETURN outputs have no address");
    }
  }

  private static void copy20(byte[] s, int from, byte[] out, int outOff) {
    System.arraycopy(s, from, out, outOff, 20);
    java.util.Arrays.fill(out, outOff + 20, outOff + 32, (byte) 0);
  }
}
