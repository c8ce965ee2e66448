package ca.threadline.store.evidence;

import java.time.Instant;
import java.util.Objects;

/**
 * An evidence item of a case as {@code threadline evidence list} prints it (CONTRACTS.md §3).
 * The bytes live in the blob store and the custody log in files; the store keeps this index of
 * them so that documents, exports and dossiers can cite their exhibits.
 */
public record EvidenceRecord(String sha256, String kind, String source, Instant capturedAt, long size) {
  public EvidenceRecord {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(kind, "kind");
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: " + sha256);
    }
  }
}
