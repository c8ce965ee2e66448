package ca.threadline.app.chain;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.testkit.chain.ChainGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes a synthetic Bitcoin chain as block files, with its ground truth (testing, training).",
      "Fictional wallets with known owners: payments, exchanges, an ad-site payment processor, a",
      "peel chain, CoinJoins of each shape. Writes OUT/blocks (blk*.dat), OUT/truth (owners.csv,",
      "expected-clusters.csv, balances.csv, coinjoins.csv, facts.jsonl, tagpack.yaml). No proof of",
      "work: headers use nBits 0x207fffff (regtest's easiest target). Same seed, same bytes."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline chain generate --out /tmp/chain --seed 42 --blocks 300",
      "  ./threadline chain generate --out /tmp/c --xor --shuffle --stale 3 --orphans 2 --reorg"
    })
public final class ChainGenerateCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, paramLabel = "DIR")
  Path out;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N")
  long seed;

  @Option(names = "--blocks", defaultValue = "200", paramLabel = "N")
  int blocks;

  @Option(names = "--txs-per-block", defaultValue = "25", paramLabel = "N", description = "Average ordinary activity per block (default: ${DEFAULT-VALUE}).")
  int txsPerBlock;

  @Option(names = "--users", defaultValue = "100", paramLabel = "N")
  int users;

  @Option(names = "--network", defaultValue = "mainnet", paramLabel = "NAME", description = "mainnet, testnet3, testnet4, signet or regtest (magic and address format).")
  String network;

  @Option(names = "--xor", description = "Obfuscate the files with a random xor.dat key (Bitcoin Core 28+).")
  boolean xor;

  @Option(names = "--shuffle", description = "Store blocks out of height order.")
  boolean shuffle;

  @Option(names = "--stale", defaultValue = "0", paramLabel = "N", description = "Stale blocks (lost races) to add.")
  int stale;

  @Option(names = "--orphans", defaultValue = "0", paramLabel = "N", description = "Blocks with unknown parents to add.")
  int orphans;

  @Option(names = "--reorg", description = "Also write OUT/blocks-before, whose tip branch OUT/blocks overtakes.")
  boolean reorg;

  @Option(names = "--max-file-size", defaultValue = "134217728", paramLabel = "BYTES")
  long maxFileSize;

  @Option(names = "--no-truth", description = "Skip ground truth (large benchmark chains).")
  boolean noTruth;

  private final Io io;

  ChainGenerateCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    if (blocks < 1 || users < 10) {
      throw new UsageException("--blocks must be >= 1 and --users >= 10");
    }
    ChainGenerator.Config c = new ChainGenerator.Config(seed, blocks, txsPerBlock, users, network, xor, shuffle, stale, orphans, reorg, maxFileSize, !noTruth);
    long t0 = System.nanoTime();
    ChainGenerator.Result r;
    try {
      r = ChainGenerator.generate(c, out);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    io.err().printf("chain generate: %,d blocks, %,d transactions in %.1f s%n", r.height() + 1, r.txCount(), (System.nanoTime() - t0) / 1e9);
    var n = ChainCli.JSON.createObjectNode();
    n.put("blocks_dir", r.blocksDir().toString());
    if (r.beforeDir() != null) {
      n.put("blocks_before_dir", r.beforeDir().toString());
    }
    if (r.truthDir() != null) {
      n.put("truth_dir", r.truthDir().toString());
      n.put("addresses", r.truth().addressCount());
      n.put("coinjoins", r.truth().coinJoins().size());
    }
    n.put("height", r.height());
    n.put("tip", r.tipHash());
    n.put("txs", r.txCount());
    n.put("stale_blocks", r.staleWritten());
    n.put("orphans", r.orphansWritten());
    n.put("seed", seed);
    ChainCli.line(io.out(), n);
    return ExitCodes.OK;
  }
}
