package ca.threadline.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The service budget a load run is judged against. Pages, data and writes: p99 under one second
 * (an analyst clicking waits for it; the single-user figures in BENCHMARKS.md are 10 to 100 times
 * lower). Sign-in: p99 under five seconds, since Argon2id is made to be slow and every user signs
 * in in the same second. No error of any kind (no 5xx, no unexpected 4xx, no time-out), and no
 * acknowledged write missing from the store or its audit log.
 */
record Budget(double pageP99Ms, double signInP99Ms) {
  static final Budget STANDARD = new Budget(1000, 5000);

  /** The budget's breaches, empty when it was met. */
  List<String> breaches(LoadResult r, DataLossCheck.Report check) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, RouteStats> e : r.routes().entrySet()) {
      boolean signIn = e.getKey().equals("sign_in") || e.getKey().equals("login_form");
      double limit = signIn ? signInP99Ms : pageP99Ms;
      double p99 = e.getValue().percentileMs(0.99);
      if (p99 >= limit) {
        out.add(String.format(Locale.ROOT, "%s p99 %.0f ms >= %.0f ms", e.getKey(), p99, limit));
      }
    }
    if (r.errors() > 0) {
      out.add(r.errors() + " failed requests " + r.outcomes());
    }
    if (check != null && !check.noLoss()) {
      out.add("data loss: " + check.json());
    }
    return out;
  }
}
