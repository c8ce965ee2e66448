package ca.threadline.store;

/** The named case, document, user or other entity does not exist (or not in that case). */
public final class NotFoundException extends StoreException {
  public NotFoundException(String message) {
    super(message);
  }
}
