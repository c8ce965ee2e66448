package ca.threadline.app.cli;

import ca.threadline.core.io.LineReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens a command's {@code --input}: a file, or standard input for {@code -} or no option. */
public final class InputFiles {
  private InputFiles() {}

  public static LineReader open(Path input, Io io) {
    if (input == null || input.toString().equals("-")) {
      return new LineReader(uncloseable(io.in()), "-");
    }
    try {
      return new LineReader(Files.newInputStream(input), input.toString());
    } catch (NoSuchFileException e) {
      throw new UsageException("no such file: " + input);
    } catch (IOException e) {
      throw new UsageException("cannot read " + input + ": " + e.getMessage());
    }
  }

  private static InputStream uncloseable(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }
}
