package ca.threadline.store.db;

import ca.threadline.store.StoreException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A small bounded pool of JDBC connections. A connection is lent for one unit of work (see
 * {@link #withConnection} and {@link #inTransaction}) and comes back in auto-commit mode; one
 * that failed and no longer answers is closed instead. Invariant: at most
 * {@code size} connections exist, and every idle one was healthy when it was returned.
 */
public final class ConnectionSource implements AutoCloseable {
  private final String url;
  private final Properties properties;
  private final Backend backend;
  private final Semaphore permits;
  private final Deque<Connection> idle = new ArrayDeque<>();
  private volatile boolean closed;

  public ConnectionSource(String url, String user, String password, int size) {
    this.url = url;
    this.backend = Backend.of(url);
    this.properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    if (backend == Backend.POSTGRESQL) {
      // Batched INSERTs travel as multi-row statements: several times faster ingest.
      properties.setProperty("reWriteBatchedInserts", "true");
      properties.setProperty("ApplicationName", "threadline");
    }
    this.permits = new Semaphore(size, true);
  }

  public Backend backend() {
    return backend;
  }

  public String url() {
    return url;
  }

  /** Runs {@code work} on a pooled connection in auto-commit mode. */
  public <T> T withConnection(SqlFunction<Connection, T> work) {
    Connection c = acquire();
    boolean healthy = false;
    try {
      T result = work.apply(c);
      healthy = true;
      return result;
    } catch (SQLException e) {
      healthy = isValid(c);
      throw new StoreException("database error: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      healthy = isValid(c);
      throw e;
    } finally {
      giveBack(c, healthy);
    }
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
   * Nothing of a failed unit of work stays in the database.
   */
  public <T> T inTransaction(SqlFunction<Connection, T> work) {
    return withConnection(
        c -> {
          c.setAutoCommit(false);
          try {
            T result = work.apply(c);
            c.commit();
            return result;
          } catch (SQLException | RuntimeException | Error e) {
            try {
              c.rollback();
            } catch (SQLException suppressed) {
              e.addSuppressed(suppressed);
            }
            throw e;
          } finally {
            c.setAutoCommit(true);
          }
        });
  }

  private static boolean isValid(Connection c) {
    try {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private Connection acquire() {
    if (closed) {
      throw new StoreException("store is closed");
    }
    try {
      if (!permits.tryAcquire(60, TimeUnit.SECONDS)) {
        throw new StoreException("no database connection free after 60 s (pool exhausted)");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for a database connection", e);
    }
    try {
      Connection c;
      synchronized (idle) {
        c = idle.pollFirst();
      }
      return c != null ? c : DriverManager.getConnection(url, properties);
    } catch (SQLException e) {
      permits.release();
      throw new StoreException("cannot connect to " + redacted(url) + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  /** The URL without query parameters, which may carry a password. */
  static String redacted(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q) + "?...";
  }

  private void giveBack(Connection raw, boolean healthy) {
    try {
      if (healthy && !closed && raw.getAutoCommit()) {
        synchronized (idle) {
          idle.addFirst(raw);
        }
        return;
      }
      raw.close();
    } catch (SQLException ignored) {
      // A connection that cannot even report its state is dropped; the pool opens a new one.
    } finally {
      permits.release();
    }
  }

  @Override
  public void close() {
    closed = true;
    synchronized (idle) {
      for (Connection c : idle) {
        try {
          c.close();
        } catch (SQLException ignored) {
          // closing anyway
        }
      }
      idle.clear();
    }
  }
}
