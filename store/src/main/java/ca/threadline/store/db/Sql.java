package ca.threadline.store.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.StringJoiner;

/**
 * JDBC conversions both drivers agree on. Instants travel as UTC {@link OffsetDateTime} (pgjdbc
 * does not accept {@link Instant}); nullable numbers are set with their SQL type.
 */
public final class Sql {
  private Sql() {}

  public static void setInstant(PreparedStatement p, int index, Instant t) throws SQLException {
    if (t == null) {
      p.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      p.setObject(index, t.atOffset(ZoneOffset.UTC));
    }
  }

  public static Instant instant(ResultSet r, String column) throws SQLException {
    OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  public static void setLong(PreparedStatement p, int index, Long v) throws SQLException {
    if (v == null) {
      p.setNull(index, Types.BIGINT);
    } else {
      p.setLong(index, v);
    }
  }

  public static Long nullableLong(ResultSet r, String column) throws SQLException {
    long v = r.getLong(column);
    return r.wasNull() ? null : v;
  }

  /**
   * A SQL array for {@code column = ANY(?)}: one parameter however many values, and both H2
   * and PostgreSQL answer it from an index (H2 only on an index whose first column it is).
   */
  public static java.sql.Array array(java.sql.Connection c, String sqlType, Collection<?> values) throws SQLException {
    return c.createArrayOf(sqlType, values.toArray());
  }

  /** {@code (?, ?, ..., ?)} with {@code n} placeholders, for an {@code IN} list. */
  public static String placeholders(int n) {
    StringJoiner j = new StringJoiner(", ", "(", ")");
    for (int i = 0; i < n; i++) {
      j.add("?");
    }
    return j.toString();
  }

  /** Binds {@code values} from {@code first} on; returns the next free index. */
  public static int bindAll(PreparedStatement p, int first, Collection<?> values) throws SQLException {
    int i = first;
    for (Object v : values) {
      p.setObject(i++, v);
    }
    return i;
  }
}
