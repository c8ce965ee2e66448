package ca.threadline.store.seal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The columns a case can seal, and the sensitive-field marks that seal them. Other marks (e.g.
 * {@code selector.phone}, {@code victim.name}) are honoured by export redaction but not sealed at
 * rest: see docs/store.md for why.
 */
public enum SealedColumn {
  DOCUMENT_BODY("documents", "body", List.of("document.body", "document.text")),
  DOCUMENT_URL("documents", "url", List.of("document.url")),
  NOTE_BODY("notes", "body", List.of("note.body", "note.text"));

  private final String table;
  private final String column;
  private final List<String> marks;

  SealedColumn(String table, String column, List<String> marks) {
    this.table = table;
    this.column = column;
    this.marks = marks;
  }

  public String table() {
    return table;
  }

  public String column() {
    return column;
  }

  /** The marks that seal this column. */
  public List<String> marks() {
    return marks;
  }

  /** The columns that the given marks seal. */
  public static Set<SealedColumn> forMarks(Collection<String> marks) {
    Set<SealedColumn> out = EnumSet.noneOf(SealedColumn.class);
    for (SealedColumn s : values()) {
      for (String m : s.marks) {
        if (marks.contains(m)) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** The columns sealed in a case, read in the caller's transaction. */
  public static Set<SealedColumn> ofCase(Connection c, long caseId) throws SQLException {
    List<String> marks = new java.util.ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT field FROM sensitive_fields WHERE case_id = ?")) {
      p.setLong(1, caseId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          marks.add(r.getString(1));
        }
      }
    }
    return forMarks(marks);
  }
}
