package ca.threadline.app.chain;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.chain.api.ChainStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "export-clusters",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a CSV 'address,cluster' line for every address seen on the chain.",
      "The header line is address,cluster; rows are in address id order (first appearance).",
      "Cluster ids are the smallest address id of each cluster; only equality matters."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  ./threadline chain export-clusters --out clusters.csv"})
public final class ChainExportClustersCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--out", required = true, paramLabel = "FILE.csv")
  Path out;

  private final Io io;

  ChainExportClustersCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    try (ChainStore s = ChainCli.open(home.path())) {
      ChainCli.warnIfStale(s, io.err());
      long n = s.data().addressCount();
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        w.write("address,cluster\n");
        for (int a = 0; a < n; a++) {
          w.write(s.addressText(a));
          w.write(',');
          w.write(Long.toString(s.clusterOf(a)));
          w.write('\n');
        }
      }
      io.err().printf("chain export-clusters: %,d addresses written to %s%n", n, out);
      ChainCli.line(io.out(), ChainCli.JSON.createObjectNode().put("addresses", n).put("out", out.toString()));
    }
    return ExitCodes.OK;
  }
}
