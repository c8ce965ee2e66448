package ca.threadline.store.seal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Seals the existing rows of a case in one column (after a new mark), or moves sealed rows to the
 * keyset's primary key (after a rotation), in the caller's transaction: either every row of the
 * case is sealed under the primary key when it commits, or nothing changed.
 *
 * <p>Rows are read in id order in pages of {@value #PAGE} and rewritten with batched UPDATEs, so a
 * large case does not sit in memory. Documents get the given index revision, so the full-text
 * index drops the text it held for them (a sealed body is not indexed as text).
 */
public final class Resealer {
  static final int PAGE = 500;
  private final Sealer sealer;

  public Resealer(Sealer sealer) {
    this.sealer = sealer;
  }

  /**
   * Seals, under the primary key, every row of the case in {@code col} that is plaintext or sealed
   * under another key. {@code revision} is the index revision for documents (ignored for notes).
   * Returns the number of rows rewritten.
   */
  public int reseal(Connection c, long caseId, SealedColumn col, long revision) throws SQLException {
    String primary = sealer.primaryRef();
    String t = col.table();
    String f = col.column();
    boolean documents = t.equals("documents");
    String select = "SELECT id, " + f + ", " + f + "_key FROM " + t + " WHERE case_id = ? AND id > ?"
        + " AND (" + f + "_key IS NULL OR " + f + "_key <> ?) AND " + f + " IS NOT NULL ORDER BY id LIMIT " + PAGE;
    String update = "UPDATE " + t + " SET " + f + " = ?, " + f + "_key = ?" + (documents ? ", revision = ?" : "")
        + " WHERE id = ?";
    int n = 0;
    long after = Long.MIN_VALUE;
    try (PreparedStatement q = c.prepareStatement(select); PreparedStatement u = c.prepareStatement(update)) {
      while (true) {
        q.setLong(1, caseId);
        q.setLong(2, after);
        q.setString(3, primary);
        List<Object[]> page = new ArrayList<>(PAGE);
        try (ResultSet r = q.executeQuery()) {
          while (r.next()) {
            long id = r.getLong(1);
            page.add(new Object[] {id, sealer.read(r, t, id, f)});
          }
        }
        if (page.isEmpty()) {
          return n;
        }
        for (Object[] row : page) {
          long id = (Long) row[0];
          Sealer.Sealed s = sealer.seal((String) row[1], t, id, f);
          u.setString(1, s.text());
          u.setString(2, s.keyRef());
          int i = 3;
          if (documents) {
            u.setLong(i++, revision);
          }
          u.setLong(i, id);
          u.addBatch();
          after = id;
        }
        u.executeBatch();
        n += page.size();
      }
    }
  }
}
