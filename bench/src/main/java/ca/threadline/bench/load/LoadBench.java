package ca.threadline.bench.load;

import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.access.User;
import ca.threadline.store.search.SearchRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The workbench under load, end to end, in three processes: (1) {@code threadline demo --no-serve}
 * generates the case when the home has none (case "Demo": --ads escort-style ads plus job ads,
 * evidence, extraction, store, linking); this process then creates the run's accounts
 * ({@link LoadAccounts}); (2) {@code threadline serve --port 0} serves the home; (3) this process
 * runs {@link LoadRun} against it over loopback, stops the server (SIGTERM, or SIGKILL with
 * {@code --stop kill}), opens the store and checks that nothing acknowledged was lost
 * ({@link DataLossCheck}), then runs {@code threadline verify} (custody log and evidence). Prints
 * one JSON line with everything and the budget verdict ({@link Budget}). A warm-up run (up to
 * ten users, {@code --warmup-s} seconds, not counted; its writes are checked too) comes first.
 *
 * <pre>
 *   ./build -q -pl bench -am package -DskipTests
 *   java -cp 'bench/target/classes:bench/target/lib/*' ca.threadline.bench.load.LoadBench \
 *     --home /tmp/tl-load --ads 20000 --users 50 --seconds 60 --think-ms 1000
 * </pre>
 */
public final class LoadBench {
  private LoadBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = Args.parse(args);
    Path home = Path.of(o.getOrDefault("home", "/tmp/tl-load")).toAbsolutePath();
    int ads = Integer.parseInt(o.getOrDefault("ads", "20000"));
    int users = Integer.parseInt(o.getOrDefault("users", "50"));
    int seconds = Integer.parseInt(o.getOrDefault("seconds", "60"));
    int think = Integer.parseInt(o.getOrDefault("think-ms", "1000"));
    long seed = Long.parseLong(o.getOrDefault("seed", "1"));
    int warmup = Integer.parseInt(o.getOrDefault("warmup-s", "20"));
    String heap = o.getOrDefault("server-heap", "1g");
    boolean kill = o.getOrDefault("stop", "term").equals("kill");
    String caseName = o.getOrDefault("case", "Demo");
    String caseAdminName = o.getOrDefault("case-admin", "demo-investigator");
    String adminName = o.getOrDefault("admin", "admin");
    System.setProperty("java.awt.headless", "true");

    if (!Files.isDirectory(home.resolve("db"))) {
      System.err.printf(Locale.ROOT, "load: generating the case: threadline demo --no-serve --ads %d in %s%n", ads, home);
      int exit = child(home.resolveSibling(home.getFileName() + "-demo.log"), "-Xmx1500m", "demo", "--no-serve", "--no-pdf",
          "--ads", Integer.toString(ads), "--job-ads", Integer.toString(Math.max(10, ads / 40)), "--home", home.toString());
      if (exit != 0) {
        throw new IllegalStateException("threadline demo failed with exit " + exit);
      }
    }
    Path work = Files.createDirectories(home.resolve("load"));
    long caseId;
    long documents;
    List<Account> accounts;
    try (Store store = Store.open(StoreConfig.embedded(home))) {
      User admin = store.users().find(adminName).orElseThrow(() -> new IllegalStateException("no user " + adminName));
      User caseAdmin = store.users().find(caseAdminName).orElseThrow(() -> new IllegalStateException("no user " + caseAdminName));
      caseId = store.cases().idByName(caseAdmin, caseName).orElseThrow(() -> new IllegalStateException("no case " + caseName));
      documents = store.search().search(caseAdmin, caseId, SearchRequest.text("").page(0, 0)).total();
      accounts = LoadAccounts.ensure(store, admin, caseAdmin, caseId, users);
    }
    LoadAccounts.save(accounts, work.resolve("accounts.tsv"));

