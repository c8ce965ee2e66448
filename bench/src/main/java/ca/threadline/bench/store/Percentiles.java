package ca.threadline.bench.store;

import java.util.Arrays;

/** Latency samples in nanoseconds, summarised as milliseconds (nearest-rank percentiles). */
final class Percentiles {
  private long[] samples = new long[256];
  private int n;

  void add(long nanos) {
    if (n == samples.length) {
      samples = Arrays.copyOf(samples, n * 2);
    }
    samples[n++] = nanos;
  }

  String json(String name) {
    long[] s = Arrays.copyOf(samples, n);
    Arrays.sort(s);
    return String.format(java.util.Locale.ROOT,
        "\"%s\":{\"n\":%d,\"p50_ms\":%.1f,\"p95_ms\":%.1f,\"p99_ms\":%.1f,\"max_ms\":%.1f}",
        name, n, ms(s, 0.50), ms(s, 0.95), ms(s, 0.99), n == 0 ? 0 : s[n - 1] / 1e6);
  }

  private static double ms(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, rank)] / 1e6;
  }
}
