package ca.threadline.app.evidence;

import ca.threadline.app.cli.Cli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** One in-process run of the threadline command: exit code, stdout lines, stderr. */
record CliRun(int exit, List<String> out, String err) {
  static CliRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cli.run(args, new ByteArrayInputStream(new byte[0]), out, err);
    String o = out.toString(StandardCharsets.UTF_8);
    return new CliRun(code, o.isEmpty() ? List.of() : Arrays.asList(o.split("\n")), err.toString(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "exit " + exit + "\nstdout:\n" + String.join("\n", out) + "\nstderr:\n" + err;
  }
}
