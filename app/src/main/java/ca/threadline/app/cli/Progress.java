package ca.threadline.app.cli;

import java.io.PrintStream;

/** Throttled progress on stderr for long-running commands: at most one line every few seconds. */
public final class Progress {
  private static final long INTERVAL_NANOS = 5_000_000_000L;
  private final PrintStream err;
  private final String what;
  private final long started = System.nanoTime();
  private long lastReport = started;

  public Progress(PrintStream err, String what) {
    this.err = err;
    this.what = what;
  }

  public void update(long done) {
    long now = System.nanoTime();
    if (now - lastReport >= INTERVAL_NANOS) {
      lastReport = now;
      double secs = (now - started) / 1e9;
      err.printf("%s: %,d done (%,.0f/s)%n", what, done, done / secs);
    }
  }

  public double elapsedSeconds() {
    return (System.nanoTime() - started) / 1e9;
  }
}