    String loadBefore = loadAverage();
    Instant since = Instant.now();
    LoadResult result;
    WriteLedger ledger = new WriteLedger();
    double cpu;
    double rss;
    int serverExit;
    try (ServerProcess server = ServerProcess.start(home, heap, work.resolve("server.log"))) {
      System.err.println("load: server pid " + server.pid() + " at " + server.base());
      if (warmup > 0) {
        // A server just started runs interpreted code; measure it warm, as it serves a team all day.
        System.err.println("load: warming up (not counted)");
        LoadResult w = LoadRun.run(new LoadRun.Options(server.base(), accounts, Math.min(users, 10), warmup, think, seed + 1, caseId));
        w.ledger().writes().forEach(ledger::acknowledged);
        System.err.printf(Locale.ROOT, "load: warm-up: %d requests, %d errors%n", w.requests(), w.errors());
      }
      double cpu0 = server.cpuSeconds();
      result = LoadRun.run(new LoadRun.Options(server.base(), accounts, users, seconds, think, seed, caseId));
      result.ledger().writes().forEach(ledger::acknowledged);
      cpu = server.cpuSeconds() - cpu0;
      rss = server.peakRssMiB();
      serverExit = server.stop(kill);
    }
    String loadAfter = loadAverage();
    ledger.save(work.resolve("acknowledged.jsonl"));

    DataLossCheck.Report check;
    try (Store store = Store.open(StoreConfig.embedded(home))) {
      User admin = store.users().find(adminName).orElseThrow();
      User caseAdmin = store.users().find(caseAdminName).orElseThrow();
      Set<String> names = accounts.stream().map(Account::name).collect(Collectors.toCollection(HashSet::new));
      check = DataLossCheck.check(store, caseId, caseAdmin, admin, names, since, ledger);
    }
    Path verifyOut = work.resolve("verify.jsonl");
    int verifyExit = child(verifyOut, "-Xmx1g", "verify", "--home", home.toString());
    long problems = Files.readAllLines(verifyOut, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("{")).count();

    List<String> breaches = new ArrayList<>(Budget.STANDARD.breaches(result, check));
    // The same budget over the requests sent once everyone had signed in (the burst over).
    List<String> steadyBreaches = Budget.STANDARD.breaches(
        new LoadResult(users, result.seconds(), result.steady(), Map.of(), ledger), check);
    if (verifyExit != 0) {
      breaches.add("threadline verify exit " + verifyExit + " (" + problems + " problem lines in " + verifyOut + ")");
    }
    System.out.printf(Locale.ROOT,
        "{\"bench\":\"workbench.load\",\"documents\":%d,\"think_ms\":%d,\"warmup_s\":%d,\"server\":{\"heap\":\"%s\",\"cpu_s\":%.1f,\"cpu_ms_per_request\":%.1f,"
            + "\"peak_rss_mib\":%.0f,\"stop\":\"%s\",\"exit\":%d},\"loadavg_before\":\"%s\",\"loadavg_after\":\"%s\","
            + "\"load\":%s,\"check\":%s,\"verify_exit\":%d,\"budget_met\":%b,\"breaches\":[%s],"
            + "\"steady_budget_met\":%b,\"steady_breaches\":[%s]}%n",
        documents, think, warmup, heap, cpu, 1000 * cpu / Math.max(1, result.requests()), rss, kill ? "SIGKILL" : "SIGTERM", serverExit, loadBefore, loadAfter, result.json(),
        check.json(), verifyExit, breaches.isEmpty(),
        jsonStrings(breaches), steadyBreaches.isEmpty(), jsonStrings(steadyBreaches));
  }

  private static String jsonStrings(List<String> list) {
    return list.stream().map(b -> "\"" + b.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").collect(Collectors.joining(","));
  }

  /** Runs {@code threadline ARGS} in a child JVM; its stdout goes to {@code out}, its stderr to ours. */
  private static int child(Path out, String heap, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), heap,
        "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-cp",
        System.getProperty("java.class.path"), "ca.threadline.app.Main"));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start().waitFor();
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
