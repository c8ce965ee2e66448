package ca.threadline.bench.load;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a load run measured: every request's latency and status per route, and the writes the
 * server acknowledged.
 *
 * @param users virtual users that ran
 * @param seconds wall time from the first sign-in to the last answer
 * @param routes per-route statistics (all users merged)
 * @param steady the same, for requests sent once every user had signed in (the sign-in burst over)
 * @param ledger the acknowledged notes and tags
 */
record LoadResult(int users, double seconds, Map<String, RouteStats> routes, Map<String, RouteStats> steady,
    WriteLedger ledger) {

  long requests() {
    return routes.values().stream().mapToLong(RouteStats::count).sum();
  }

  long errors() {
    return routes.values().stream().mapToLong(RouteStats::errors).sum();
  }

  /** Every route's answers merged: the whole run's latency distribution. */
  RouteStats all() {
    return merged(routes);
  }

  private static RouteStats merged(Map<String, RouteStats> routes) {
    RouteStats all = new RouteStats();
    routes.values().forEach(all::merge);
    return all;
  }

  private static void routesJson(StringBuilder o, Map<String, RouteStats> routes) {
    o.append('{');
    String sep = "";
    for (var e : new TreeMap<>(routes).entrySet()) {
      o.append(sep).append('"').append(e.getKey()).append("\":").append(e.getValue().json());
      sep = ",";
    }
    o.append('}');
  }

  /** Statuses seen across all routes ({@code "200"}, {@code "503"}, {@code "timeout"}...). */
  Map<String, Integer> outcomes() {
    Map<String, Integer> out = new TreeMap<>();
    routes.values().forEach(r -> r.outcomes().forEach((k, v) -> out.merge(k, v, Integer::sum)));
    return out;
  }

  long serverErrors() {
    return outcomes().entrySet().stream().filter(e -> e.getKey().startsWith("5")).mapToLong(Map.Entry::getValue).sum();
  }

  String json() {
    StringBuilder o = new StringBuilder();
    long n = requests();
    o.append(String.format(Locale.ROOT,
        "{\"users\":%d,\"seconds\":%.1f,\"requests\":%d,\"requests_per_s\":%.1f,\"errors\":%d,\"error_rate\":%.5f,"
            + "\"server_errors\":%d,\"notes_acknowledged\":%d,\"tags_acknowledged\":%d,\"all\":%s,\"routes\":",
        users, seconds, n, n / Math.max(seconds, 1e-9), errors(), n == 0 ? 0.0 : (double) errors() / n, serverErrors(),
        ledger.count("note"), ledger.count("tag"), all().json()));
    routesJson(o, routes);
    o.append(",\"steady\":{\"all\":").append(merged(steady).json()).append(",\"routes\":");
    routesJson(o, steady);
    return o.append("}}").toString();
  }
}
