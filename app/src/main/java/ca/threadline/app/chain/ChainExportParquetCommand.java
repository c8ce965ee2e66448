package ca.threadline.app.chain;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.chain.api.ChainStore;
import ca.threadline.chain.parquet.ParquetExport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "export-parquet",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes the chain as Parquet for the Spark job cluster-addresses (threadline spark).",
      "DIR/transactions/ holds one row per transaction (tx, height, txid, coinbase, input and",
      "output addresses and values), DIR/addresses/ one row per address (address_id, address,",
      "exchange: tagged exchange, for the exchange-input veto), DIR/_threadline.json the store",
      "generation and counts. Built in DIR.partial and renamed when complete; DIR must not exist.",
      "Address ids and transaction numbers are the store's: import the job's result into the same",
      "store with 'threadline chain import-clusters'."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline chain export-parquet --out /data/pq",
      "  ./threadline spark cluster-addresses --input /data/pq --output /data/cl",
      "  ./threadline chain import-clusters /data/cl"
    })
public final class ChainExportParquetCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to create.")
  java.nio.file.Path out;

  @Option(names = "--rows-per-file", paramLabel = "N", description = "Transactions per Parquet file (addresses: 3 N); files are Spark's unit of parallel reading. Default: 2000000.")
  long rowsPerFile = 2_000_000;

  private final Io io;

  ChainExportParquetCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    if (rowsPerFile < 1) {
      throw new UsageException("--rows-per-file must be at least 1");
    }
    if (Files.exists(out)) {
      throw new UsageException(out + ": already exists; give a new directory");
    }
    try (ChainStore s = ChainCli.open(home.path())) {
      ChainCli.warnIfStale(s, io.err());
      ChainCli.Progress p = new ChainCli.Progress(io.err());
      ParquetExport.Summary sum = ParquetExport.export(s, out, rowsPerFile, (phase, v) -> p.update(phase, v[0], v[1]));
      io.err().printf(
          "chain export-parquet: %,d transactions and %,d addresses in %d + %d files, %,d bytes, %.1f s%n",
          sum.transactions(), sum.addresses(), sum.transactionFiles(), sum.addressFiles(), sum.bytes(), sum.seconds());
      ObjectNode n = ChainCli.JSON.createObjectNode();
      n.put("out", sum.dir().toString());
      n.put("transactions", sum.transactions());
      n.put("addresses", sum.addresses());
      n.put("exchange_tagged_addresses", sum.exchangeAddresses());
      n.put("bytes", sum.bytes());
      n.put("seconds", Math.round(sum.seconds() * 100) / 100.0);
      ChainCli.line(io.out(), n);
    }
    return ExitCodes.OK;
  }
}
