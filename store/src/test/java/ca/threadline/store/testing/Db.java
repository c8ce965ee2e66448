package ca.threadline.store.testing;

/** The two databases every store test runs against. */
public enum Db {
  H2,
  POSTGRESQL
}
