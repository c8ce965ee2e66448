package ca.threadline.app.chain;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.chain.api.AddressInfo;
import ca.threadline.chain.api.ChainStore;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "address",
    mixinStandardHelpOptions = true,
    description = {
      "Prints an address's cluster, balance, amounts received, transaction count and tags.",
      "One JSON line per address: {\"address\",\"cluster\",\"cluster_size\",\"balance_sat\",",
      "\"received_sat\",\"tx_count\",\"tags\",...}. An address the chain never saw is reported on",
      "stderr and the exit code is 1."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  ./threadline chain address bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", "  ./threadline chain address 1BoatSLRHtKNngkdXEeobR76b53LETtpyT 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"})
public final class ChainAddressCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Parameters(arity = "1..*", paramLabel = "ADDR", description = "Bitcoin addresses (or multisig:/script: pseudo-addresses).")
  List<String> addresses;

  private final Io io;

  ChainAddressCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    int code = ExitCodes.OK;
    try (ChainStore s = ChainCli.open(home.path())) {
      ChainCli.warnIfStale(s, io.err());
      for (String a : addresses) {
        Optional<AddressInfo> info = s.address(a);
        if (info.isEmpty()) {
          io.err().println("threadline chain address: " + a + ": not seen on this chain (" + s.manifest().network() + ")");
          code = ExitCodes.PROBLEM_FOUND;
          continue;
        }
        ChainCli.line(io.out(), AddressJson.of(info.get()));
      }
    }
    return code;
  }
}
