package ca.threadline.store.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger on {@code audit_log} (migration {@code h2/V2}) that refuses every UPDATE and DELETE:
 * the embedded store enforces the log's append-only rule in the database too, not only by having
 * no code path that changes it.
 */
public final class AppendOnlyTrigger implements Trigger {
  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(
        "audit_log is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused", "42501");
  }
}
