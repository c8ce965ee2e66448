package ca.threadline.store;

/** A store operation failed for a reason the caller cannot fix by changing its input. */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
