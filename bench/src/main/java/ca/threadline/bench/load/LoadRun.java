package ca.threadline.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load run against a running workbench, from its own process: N virtual users (one
 * virtual thread and one account each) sign in at once and browse and write for D seconds after
 * signing in (see
 * {@link VirtualUser} for the mix). Prints one JSON line: requests, requests/s, errors and error
 * rate, per-route p50/p95/p99/max and statuses, and the notes and tags the server acknowledged;
 * saves the acknowledged writes as JSON Lines for the data-loss check ({@link DataLossCheck}).
 *
 * <pre>
 *   java -cp 'bench/target/classes:bench/target/lib/*' ca.threadline.bench.load.LoadRun \
 *     --base http://127.0.0.1:8080/ --accounts accounts.tsv --users 50 --seconds 60 --think-ms 1000 \
 *     --ledger acked.jsonl
 * </pre>
 *
 * Accounts: {@code name<TAB>password} lines, each a member (investigator) of the case; user i
 * signs in with account i. {@code --case ID} names the case (default: the first one listed).
 */
public final class LoadRun {
  /** How to run. {@code caseId} may be null (the first case each user sees). */
  public record Options(URI base, List<Account> accounts, int users, int seconds, int thinkMs, long seed, Long caseId,
      int minSteps) {
    public Options(URI base, List<Account> accounts, int users, int seconds, int thinkMs, long seed, Long caseId) {
      this(base, accounts, users, seconds, thinkMs, seed, caseId, 0);
    }
  }

  private LoadRun() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = Args.parse(args);
    List<Account> accounts = Account.read(Path.of(Args.required(o, "accounts")));
    int users = Integer.parseInt(o.getOrDefault("users", Integer.toString(Math.min(50, accounts.size()))));
    Options options = new Options(URI.create(Args.required(o, "base")), accounts, users,
        Integer.parseInt(o.getOrDefault("seconds", "60")), Integer.parseInt(o.getOrDefault("think-ms", "1000")),
        Long.parseLong(o.getOrDefault("seed", "1")), o.containsKey("case") ? Long.valueOf(o.get("case")) : null);
    LoadResult r = run(options);
    if (o.containsKey("ledger")) {
      r.ledger().save(Path.of(o.get("ledger")));
    }
    System.out.println(r.json());
  }

  /** Runs the users to the deadline and merges what they measured. */
  static LoadResult run(Options o) throws InterruptedException {
    if (o.users() > o.accounts().size()) {
      throw new IllegalArgumentException(o.users() + " users need as many accounts; " + o.accounts().size() + " given");
    }
    System.err.printf(Locale.ROOT, "load: %d users for %d s against %s (think time 0..%d ms, seed %d)%n", o.users(), o.seconds(),
        o.base(), 2 * o.thinkMs(), o.seed());
    WriteLedger ledger = new WriteLedger();
    AtomicLong requests = new AtomicLong();
    String runId = Long.toString(System.currentTimeMillis(), 36);
    long start = System.nanoTime();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).executor(threads).build()) {
      VirtualUser.Plan plan = new VirtualUser.Plan(http, o.base(), o.caseId(), TimeUnit.SECONDS.toNanos(o.seconds()),
          o.minSteps(), o.thinkMs(), runId, ledger, requests, new SteadyState(o.users()));
      List<Future<VirtualUser.Measured>> running = new ArrayList<>();
      for (int i = 0; i < o.users(); i++) {
        running.add(threads.submit(new VirtualUser(plan, o.accounts().get(i), o.seed() * 1_000_003L + i)));
      }
      Thread progress = Thread.ofVirtual().start(() -> progress(requests, start));
      Map<String, RouteStats> merged = new HashMap<>();
      Map<String, RouteStats> steady = new HashMap<>();
      for (Future<VirtualUser.Measured> f : running) {
        try {
          VirtualUser.Measured m = f.get();
          m.all().forEach((k, v) -> merged.computeIfAbsent(k, x -> new RouteStats()).merge(v));
          m.steady().forEach((k, v) -> steady.computeIfAbsent(k, x -> new RouteStats()).merge(v));
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException("a virtual user failed", e.getCause());
        }
      }
      progress.interrupt();
      return new LoadResult(o.users(), (System.nanoTime() - start) / 1e9, merged, steady, ledger);
    }
  }

  private static void progress(AtomicLong requests, long start) {
    try {
      while (true) {
        Thread.sleep(10_000);
        double s = (System.nanoTime() - start) / 1e9;
        System.err.printf(Locale.ROOT, "load: %.0f s, %,d requests (%.0f/s)%n", s, requests.get(), requests.get() / s);
      }
    } catch (InterruptedException e) {
      // the run is over
    }
  }
}
