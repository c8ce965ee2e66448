package ca.threadline.app.pipeline;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Wall-clock seconds per stage of a pipeline run, for the summary line and benchmarks. */
public final class StageTimes {
  private final Map<String, Double> seconds = new LinkedHashMap<>();
  private long last = System.nanoTime();

  /** Adds the time since the previous lap to {@code stage}. */
  void lap(String stage) {
    long now = System.nanoTime();
    seconds.merge(stage, (now - last) / 1e9, Double::sum);
    last = now;
  }

  public Map<String, Double> seconds() {
    return Map.copyOf(seconds);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    seconds.forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %.1f s", k, v)));
    return b.toString();
  }
}
