package ca.threadline.chain.importer;

/** Receives progress of a chain import (for the command's stderr). */
public interface ImportListener {
  /** {@code phase} is "scan", "apply", "derive", "rollback" or "repair". */
  void progress(String phase, long done, long total);

  default void warning(String message) {}

  ImportListener NONE = (p, d, t) -> {};
}
