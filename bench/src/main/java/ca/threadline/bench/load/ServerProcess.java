package ca.threadline.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code threadline serve --port 0} as a child process on this machine's JVM and classpath: waits
 * for the address it prints, keeps its stderr in a log file, reads its CPU time and peak RSS from
 * {@code /proc}, and stops it with SIGTERM (clean shutdown: server, H2 file, Lucene index) or
 * SIGKILL (a crash: what was acknowledged must survive it).
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern ADDRESS = Pattern.compile("workbench at (https?://\\S+?/)");
  private final Process process;
  private final URI base;

  private ServerProcess(Process process, URI base) {
    this.process = process;
    this.base = base;
  }

  static ServerProcess start(Path home, String heap, Path log) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "--enable-native-access=ALL-UNNAMED",
        "--sun-misc-unsafe-memory-access=allow", "-cp", System.getProperty("java.class.path"), "ca.threadline.app.Main",
        "serve", "--port", "0", "--home", home.toString()));
    Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    CompletableFuture<URI> address = new CompletableFuture<>();
    Thread.ofPlatform().daemon().name("serve-stderr").start(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
          PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
        String line;
        while ((line = r.readLine()) != null) {
          out.println(line);
          Matcher m = ADDRESS.matcher(line);
          if (m.find()) {
            address.complete(URI.create(m.group(1)));
          }
        }
      } catch (IOException e) {
        address.completeExceptionally(e);
      }
      address.completeExceptionally(new IOException("the server ended before printing its address; see " + log));
    });
    try {
      return new ServerProcess(p, address.get(180, TimeUnit.SECONDS));
    } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
      p.destroyForcibly();
      throw new IOException("threadline serve did not start: " + e.getMessage() + " (log: " + log + ")", e);
    }
  }

  URI base() {
    return base;
  }

  long pid() {
    return process.pid();
  }

  /** User + system CPU seconds so far ({@code /proc/PID/stat}, clock ticks of 1/100 s). */
  double cpuSeconds() {
    try {
      String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** Peak resident set size in MiB ({@code VmHWM}). */
  double peakRssMiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: unknown
    }
    return -1;
  }

  /** Stops it (SIGTERM, or SIGKILL when {@code kill}) and returns its exit code. */
  int stop(boolean kill) throws InterruptedException {
    if (kill) {
      process.destroyForcibly();
    } else {
      process.destroy();
    }
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor();
    }
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      stop(true);
    }
  }
}
