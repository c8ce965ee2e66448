package ca.threadline.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --home} option, mixed into every stateful command. */
public final class HomeOption {
  @Option(
      names = "--home",
      paramLabel = "DIR",
      description = "Data directory (default: $THREADLINE_HOME, else ~/.threadline).")
  private Path home;

  public Path path() {
    return Home.resolve(home);
  }
}
