package ca.threadline.core.io;

/**
 * A problem with one place in an input: which file (or {@code -} for standard input), which line
 * (1-based; 0 when the problem is not tied to a line) and why. Rendered as {@code file:line: reason}
 * on stderr so that an editor can jump to it.
 */
public record InputProblem(String source, long line, String reason) {
  public String message() {
    return line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason;
  }

  @Override
  public String toString() {
    return message();
  }
}
