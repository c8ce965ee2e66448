package ca.threadline.store.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Coordinates transactions that change indexed data (documents, their links). Invariant the
 * Lucene index relies on: revisions commit in increasing order, so an index that holds every
 * revision up to R only ever needs documents with revision greater than R. Within one process
 * the {@link #lock()} guarantees it; across processes on PostgreSQL the advisory lock taken in
 * {@link #beginRevision} does, until commit. Document ids come in blocks of 1000 (hi-lo).
 */
public final class Writers {
  private static final int ID_BLOCK = 1000;
  private final ReentrantLock lock = new ReentrantLock(true);
  private final Backend backend;
  private long nextId;
  private long idLimit;

  public Writers(Backend backend) {
    this.backend = backend;
  }

  /** Held by the caller around the whole write transaction, released after commit. */
  public ReentrantLock lock() {
    return lock;
  }

  /** Inside the write transaction: serialise with other processes and take a fresh revision. */
  public long beginRevision(Connection c) throws SQLException {
    if (!lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("beginRevision outside Writers.lock()");
    }
    backend.lockWriters(c);
    return nextval(c, "index_revisions");
  }

  /**
   * Inside a write transaction that takes no revision but must not interleave with one that does
   * (a note written while a mark seals the case's notes): serialise with other processes too.
   */
  public void serialise(Connection c) throws SQLException {
    if (!lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("serialise outside Writers.lock()");
    }
    backend.lockWriters(c);
  }

  /**
   * Housekeeping after a committed bulk write: on H2, compacts the file when it is mostly
   * garbage (see {@link H2Compaction}); nothing on PostgreSQL, whose autovacuum does this.
   */
  public void afterBulkWrite(ConnectionSource db) {
    if (backend == Backend.H2) {
      db.withConnection(
          c -> {
            H2Compaction.maybeCompact(c);
            return null;
          });
    }
  }

  /** A fresh document id; sequence values are never reused, even when the transaction rolls back. */
  public synchronized long nextDocumentId(Connection c) throws SQLException {
    if (nextId == idLimit) {
      nextId = nextval(c, "document_ids");
      idLimit = nextId + ID_BLOCK;
    }
    return nextId++;
  }

  private static long nextval(Connection c, String sequence) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT nextval('" + sequence + "')")) {
      r.next();
      return r.getLong(1);
    }
  }
}
