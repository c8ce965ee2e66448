package ca.threadline.app.chain;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "chain",
    mixinStandardHelpOptions = true,
    description = {
      "Follows Bitcoin payments: imports block files, clusters addresses, explains and traces.",
      "Reads Bitcoin Core blk*.dat files (xor.dat obfuscation, any block order) into a columnar",
      "store under <home>/chain, clusters addresses by the multi-input rule with CoinJoin vetoes,",
      "explains every cluster membership with its transactions, and traces flows with taint."
    },
    subcommands = {
      ChainImportCommand.class,
      ChainClusterCommand.class,
      ChainAddressCommand.class,
      ChainExplainCommand.class,
      ChainTraceCommand.class,
      ChainExposureCommand.class,
      ChainTagsCommand.class,
      ChainExportClustersCommand.class,
      ChainExportParquetCommand.class,
      ChainImportClustersCommand.class,
      ChainLookupCommand.class,
      ChainGenerateCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline chain import --blocks ~/.bitcoin/blocks",
      "  ./threadline chain cluster",
      "  ./threadline chain address bc1q...",
      "  ./threadline chain trace bc1q... --direction forward --hops 4",
      "  ./threadline help chain trace"
    })
public final class ChainCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
