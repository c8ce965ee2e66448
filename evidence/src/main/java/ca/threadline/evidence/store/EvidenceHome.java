package ca.threadline.evidence.store;

import java.nio.file.Path;

/**
 * The evidence part of a data home (ARCHITECTURE.md, "Data home"):
 *
 * <pre>
 *   blobs/ab/cd/&lt;sha256&gt;      original bytes, content-addressed, write-once, read-only
 *   warc/&lt;case&gt;/*.warc.gz      captures written by Threadline
 *   custody/log.jsonl          the custody log: one canonical JSON entry per line (Merkle leaves)
 *   custody/checkpoints.jsonl  signed checkpoints (tree size, root, time, RFC 3161 token)
 *   custody/HEAD.json          the signed commit point: what of the two files above is committed
 *   custody/rolled-back/       bytes an interrupted act left behind, moved aside on recovery
 *   keys/                      installation Ed25519 key; trusted TSA certificate
 *   config/evidence.json       operator name, timestamp authority
 *   derived/                   data computed from evidence (never evidence itself)
 *   tmp/                       work files; never evidence, emptied by every writer
 * </pre>
 */
public record EvidenceHome(Path root) {
  public EvidenceHome {
    root = root.toAbsolutePath().normalize();
  }

  public Path blobs() {
    return root.resolve("blobs");
  }

  public Path warc() {
    return root.resolve("warc");
  }

  public Path custody() {
    return root.resolve("custody");
  }

  public Path log() {
    return custody().resolve("log.jsonl");
  }

  public Path checkpoints() {
    return custody().resolve("checkpoints.jsonl");
  }

  public Path head() {
    return custody().resolve("HEAD.json");
  }

  public Path lockFile() {
    return custody().resolve("lock");
  }

  public Path rolledBack() {
    return custody().resolve("rolled-back");
  }

  public Path keys() {
    return root.resolve("keys");
  }

  public Path config() {
    return root.resolve("config").resolve("evidence.json");
  }

  public Path derived() {
    return root.resolve("derived");
  }

  public Path tmp() {
    return root.resolve("tmp");
  }

  /** A path relative to the home, written with '/' whatever the platform (as stored in the log). */
  public String relative(Path p) {
    return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /** Resolves a relative path read from the log, refusing anything that leaves the home. */
  public Path resolve(String relative) {
    Path p = root.resolve(relative).normalize();
    if (!p.startsWith(root) || p.equals(root)) {
      throw new IllegalArgumentException("path leaves the data home: " + relative);
    }
    return p;
  }
}
