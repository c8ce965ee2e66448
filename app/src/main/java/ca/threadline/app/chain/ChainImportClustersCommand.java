package ca.threadline.app.chain;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.chain.cluster.ClusterImport;
import ca.threadline.chain.store.Manifest;
import ca.threadline.chain.store.StoreLock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "import-clusters",
    mixinStandardHelpOptions = true,
    description = {
      "Loads address clusters computed by the Spark job (or any address,cluster CSV) into the store.",
      "PATH: the output directory of 'threadline spark cluster-addresses' (clusters/, coinjoins/,",
      "_threadline.json), a directory of CSV parts, or one CSV file such as export-clusters writes.",
      "Cluster labels must be address ids of this store. Every line is checked before anything is",
      "written; the previous clustering stays in place if any line is bad (exit 2, file and line",
      "named). Afterwards 'chain address', 'trace --cluster', 'exposure' and 'explain' use these",
      "clusters; 'explain' then searches a path of co-spends (no evidence tree comes with imported",
      "clusters) and says so in its \"evidence\" field."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline chain import-clusters /data/chain-clusters",
      "  ./threadline chain import-clusters clusters.csv"
    })
public final class ChainImportClustersCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "PATH", description = "Spark output directory, directory of CSV parts, or CSV file.")
  Path source;

  private final Io io;

  ChainImportClustersCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    Path dir = home.path().resolve("chain");
    if (!Files.exists(dir.resolve(Manifest.FILE))) {
      throw new UsageException("no chain store in " + home.path() + " (run: threadline chain import --blocks DIR)");
    }
    ChainCli.Progress p = new ChainCli.Progress(io.err());
    ClusterImport.Result r;
    try {
      r = ClusterImport.run(dir, source, (phase, v) -> p.update(phase, v[0], v[1]));
    } catch (StoreLock.StoreBusyException e) {
      throw new UsageException(e.getMessage());
    }
    if (r.notListed() > 0) {
      io.err().printf("chain import-clusters: %,d addresses of the store were not listed; each is its own cluster%n", r.notListed());
    }
    if (r.sourceGeneration() != r.storeGeneration()) {
      io.err().println("chain import-clusters: the clusters were computed on an earlier state of the store (generation "
          + r.sourceGeneration() + ", now " + r.storeGeneration() + "); addresses added since are their own clusters until the next run");
    }
    io.err().printf("chain import-clusters: %,d addresses in %,d clusters, %,d CoinJoin verdicts imported from %s%n", r.addresses(), r.clusters(), r.coinJoins(), source);
    ObjectNode n = ChainCli.JSON.createObjectNode();
    n.put("addresses", r.addresses());
    n.put("clusters", r.clusters());
    n.put("rows", r.rows());
    n.put("addresses_not_listed", r.notListed());
    n.put("coinjoins", r.coinJoins());
    n.put("source", source.toString());
    n.put("result", dir.resolve("clusters/result.json").toString());
    ChainCli.line(io.out(), n);
    return ExitCodes.OK;
  }
}
