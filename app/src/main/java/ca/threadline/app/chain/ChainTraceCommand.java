package ca.threadline.app.chain;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.chain.api.ChainStore;
import ca.threadline.chain.api.ReachedCluster;
import ca.threadline.chain.api.TraceRequest;
import ca.threadline.chain.api.TraceResult;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Follows money from an address or transaction, forward or backward, hop by hop.",
      "Prints one JSON line per cluster reached: {\"cluster\",\"hops\",\"amount_sat\",\"tags\",...}.",
      "Stops at clusters tagged exchange, mixing_service, coinjoin or payment_processor (change with",
      "--stop-at), below --min-amount, outside --from/--to, and after --hops transactions.",
      "Taint: haircut (proportional, default) or poison (any contact counts in full)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline chain trace bc1q... --direction forward --hops 4",
      "  ./threadline chain trace <txid> --direction backward --hops 2 --taint poison",
      "  ./threadline chain trace bc1q... --stop-at exchange --min-amount 100000 --from 2024-01-01"
    })
public final class ChainTraceCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Parameters(paramLabel = "ADDR|TXID")
  String seed;

  @Option(names = "--direction", defaultValue = "forward", paramLabel = "forward|backward", description = "Default: ${DEFAULT-VALUE}.")
  String direction;

  @Option(names = "--hops", defaultValue = "3", paramLabel = "N", description = "Transactions to follow (default: ${DEFAULT-VALUE}).")
  int hops;

  @Option(names = "--taint", defaultValue = "haircut", paramLabel = "poison|haircut", description = "Default: ${DEFAULT-VALUE}.")
  String taint;

  @Option(names = "--stop-at", split = ",", paramLabel = "CATEGORIES", description = "Tag categories that end the trace (default: exchange,mixing_service,coinjoin,payment_processor; 'none' for none).")
  String[] stopAt;

  @Option(names = "--min-amount", defaultValue = "0", paramLabel = "SAT", description = "Do not follow outputs carrying less tainted value.")
  long minAmount;

  @Option(names = "--from", paramLabel = "DATE", description = "Follow only transactions from this date (YYYY-MM-DD or ISO instant).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Follow only transactions up to this date.")
  String to;

  @Option(names = "--cluster", description = "Seed with every address of the seed address's cluster (the entity).")
  boolean wholeCluster;

  @Option(names = "--max-txs", defaultValue = "1000000", paramLabel = "N", description = "Safety limit on transactions visited (default: ${DEFAULT-VALUE}).")
  long maxTxs;

  private final Io io;

  ChainTraceCommand(Io io) {
    this.io = io;
  }

  static Long time(String s, boolean end) {
    if (s == null) {
      return null;
    }
    try {
      if (s.length() == 10) {
        LocalDate d = LocalDate.parse(s);
        return (end ? d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - 1 : d.atStartOfDay(ZoneOffset.UTC).toEpochSecond());
      }
      return Instant.parse(s).getEpochSecond();
    } catch (DateTimeParseException e) {
      throw new UsageException("not a date: " + s + " (use YYYY-MM-DD or an ISO-8601 instant)");
    }
  }

  @Override
  public Integer call() throws IOException {
    TraceRequest.Direction dir;
    TraceRequest.Taint t;
    try {
      dir = TraceRequest.Direction.valueOf(direction.toUpperCase(Locale.ROOT));
      t = TraceRequest.Taint.valueOf(taint.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--direction is forward or backward, --taint is poison or haircut");
    }
    if (hops < 1) {
      throw new UsageException("--hops must be at least 1");
    }
    Set<String> stops = TraceRequest.DEFAULT_STOPS;
    if (stopAt != null) {
      stops = new TreeSet<>();
      for (String c : stopAt) {
        if (!c.equalsIgnoreCase("none")) {
          stops.add(c.trim().toLowerCase(Locale.ROOT));
        }
      }
    }
    try (ChainStore s = ChainCli.open(home.path())) {
      ChainCli.warnIfStale(s, io.err());
      TraceResult res;
      try {
        res = s.trace(new TraceRequest(seed, dir, hops, t, stops, minAmount, time(from, false), time(to, true), maxTxs, wholeCluster));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      for (ReachedCluster c : res.clusters()) {
        ObjectNode n = ChainCli.JSON.createObjectNode();
        n.put("cluster", c.cluster());
        n.put("hops", c.hops());
        n.put("amount_sat", c.amountSat());
        n.putArray("tags").addAll(c.tags().stream().map(ChainCli.JSON.getNodeFactory()::textNode).toList());
        n.putArray("categories").addAll(c.categories().stream().map(ChainCli.JSON.getNodeFactory()::textNode).toList());
        n.put("stopped", c.stopped());
        n.put("cluster_address", c.clusterAddress());
        n.put("first_address", c.firstAddress());
        n.put("first_txid", c.firstTxid());
        ChainCli.line(io.out(), n);
      }
      io.err().printf("chain trace: %,d clusters reached, %,d transactions visited%s, seed %,d sat%n", res.clusters().size(), res.txsVisited(), res.truncated() ? " (stopped at --max-txs)" : "", res.seedAmountSat());
    }
    return ExitCodes.OK;
  }
}
