package ca.threadline.chain.parse;

/**
 * Block or transaction bytes that do not follow the Bitcoin serialization. {@link #offset()} is
 * the byte position inside the buffer handed to the parser, so a caller can add the position of
 * that buffer in its file and name the exact byte.
 */
public final class MalformedDataException extends Exception {
  private final long offset;

  public MalformedDataException(long offset, String reason) {
    super(reason);
    this.offset = offset;
  }

  public long offset() {
    return offset;
  }

  public String reason() {
    return getMessage();
  }
}
