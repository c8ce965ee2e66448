package ca.threadline.store;

import ca.threadline.store.access.CaseRepository;
import ca.threadline.store.access.Guard;
import ca.threadline.store.access.UserRepository;
import ca.threadline.store.alert.AlertRepository;
import ca.threadline.store.audit.AuditLog;
import ca.threadline.store.audit.AuditQueries;
import ca.threadline.store.crypto.CryptoLookupRepository;
import ca.threadline.store.db.Backend;
import ca.threadline.store.db.ConnectionSource;
import ca.threadline.store.db.EmbeddedMigration;
import ca.threadline.store.db.Migrations;
import ca.threadline.store.db.Writers;
import ca.threadline.store.document.DocumentRepository;
import ca.threadline.store.evidence.EvidenceRepository;
import ca.threadline.store.ingest.Ingest;
import ca.threadline.store.link.LinkRepository;
import ca.threadline.store.link.NetworkRepository;
import ca.threadline.store.note.NoteRepository;
import ca.threadline.store.search.DocumentSearch;
import ca.threadline.store.search.IndexLookup;
import ca.threadline.store.search.TextIndex;
import ca.threadline.store.seal.DataKeyset;
import ca.threadline.store.seal.Sealer;
import ca.threadline.store.selector.SelectorRepository;
import ca.threadline.store.sensitive.SensitiveFieldRepository;
import java.io.IOException;
import java.nio.file.Files;

/**
 * The case store of one installation: a database (embedded H2 under {@code <home>/db/} or
 * PostgreSQL) brought to the current schema on open, and the Lucene index under
 * {@code <home>/index/}, caught up with the database on open. Thread-safe; open one per process
 * and home, and close it on exit.
 *
 * <p>Every method of the repositories takes the acting {@code User} and checks, in the store,
 * that the user may do it in that case; every read and write of case data is audited.
 */
public final class Store implements AutoCloseable {
  private final StoreConfig config;
  private final ConnectionSource db;
  private final TextIndex index;
  private final UserRepository users;
  private final CaseRepository cases;
  private final Ingest ingest;
  private final DocumentRepository documents;
  private final SelectorRepository selectors;
  private final LinkRepository links;
  private final NetworkRepository networks;
  private final DocumentSearch search;
  private final NoteRepository notes;
  private final AlertRepository alerts;
  private final EvidenceRepository evidence;
  private final CryptoLookupRepository crypto;
  private final SensitiveFieldRepository sensitive;
  private final AuditQueries audit;

  private Store(StoreConfig config, ConnectionSource db, TextIndex index) {
    this.config = config;
    this.db = db;
    this.index = index;
    var clock = config.clock();
    Guard guard = new Guard(db, new AuditLog(clock));
    Writers writers = new Writers(db.backend());
    Runnable catchUp = index::markStale;
    this.users = new UserRepository(guard, clock);
    this.cases = new CaseRepository(guard, clock);
    Sealer sealer = new Sealer(new DataKeyset(config.keysDirectory()));
    this.ingest = new Ingest(guard, writers, clock, catchUp, sealer);
    IndexLookup lookup = new IndexLookup(index);
    this.documents = new DocumentRepository(guard, lookup, sealer);
    this.selectors = new SelectorRepository(guard, lookup, sealer);
    this.links = new LinkRepository(guard, writers, clock, catchUp);
    this.networks = new NetworkRepository(guard, lookup, sealer);
    this.search = new DocumentSearch(guard, index);
    this.notes = new NoteRepository(guard, clock, sealer, writers);
    this.alerts = new AlertRepository(guard, clock);
    this.evidence = new EvidenceRepository(guard, clock);
    this.crypto = new CryptoLookupRepository(guard);
    this.sensitive = new SensitiveFieldRepository(guard, clock, writers, sealer, index::catchUpAndExpunge);
    this.audit = new AuditQueries(guard);
  }

  /** Opens (creating or migrating as needed) the store; catches the index up with the database. */
  public static Store open(StoreConfig config) {
    String url = config.jdbcUrl();
    if (url == null) {
      try {
        Files.createDirectories(config.dbDirectory());
      } catch (IOException e) {
        throw new StoreException("cannot create " + config.dbDirectory() + ": " + e.getMessage(), e);
      }
      url = EmbeddedMigration.migrate(config.dbDirectory(), "threadline", h2Settings(), config.user(), config.password());
    } else {
      Migrations.migrate(url, config.user(), config.password());
    }
    ConnectionSource db = new ConnectionSource(url, config.user(), config.password(), config.poolSize());
    TextIndex index;
    try {
      index = new TextIndex(config.indexDirectory(), db);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    Store store = new Store(config, db, index);
    index.catchUp();
    return store;
  }

  /**
   * Rewrites the embedded H2 file with its live data only ({@code SHUTDOWN COMPACT}): H2 writes
   * pages copy-on-write, so after fields were sealed the file may still hold their old plaintext
   * pages until they are overwritten. Call it with the store closed (no other connection may be
   * open in this process); nothing for PostgreSQL (see docs/store.md: VACUUM FULL).
   */
  public static void compactEmbedded(StoreConfig config) {
    if (!config.embedded()) {
      return;
    }
    String url = config.jdbcUrl() != null ? config.jdbcUrl()
        : "jdbc:h2:file:" + config.dbDirectory().resolve("threadline") + h2Settings();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, config.user(), config.password());
        java.sql.Statement s = c.createStatement()) {
      s.execute("SHUTDOWN COMPACT");
    } catch (java.sql.SQLException e) {
      throw new StoreException("cannot compact " + config.dbDirectory() + ": " + e.getMessage(), e);
    }
  }

  private static String h2Settings() {
    return Backend.H2_SETTINGS;
  }

  public StoreConfig config() {
    return config;
  }

  public Backend backend() {
    return db.backend();
  }

  public UserRepository users() {
    return users;
  }

  public CaseRepository cases() {
    return cases;
  }

  public Ingest ingest() {
    return ingest;
  }

  public DocumentRepository documents() {
    return documents;
  }

  public SelectorRepository selectors() {
    return selectors;
  }

  public LinkRepository links() {
    return links;
  }

  public NetworkRepository networks() {
    return networks;
  }

  public DocumentSearch search() {
    return search;
  }

  public NoteRepository notes() {
    return notes;
  }

  public AlertRepository alerts() {
    return alerts;
  }

  public EvidenceRepository evidence() {
    return evidence;
  }

  public CryptoLookupRepository crypto() {
    return crypto;
  }

  public SensitiveFieldRepository sensitiveFields() {
    return sensitive;
  }

  public AuditQueries audit() {
    return audit;
  }

  /** The full-text index (its revision; {@code catchUp()} after another process wrote the database). */
  public TextIndex index() {
    return index;
  }

  /**
   * Brings the index up to date with everything committed (searches do this themselves); call it
   * at the end of an import so the next search is fast, or after another process wrote the database.
   */
  public int flushIndex() {
    index.markStale();
    return index.catchUpIfStale();
  }

  /** Drops the Lucene index and rebuilds it from the database; returns the documents indexed. */
  public int reindex() {
    return index.rebuild();
  }

  @Override
  public void close() {
    try {
      index.close();
    } finally {
      db.close();
    }
  }
}
