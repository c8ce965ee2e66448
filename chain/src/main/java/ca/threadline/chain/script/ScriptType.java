package ca.threadline.chain.script;

import java.util.Locale;

/** The output script templates Bitcoin Core's {@code Solver} recognises, plus the rest. */
public enum ScriptType {
  P2PK,
  P2PKH,
  P2SH,
  P2WPKH,
  P2WSH,
  P2TR,
  /** A segwit program of a version or length with no meaning yet (BIP 350 bech32m address). */
  WITNESS_UNKNOWN,
  /** Bare {@code m <keys> n OP_CHECKMULTISIG}. */
  MULTISIG,
  /** Starts with OP_RETURN: provably unspendable data carrier, no address. */
  OP_RETURN,
  NONSTANDARD;

  private static final ScriptType[] BY_CODE = values();

  public int code() {
    return ordinal();
  }

  public static ScriptType ofCode(int code) {
    return BY_CODE[code];
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The address kind an output of this type is filed under ({@code null} for OP_RETURN). */
  public AddressKind addressKind() {
    return switch (this) {
      case P2PK, P2PKH -> AddressKind.PKH;
      case P2SH -> AddressKind.SH;
      case P2WPKH -> AddressKind.WPKH;
      case P2WSH -> AddressKind.WSH;
      case P2TR -> AddressKind.TR;
      case WITNESS_UNKNOWN -> AddressKind.WITNESS_UNKNOWN;
      case MULTISIG -> AddressKind.MULTISIG;
      case NONSTANDARD -> AddressKind.NONSTANDARD;
      case OP_RETURN -> null;
    };
  }
}
