package ca.threadline.store;

/**
 * The acting user may not do this: not a member of the case, a read-only member asking to write,
 * or a disabled account. The refusal itself is recorded in the audit log.
 */
public final class AccessDeniedException extends StoreException {
  public AccessDeniedException(String message) {
    super(message);
  }
}
