package ca.threadline.app.cli;

import ca.threadline.core.io.BadInputException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the command line: parses, dispatches, maps failures to the contract's exit codes. */
public final class Cli {
  private Cli() {}

  public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
    PrintStream o = out instanceof PrintStream p ? p : new PrintStream(out, false, StandardCharsets.UTF_8);
    PrintStream e = err instanceof PrintStream p ? p : new PrintStream(err, true, StandardCharsets.UTF_8);
    Io io = new Io(in, o, e);
    CommandLine cl = commandLine(io);
    try {
      return cl.execute(args);
    } finally {
      o.flush();
      e.flush();
    }
  }

  public static CommandLine commandLine(Io io) {
    CommandLine cl = new CommandLine(new ThreadlineCommand(), new CommandFactory(io));
    cl.setOut(new PrintWriter(io.out(), true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(io.err(), true, StandardCharsets.UTF_8));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> {
          // the full name ("threadline chain tags import"), not the last word, which several commands share
          String name = cmd.getCommandSpec().qualifiedName();
          if (ex instanceof BadInputException bad) {
            io.err().println(name + ": " + bad.problem().message());
            return ExitCodes.BAD_INPUT;
          }
          if (ex instanceof UsageException usage) {
            io.err().println(name + ": " + usage.getMessage());
            return ExitCodes.BAD_INPUT;
          }
          io.err().println(name + ": internal error: " + ex);
          ex.printStackTrace(io.err());
          return ExitCodes.INTERNAL_ERROR;
        });
    return cl;
  }
}
