package ca.threadline.store.testing;

import ca.threadline.store.db.Backend;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The write pattern of an ingest, on plain JDBC with the store's H2 settings, for
 * {@code H2KillTest} to kill with SIGKILL: each transaction inserts {@link #DOCUMENTS} documents
 * (a few KB each), {@link #PER_DOCUMENT} selector rows per document into a table without primary
 * key, and the selector keys not seen before into a table whose primary key is not its row key,
 * as {@code case_selectors} is. Invariants a correct engine keeps across a kill: documents come
 * in whole transactions, selectors = documents × {@link #PER_DOCUMENT}, and any key can be
 * inserted once more.
 *
 * <p>Usage: {@code H2KillWriter write|check DIR SEED}; {@code write} loops for ever and prints
 * {@code committed N} on stderr after each commit, {@code check} verifies and writes three more
 * transactions, printing {@code OK} or the first problem.
 */
public final class H2KillWriter {
  public static final int DOCUMENTS = 500;
  public static final int PER_DOCUMENT = 5;
  private static final int KEYS = 200_000;

  private H2KillWriter() {}

  public static String url(String dir) {
    return "jdbc:h2:file:" + dir + "/kill" + Backend.H2_SETTINGS;
  }

  public static void main(String[] args) throws SQLException {
    SplittableRandom random = new SplittableRandom(Long.parseLong(args[2]));
    try (Connection c = DriverManager.getConnection(url(args[1]), "sa", "")) {
      schema(c);
      c.setAutoCommit(false);
      if (args[0].equals("check")) {
        System.out.println(check(c, random));
        return;
      }
      for (long n = 1; ; n++) {
        transaction(c, random);
        System.err.println("committed " + n * DOCUMENTS);
      }
    }
  }

  /** {@code OK}, or what is wrong. */
  public static String check(Connection c, SplittableRandom random) throws SQLException {
    long documents = count(c, "docs");
    long selectors = count(c, "ds");
    if (documents % DOCUMENTS != 0 || selectors != documents * PER_DOCUMENT) {
      return "torn transaction: " + documents + " documents, " + selectors + " selector rows";
    }
    for (int i = 0; i < 3; i++) {
      transaction(c, random);
    }
    return "OK";
  }

  public static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void schema(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS docs (id BIGINT PRIMARY KEY, body VARCHAR)");
      s.execute("CREATE TABLE IF NOT EXISTS keys (case_id BIGINT NOT NULL, k VARCHAR(1100) NOT NULL,"
          + " first_doc BIGINT NOT NULL, PRIMARY KEY (k, case_id))");
      s.execute("CREATE TABLE IF NOT EXISTS ds (doc_id BIGINT NOT NULL, k VARCHAR(1100) NOT NULL)");
      s.execute("CREATE INDEX IF NOT EXISTS ds_doc ON ds (doc_id)");
      s.execute("CREATE SEQUENCE IF NOT EXISTS batches");
    }
  }

  private static void transaction(Connection c, SplittableRandom random) throws SQLException {
    long base;
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT nextval('batches')")) {
      r.next();
      base = r.getLong(1) * DOCUMENTS;
    }
    try (PreparedStatement doc = c.prepareStatement("INSERT INTO docs VALUES (?, ?)");
        PreparedStatement known = c.prepareStatement("SELECT 1 FROM keys WHERE k = ? AND case_id = 1");
        PreparedStatement key = c.prepareStatement("INSERT INTO keys VALUES (1, ?, ?)");
        PreparedStatement sel = c.prepareStatement("INSERT INTO ds VALUES (?, ?)")) {
      Set<String> added = new HashSet<>();
      for (long id = base; id < base + DOCUMENTS; id++) {
        doc.setLong(1, id);
        doc.setString(2, "x".repeat(200 + random.nextInt(3000)));
        doc.addBatch();
        for (int j = 0; j < PER_DOCUMENT; j++) {
          String k = "email:user" + random.nextInt(KEYS) + "@example.org";
          sel.setLong(1, id);
          sel.setString(2, k);
          sel.addBatch();
          if (!added.add(k)) {
            continue;
          }
          known.setString(1, k);
          try (ResultSet r = known.executeQuery()) {
            if (r.next()) {
              continue;
            }
          }
          key.setString(1, k);
          key.setLong(2, id);
          key.addBatch();
        }
      }
      doc.executeBatch();
      sel.executeBatch();
      key.executeBatch();
    }
    c.commit();
  }
}
