package ca.threadline.store.seal;

import ca.threadline.store.StoreException;

/**
 * A sealed field could not be sealed or opened: no keyset, a keyset without the key that sealed
 * the value (the wrong {@code keys/} restored), or ciphertext or associated data that was changed.
 * Never answered with plaintext or an empty value: the caller sees the failure.
 */
public final class SealException extends StoreException {
  public SealException(String message, Throwable cause) {
    super(message, cause);
  }

  public SealException(String message) {
    super(message);
  }
}
