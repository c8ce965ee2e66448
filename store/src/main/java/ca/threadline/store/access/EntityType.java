package ca.threadline.store.access;

import java.util.Locale;

/** The kinds of things notes, tags and audit entries refer to. */
public enum EntityType {
  CASE,
  DOCUMENT,
  SELECTOR,
  NETWORK,
  CLUSTER,
  EVIDENCE,
  CRYPTO_ADDRESS,
  NOTE,
  TAG,
  ALERT,
  USER,
  MEMBER,
  SEARCH,
  INDEX,
  INGEST_RUN,
  SENSITIVE_FIELD,
  AUDIT;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static EntityType fromWire(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
