package ca.threadline.bench.load;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Latencies and outcomes of one route's requests. Each virtual user keeps its own (no contention
 * on the hot path); {@link #merge} adds them up at the end. Percentiles are nearest-rank over
 * every request, failed ones included (a slow error is still a slow answer).
 */
final class RouteStats {
  private long[] nanos = new long[64];
  private int n;
  private int errors;
  private final Map<String, Integer> outcomes = new TreeMap<>();

  /** One request: its latency and outcome ({@code "200"}, {@code "303"}, {@code "timeout"}...). */
  void add(long latencyNanos, String outcome, boolean ok) {
    if (n == nanos.length) {
      nanos = Arrays.copyOf(nanos, n * 2);
    }
    nanos[n++] = latencyNanos;
    outcomes.merge(outcome, 1, Integer::sum);
    if (!ok) {
      errors++;
    }
  }

  void merge(RouteStats other) {
    for (int i = 0; i < other.n; i++) {
      if (n == nanos.length) {
        nanos = Arrays.copyOf(nanos, Math.max(64, n * 2));
      }
      nanos[n++] = other.nanos[i];
    }
    errors += other.errors;
    other.outcomes.forEach((k, v) -> outcomes.merge(k, v, Integer::sum));
  }

  int count() {
    return n;
  }

  int errors() {
    return errors;
  }

  Map<String, Integer> outcomes() {
    return outcomes;
  }

  /** Nearest-rank percentile in milliseconds ({@code p} in 0..1). */
  double percentileMs(double p) {
    if (n == 0) {
      return 0;
    }
    long[] s = Arrays.copyOf(nanos, n);
    Arrays.sort(s);
    return s[Math.max(0, (int) Math.ceil(p * n) - 1)] / 1e6;
  }

  double maxMs() {
    long max = 0;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, nanos[i]);
    }
    return max / 1e6;
  }

  String json() {
    StringBuilder o = new StringBuilder();
    o.append(String.format(Locale.ROOT, "{\"n\":%d,\"errors\":%d,\"p50_ms\":%.1f,\"p95_ms\":%.1f,\"p99_ms\":%.1f,\"max_ms\":%.1f,\"status\":{",
        n, errors, percentileMs(0.50), percentileMs(0.95), percentileMs(0.99), maxMs()));
    String sep = "";
    for (var e : outcomes.entrySet()) {
      o.append(sep).append('"').append(e.getKey()).append("\":").append(e.getValue());
      sep = ",";
    }
    return o.append("}}").toString();
  }
}
