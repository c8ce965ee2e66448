package ca.threadline.store.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link TestStores} parameters. The PostgreSQL cluster is started on first use and kept
 * in the root extension store, which closes it (stop + delete) when the whole test run ends.
 */
public final class PostgresServerExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(PostgresServerExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    return p.getParameter().getType() == TestStores.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) throws ParameterResolutionException {
    ExtensionContext.Store root = e.getRoot().getStore(NS);
    ClusterHolder holder = root.getOrComputeIfAbsent("cluster", k -> new ClusterHolder(), ClusterHolder.class);
    return new TestStores(holder);
  }

  /** Starts the cluster lazily, once; remembers why it could not. Closed by JUnit at the end of the run. */
  static final class ClusterHolder implements AutoCloseable {
    private PostgresCluster cluster;
    private String unavailable;

    synchronized PostgresCluster cluster() {
      if (cluster == null && unavailable == null) {
        Path bin = PostgresCluster.findBinDir();
        if (bin == null) {
          unavailable = "PostgreSQL binaries (initdb, pg_ctl) not found: install postgresql or set THREADLINE_PG_BINDIR";
        } else {
          try {
            cluster = PostgresCluster.start(bin);
          } catch (Exception ex) {
            unavailable = "could not start a PostgreSQL cluster from " + bin + ": " + ex.getMessage();
          }
        }
      }
      return cluster;
    }

    synchronized String unavailable() {
      return unavailable;
    }

    @Override
    public synchronized void close() {
      if (cluster != null) {
        cluster.close();
      }
    }
  }
}
