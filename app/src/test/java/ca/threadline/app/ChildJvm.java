package ca.threadline.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real {@code threadline} process: a child JVM started with this test's class path, its stderr
 * collected line by line (so a test can wait for a line, e.g. a progress line or a crash point),
 * its stdout to a file. {@link #kill()} sends SIGKILL ({@link Process#destroyForcibly()} on Linux),
 * so nothing in the child gets to clean up: no shutdown hook, no finally block, no flush.
 */
public final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final List<String> lines = new ArrayList<>();
  private final Thread reader;
  private final long startNanos = System.nanoTime();

  private ChildJvm(Process process) {
    this.process = process;
    this.reader = Thread.ofPlatform().daemon().name("child-stderr").start(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String l; (l = r.readLine()) != null; ) {
          synchronized (lines) {
            lines.add(l);
            lines.notifyAll();
          }
        }
      } catch (IOException e) {
        // the child was killed
      }
    });
  }

  /** The java command line for {@code threadline args}, with extra JVM options first. */
  public static List<String> command(List<String> jvmOptions, List<String> args) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.add("-Xmx512m");
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("ca.threadline.app.Main");
    cmd.addAll(args);
    return cmd;
  }

  public static ChildJvm start(List<String> jvmOptions, Path stdout, String... args) throws IOException {
    return start(command(jvmOptions, List.of(args)), stdout);
  }

  /** Starts an arbitrary command line (e.g. one wrapped in strace). */
  public static ChildJvm start(List<String> commandLine, Path stdout) throws IOException {
    ProcessBuilder b = new ProcessBuilder(commandLine);
    b.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
    return new ChildJvm(b.start());
  }

  public Process process() {
    return process;
  }

  /** Waits until a stderr line matches; returns it, or null at the timeout or when the child ended without one. */
  public String awaitLine(Predicate<String> match, long timeoutMillis) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    int seen = 0;
    synchronized (lines) {
      while (true) {
        for (; seen < lines.size(); seen++) {
          if (match.test(lines.get(seen))) {
            return lines.get(seen);
          }
        }
        long left = end - System.nanoTime();
        if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
          return null;
        }
        lines.wait(Math.max(1, Math.min(50, TimeUnit.NANOSECONDS.toMillis(left))));
      }
    }
  }

  /** SIGKILL; returns true when the child was still running (the kill landed). */
  public boolean kill() throws InterruptedException {
    boolean alive = process.isAlive();
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
    reader.join(5_000);
    return alive;
  }

  /** Waits for the child to end by itself; returns its exit code. */
  public int await(long timeoutSeconds) throws InterruptedException {
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      kill();
      throw new AssertionError("the child did not finish within " + timeoutSeconds + " s:\n" + stderr());
    }
    reader.join(5_000);
    return process.exitValue();
  }

  public long millisSinceStart() {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  public String stderr() {
    synchronized (lines) {
      return String.join("\n", lines);
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
