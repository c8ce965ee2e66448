package ca.threadline.store.access;

import java.util.Locale;

/**
 * What a person may do. As an installation role: {@code ADMIN} manages users and cases and reads
 * the whole audit log. As a role in one case: {@code ADMIN} also manages the case's members,
 * {@code INVESTIGATOR} reads and writes, {@code REVIEWER} only reads. Reading case data always
 * needs membership, whatever the installation role (need to know).
 */
public enum Role {
  ADMIN,
  INVESTIGATOR,
  REVIEWER;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role fromWire(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** May write case data (documents, notes, tags, links, alerts). */
  public boolean canWrite() {
    return this != REVIEWER;
  }
}
