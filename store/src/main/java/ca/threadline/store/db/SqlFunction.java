package ca.threadline.store.db;

import java.sql.SQLException;

/** A unit of database work that may throw {@link SQLException}. */
@FunctionalInterface
public interface SqlFunction<A, R> {
  R apply(A a) throws SQLException;
}
