package ca.threadline.core.io;

/** One line read by {@link LineReader}: either its text or the reason it could not be read. */
public sealed interface InputLine {
  long number();

  /** A line decoded as UTF-8, without its terminator. */
  record Text(long number, String text) implements InputLine {}

  /** A line that could not be used (invalid UTF-8, too long); it was skipped. */
  record Unreadable(long number, InputProblem problem) implements InputLine {}
}
