package ca.threadline.chain.script;

import java.util.Arrays;

/** An address dictionary key: its kind and 32-byte payload. */
public record AddressKey(AddressKind kind, byte[] payload) {
  public AddressKey {
    if (payload.length != 32) {
      throw new IllegalArgumentException("payload must be 32 bytes");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AddressKey k && k.kind == kind && Arrays.equals(k.payload, payload);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + Arrays.hashCode(payload);
  }

  @Override
  public String toString() {
    return kind + ":" + ca.threadline.chain.util.Hex.encode(payload);
  }
}
