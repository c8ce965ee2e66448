package ca.threadline.app.cli;

import picocli.CommandLine;

/** Gives every command that wants them the run's standard streams ({@link Io}). */
final class CommandFactory implements CommandLine.IFactory {
  private final Io io;
  private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

  CommandFactory(Io io) {
    this.io = io;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    for (var c : cls.getDeclaredConstructors()) {
      if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Io.class) {
        c.setAccessible(true);
        return cls.cast(c.newInstance(io));
      }
    }
    return fallback.create(cls);
  }
}
