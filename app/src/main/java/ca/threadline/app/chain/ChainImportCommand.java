package ca.threadline.app.chain;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.app.pipeline.CrashPoints;
import ca.threadline.chain.importer.ChainImporter;
import ca.threadline.chain.importer.ImportListener;
import ca.threadline.chain.importer.ImportSummary;
import ca.threadline.chain.store.StoreLock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Imports Bitcoin Core block files (blk*.dat) into the chain store of the home directory.",
      "Reads xor.dat obfuscation (Bitcoin Core 28+), blocks in any order (linked by previous hash;",
      "the chain with most work wins, stale branches and orphans are ignored). Re-running reads only",
      "new records and handles a reorganisation at the tip. A malformed file stops the import with",
      "its name and byte offset (exit 2) and the store stays as it was. Prints one JSON summary line."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline chain import --blocks ~/.bitcoin/blocks",
      "  ./threadline chain import --blocks /mnt/node/blocks --home /cases/t1"
    })
public final class ChainImportCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--blocks", required = true, paramLabel = "DIR", description = "The node's blocks directory (blk*.dat, optional xor.dat).")
  Path blocks;

  @Option(names = "--allow-incomplete-tail", description = "Treat a record cut short at the end of a file as not yet written (a running node) instead of an error.")
  boolean allowTail;

  private final Io io;

  ChainImportCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    ChainCli.Progress p = new ChainCli.Progress(io.err());
    // crash tests stop the process at a named step or after the K-th block applied
    CrashPoints crash = CrashPoints.fromSystemProperty();
    ImportListener l = new ImportListener() {
      @Override
      public void progress(String phase, long done, long total) {
        p.update(phase, done, total);
        if (phase.equals("apply")) {
          crash.reach("apply-block");
        }
      }

      @Override
      public void reached(String point) {
        crash.reach(point);
      }

      @Override
      public void warning(String message) {
        io.err().println("threadline chain import: " + message);
      }
    };
    ImportSummary s;
    try {
      s = new ChainImporter(l, allowTail).importBlocks(blocks, home.path().resolve("chain"));
    } catch (StoreLock.StoreBusyException e) {
      throw new UsageException(e.getMessage());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("network", s.network());
    m.put("blocks_added", s.blocksAdded());
    m.put("blocks_rolled_back", s.blocksRolledBack());
    m.put("txs_added", s.txsAdded());
    m.put("height", s.height());
    m.put("tip", s.tip());
    m.put("txs", s.txCount());
    m.put("addresses", s.addressCount());
    m.put("new_headers", s.headersSeen());
    m.put("stale_blocks", s.staleBlocks());
    m.put("orphans", s.orphans());
    m.put("unresolved_inputs", s.unresolvedInputs());
    m.put("seconds", Math.round(s.seconds() * 1000) / 1000.0);
    m.put("txs_per_second", s.seconds() > 0 ? Math.round(s.txsAdded() / s.seconds()) : 0);
    io.err().printf("chain import: %,d blocks (%,d txs) added, %,d rolled back, height %,d, %.1f s%n", s.blocksAdded(), s.txsAdded(), s.blocksRolledBack(), s.height(), s.seconds());
    ChainCli.line(io.out(), m);
    return ExitCodes.OK;
  }
}
