package ca.threadline.app.cli;

import java.nio.file.Path;

/** The data directory: {@code --home}, else {@code THREADLINE_HOME}, else {@code ~/.threadline}. */
public final class Home {
  private Home() {}

  public static Path resolve(Path option) {
    if (option != null) {
      return option.toAbsolutePath();
    }
    String env = System.getenv("THREADLINE_HOME");
    if (env != null && !env.isBlank()) {
      return Path.of(env).toAbsolutePath();
    }
    return Path.of(System.getProperty("user.home"), ".threadline");
  }
}
