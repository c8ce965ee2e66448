package ca.threadline.app;

import ca.threadline.app.cli.ThreadlineCommand;
import ca.threadline.app.cli.Cli;

/** Entry point of the {@code threadline} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.run(args, System.in, System.out, System.err));
  }

  /** For tests: the root command class. */
  static Class<?> root() {
    return ThreadlineCommand.class;
  }
}
