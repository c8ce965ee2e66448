package ca.threadline.chain.importer;

/** Receives progress of a chain import (for the command's stderr). */
public interface ImportListener {
  /** {@code phase} is "scan", "apply", "derive", "rollback" or "repair". */
  void progress(String phase, long done, long total);

  default void warning(String message) {}

  /**
   * The import passed a step boundary that matters for crash safety, so that crash tests can stop
   * the process exactly there: {@code scanned} (headers read, store untouched), {@code rolled-back}
   * (a reorganisation's roll-back committed, new branch not yet applied), {@code applied} (blocks
   * appended, derived columns not yet updated), {@code derived} (derived columns updated in place,
   * manifest not yet written), {@code committed} (manifest written, derived columns not yet marked
   * clean).
   */
  default void reached(String point) {}

  ImportListener NONE = (p, d, t) -> {};
}
