package ca.threadline.evidence.custody;

import ca.threadline.evidence.Problem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What {@link LogReader} found in {@code custody/}: the committed entries (index = entry number;
 * {@code null} where a line could not be parsed), the Merkle tree over the committed lines, the
 * committed checkpoints, and every problem and note.
 *
 * @param head the commit point ({@link Head#empty} for a home that never committed anything)
 * @param key the installation's public key, or null when there is none
 * @param logTail bytes of {@code log.jsonl} beyond the committed length
 * @param checkpointTail bytes of {@code checkpoints.jsonl} beyond the committed length
 * @param notes things that are not problems (an interrupted act's leftovers when HEAD is pending)
 */
public record LogState(
    Head head,
    boolean headPresent,
    InstallationKey key,
    List<ObjectNode> entries,
    MerkleTree tree,
    List<Checkpoint> checkpoints,
    long logTail,
    long checkpointTail,
    List<Problem> problems,
    List<String> notes) {

  public boolean interrupted() {
    return head.pending() || logTail > 0 || checkpointTail > 0;
  }

  public Checkpoint latestCheckpoint() {
    return checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1);
  }
}
