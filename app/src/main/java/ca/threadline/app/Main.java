package ca.threadline.app;

import ca.threadline.app.cli.ThreadlineCommand;
import ca.threadline.app.cli.Cli;
import java.lang.ref.Reference;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Entry point of the {@code threadline} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Lucene logs a JUL warning on every start when the JDK's incubating Vector API is not
    // enabled; enabling it makes the JVM print its own incubator warning instead. Both are noise
    // on a command line whose stderr is progress, so the one logger is silenced (held here so
    // the setting is not garbage-collected with the logger).
    Logger vectorization = Logger.getLogger("org.apache.lucene.internal.vectorization");
    vectorization.setLevel(Level.SEVERE);
    int code = Cli.run(args, System.in, System.out, System.err);
    Reference.reachabilityFence(vectorization);
    System.exit(code);
  }

  /** For tests: the root command class. */
  static Class<?> root() {
    return ThreadlineCommand.class;
  }
}
