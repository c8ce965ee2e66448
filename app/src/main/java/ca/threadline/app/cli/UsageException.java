package ca.threadline.app.cli;

/** Bad usage discovered while a command runs (a missing file, a bad combination of options). */
public class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
