package ca.threadline.chain.script;

/**
 * How an address is keyed in the address dictionary. The payload is 32 bytes, with 20-byte
 * hashes zero-padded. P2PK and P2PKH share {@link #PKH} (the payload of a P2PK output is
 * HASH160 of its key), so coins paid to a key either way meet at one address, as block
 * explorers show them. Kinds without a standard address string are keyed by SHA-256 of the
 * script, and their first script is kept so it can be shown.
 */
public enum AddressKind {
  PKH(false),
  SH(false),
  WPKH(false),
  WSH(false),
  TR(false),
  WITNESS_UNKNOWN(true),
  MULTISIG(true),
  NONSTANDARD(true);

  private static final AddressKind[] BY_CODE = values();
  private final boolean scriptKeyed;

  AddressKind(boolean scriptKeyed) {
    this.scriptKeyed = scriptKeyed;
  }

  /** Keyed by SHA-256 of the whole script, which the store keeps for display. */
  public boolean scriptKeyed() {
    return scriptKeyed;
  }

  public int code() {
    return ordinal();
  }

  public static AddressKind ofCode(int code) {
    return BY_CODE[code];
  }
}
