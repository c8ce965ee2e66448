package ca.threadline.app.chain;

import ca.threadline.app.cli.UsageException;
import ca.threadline.chain.api.ChainStore;
import ca.threadline.chain.store.StoreLock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** What the chain commands share: opening the store, writing JSON lines, progress. */
final class ChainCli {
  static final ObjectMapper JSON = new ObjectMapper();

  private ChainCli() {}

  static ChainStore open(Path home) {
    try {
      return ChainStore.open(home);
    } catch (StoreLock.StoreBusyException e) {
      throw new UsageException(e.getMessage());
    } catch (IOException e) {
      throw new UsageException(e.getMessage());
    }
  }

  static void line(PrintStream out, Object value) {
    try {
      out.println(JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static void warnIfStale(ChainStore s, PrintStream err) {
    if (s.clusters() == null) {
      err.println("threadline chain: no clustering yet; every address is its own cluster (run: threadline chain cluster)");
    } else if (s.clustersStale()) {
      err.println("threadline chain: the clustering predates the last import; addresses added since are their own clusters (run: threadline chain cluster)");
    }
  }

  /** Throttled progress lines on stderr. */
  static final class Progress {
    private final PrintStream err;
    private long last = System.nanoTime();
    private String lastPhase = "";

    Progress(PrintStream err) {
      this.err = err;
    }

    void update(String phase, long done, long total) {
      long now = System.nanoTime();
      if (!phase.equals(lastPhase) || now - last > 2_000_000_000L || done == total) {
        if (!phase.equals(lastPhase) || now - last > 2_000_000_000L) {
          err.printf("chain %s: %,d / %,d%n", phase, done, total);
          last = now;
          lastPhase = phase;
        }
      }
    }
  }
}
