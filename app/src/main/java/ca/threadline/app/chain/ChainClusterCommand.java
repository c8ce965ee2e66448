package ca.threadline.app.chain;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.chain.cluster.ClusterRun;
import ca.threadline.chain.cluster.CoinJoinRule;
import ca.threadline.chain.cluster.Heuristic;
import ca.threadline.chain.store.Manifest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Clusters addresses: multi-input with CoinJoin vetoes, change heuristics only when asked.",
      "Default: the inputs of a transaction share an owner unless the transaction is a CoinJoin",
      "(BlockSci's equal-output rule, Wasabi 1.x/2.x, Whirlpool, JoinMarket; Stonewall and",
      "exchange-input vetoes). Change heuristics (one-time-change, optimal-change, address-type,",
      "locktime, peel-chain) are added with --heuristics, each with its stated confidence. Rules,",
      "thresholds, version and error rates are written to <home>/chain/clusters/result.json;",
      "a summary line goes to stdout and the error rates to stderr."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline chain cluster",
      "  ./threadline chain cluster --heuristics multi-input,one-time-change",
      "  ./threadline chain cluster --truth truth/owners.csv      measure against known owners"
    })
public final class ChainClusterCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--heuristics", split = ",", paramLabel = "LIST", description = "multi-input (always on), one-time-change, optimal-change, address-type, locktime, peel-chain.")
  String[] heuristics = {"multi-input"};

  @Option(names = "--coinjoin-rules", split = ",", paramLabel = "LIST", description = "Vetoes to apply: generic, wasabi1, wasabi2, whirlpool, joinmarket, or none (default: all).")
  String[] rules;

  @Option(names = "--truth", paramLabel = "FILE", description = "CSV address,owner of true owners (synthetic chains): measure false and missed merges.")
  Path truth;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for CoinJoin detection (default: cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  private final Io io;

  ChainClusterCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    Set<Heuristic> hs = EnumSet.of(Heuristic.MULTI_INPUT);
    for (String h : heuristics) {
      try {
        hs.add(Heuristic.ofWire(h));
      } catch (IllegalArgumentException e) {
        throw new UsageException("unknown heuristic '" + h + "' (known: multi-input, one-time-change, optimal-change, address-type, locktime, peel-chain)");
      }
    }
    Set<CoinJoinRule> rs = EnumSet.copyOf(CoinJoinRule.VETOES);
    if (rules != null) {
      rs = EnumSet.noneOf(CoinJoinRule.class);
      for (String r : rules) {
        if (r.equalsIgnoreCase("none")) {
          continue;
        }
        try {
          CoinJoinRule c = CoinJoinRule.ofWire(r);
          if (!c.veto()) {
            throw new IllegalArgumentException();
          }
          rs.add(c);
        } catch (IllegalArgumentException e) {
          throw new UsageException("unknown CoinJoin rule '" + r + "' (known: generic, wasabi1, wasabi2, whirlpool, joinmarket, none)");
        }
      }
    }
    if (truth != null && !Files.isReadable(truth)) {
      throw new UsageException("cannot read " + truth);
    }
    Path dir = home.path().resolve("chain");
    if (!Files.exists(dir.resolve(Manifest.FILE))) {
      throw new UsageException("no chain store in " + home.path() + " (run: threadline chain import --blocks DIR)");
    }
    ChainCli.Progress p = new ChainCli.Progress(io.err());
    ObjectNode report;
    try {
      report = ClusterRun.run(dir, hs, rs, truth, threads, (phase, v) -> p.update(phase, v[0], v[1]));
    } catch (ca.threadline.chain.store.StoreLock.StoreBusyException e) {
      throw new UsageException(e.getMessage());
    }
    io.err().printf("chain cluster: %,d addresses in %,d clusters (%s) in %.2f s%n", report.get("addresses").asLong(), report.get("clusters").asLong(), String.join(",", heuristics), report.get("seconds").asDouble());
    printRates(report.path("measured_error_rates"), "measured on the given owners");
    printRates(report.path("published_error_rates").path("default"), "published (synthetic calibration corpus, multi-input with vetoes)");
    ObjectNode summary = ChainCli.JSON.createObjectNode();
    summary.put("addresses", report.get("addresses").asLong());
    summary.put("clusters", report.get("clusters").asLong());
    summary.put("transactions", report.get("transactions").asLong());
    summary.set("heuristics", report.get("heuristics"));
    summary.put("engine", report.get("engine").asText());
    summary.put("seconds", report.get("seconds").asDouble());
    summary.put("result", dir.resolve("clusters/result.json").toString());
    if (report.has("measured_error_rates")) {
      summary.set("measured_error_rates", report.get("measured_error_rates"));
    }
    ChainCli.line(io.out(), summary);
    return ExitCodes.OK;
  }

  private void printRates(JsonNode rates, String what) {
    if (rates == null || rates.isMissingNode() || !rates.has("pair_precision")) {
      return;
    }
    io.err().printf("  error rates, %s: pair precision %.4f, pair recall %.4f, missed merges %,d, mixed clusters %,d%n",
        what, rates.get("pair_precision").asDouble(), rates.get("pair_recall").asDouble(), rates.path("missed_merges").asLong(), rates.path("clusters_with_several_owners").asLong());
    rates.path("by_heuristic").fields().forEachRemaining(e ->
        io.err().printf("    %-16s unions %,d, false merges %,d (rate %.4f)%n", e.getKey(), e.getValue().path("unions").asLong(), e.getValue().path("false_merges").asLong(), e.getValue().path("false_merge_rate").asDouble()));
  }
}
