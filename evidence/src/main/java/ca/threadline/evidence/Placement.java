package ca.threadline.evidence;

import ca.threadline.evidence.store.StagedFile;

/** A staged file and where committing puts it. */
public sealed interface Placement {
  StagedFile staged();

  /** Into the content-addressed blob store under its SHA-256. */
  record ToBlob(StagedFile staged) implements Placement {}

  /** To a fixed path under the home (a WARC file Threadline wrote), relative to the home. */
  record ToPath(StagedFile staged, String path) implements Placement {}
}
