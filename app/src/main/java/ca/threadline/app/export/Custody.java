package ca.threadline.app.export;

import ca.threadline.evidence.custody.Checkpoint;
import ca.threadline.evidence.custody.LogState;
import ca.threadline.evidence.store.Hex;
import java.time.Instant;

/**
 * The state of the custody log when an export was made, for the dossier's chain-of-custody
 * section: how many entries, the latest signed checkpoint (number, tree size, Merkle root, time,
 * whether an RFC 3161 authority time-stamped it) and the installation key's fingerprint.
 */
record Custody(long entries, long checkpoint, long treeSize, String root, Instant time, boolean timestamped, String keyFingerprint) {
  static Custody of(LogState s) {
    Checkpoint c = s.latestCheckpoint();
    return new Custody(s.entries().size(), c == null ? -1 : c.seq(), c == null ? 0 : c.size(), c == null ? null : Hex.of(c.root()),
        c == null ? null : c.time(), c != null && c.tsr() != null, s.key() == null ? null : s.key().fingerprint());
  }
}
