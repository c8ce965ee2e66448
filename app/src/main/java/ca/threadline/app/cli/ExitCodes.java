package ca.threadline.app.cli;

/** Exit codes of every command (CONTRACTS.md, general rules). */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;
  /** The command ran and found a problem it reports (e.g. verify found tampering). */
  public static final int PROBLEM_FOUND = 1;
  /** Bad usage or bad input; the message names the file, line and reason. */
  public static final int BAD_INPUT = 2;
  /** A fault of Threadline itself; the stack trace follows on stderr. */
  public static final int INTERNAL_ERROR = 3;

  private ExitCodes() {}
}
