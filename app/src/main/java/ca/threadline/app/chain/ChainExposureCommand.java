package ca.threadline.app.chain;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.chain.api.ChainStore;
import ca.threadline.chain.api.TraceRequest;
import ca.threadline.chain.trace.Tracer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "exposure",
    mixinStandardHelpOptions = true,
    description = {
      "Prints how much money a cluster (or address) got from and sent to each tagged category.",
      "Direct exposure is value exchanged with a tagged cluster in one transaction; indirect, value",
      "reached through untagged clusters within --hops transactions (a trace that stops at the",
      "first tagged cluster). One JSON line per address."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  ./threadline chain exposure bc1q... --hops 3", "  ./threadline chain exposure bc1q... --taint poison"})
public final class ChainExposureCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Parameters(arity = "1..*", paramLabel = "ADDR")
  List<String> addresses;

  @Option(names = "--hops", defaultValue = "3", paramLabel = "N")
  int hops;

  @Option(names = "--taint", defaultValue = "haircut", paramLabel = "poison|haircut")
  String taint;

  @Option(names = "--address-only", description = "Exposure of the address alone instead of its whole cluster.")
  boolean addressOnly;

  private final Io io;

  ChainExposureCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    TraceRequest.Taint t;
    try {
      t = TraceRequest.Taint.valueOf(taint.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--taint is poison or haircut");
    }
    int code = ExitCodes.OK;
    try (ChainStore s = ChainCli.open(home.path())) {
      for (String a : addresses) {
        int id = s.addressId(a);
        if (id < 0) {
          io.err().println("threadline chain exposure: " + a + ": not seen on this chain");
          code = ExitCodes.PROBLEM_FOUND;
          continue;
        }
        ChainCli.line(io.out(), exposure(s, a, hops, t, !addressOnly));
      }
    }
    return code;
  }

  static Map<String, Object> exposure(ChainStore s, String a, int hops, TraceRequest.Taint t, boolean wholeCluster) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("address", s.addressText(s.addressId(a)));
    m.put("cluster", s.clusterOf(s.addressId(a)));
    m.put("hops", hops);
    m.put("taint", t.name().toLowerCase(Locale.ROOT));
    m.put("scope", wholeCluster ? "cluster" : "address");
    m.putAll(new Tracer(s).exposure(a, hops, t, wholeCluster));
    return m;
  }
}
