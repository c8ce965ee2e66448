package ca.threadline.evidence.custody;

import ca.threadline.evidence.json.CanonicalJson;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.Hex;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Base64;

/**
 * The commit point of the custody log ({@code custody/HEAD.json}), replaced atomically and signed
 * with the installation key. It says how many bytes of {@code log.jsonl} and
 * {@code checkpoints.jsonl} are committed; bytes beyond are an interrupted act's leftovers when
 * {@code pending} is set (rolled back by the next writer) and an unexplained addition otherwise.
 *
 * <p>Protocol of one commit: HEAD(pending) → new blobs and WARC files renamed into place → log
 * lines appended and forced → checkpoint line appended and forced → HEAD(committed, not pending).
 */
public record Head(long logBytes, long entries, long checkpointBytes, long checkpoints, byte[] root, String lastCheckpoint, boolean pending, Instant time, String keyId, byte[] signature) {

  public static Head empty(String keyId) {
    return new Head(0, 0, 0, 0, MerkleTree.emptyRoot(), "", false, Instant.EPOCH, keyId, new byte[0]);
  }

  /** The same commit point, marked pending (or not) at {@code time}. */
  public Head pending(boolean p, Instant t) {
    return new Head(logBytes, entries, checkpointBytes, checkpoints, root, lastCheckpoint, p, t, keyId, new byte[0]);
  }

  ObjectNode unsigned() {
    ObjectNode o = Json.object();
    o.put("v", 1);
    o.put("log_bytes", logBytes);
    o.put("entries", entries);
    o.put("checkpoint_bytes", checkpointBytes);
    o.put("checkpoints", checkpoints);
    o.put("root", Hex.of(root));
    o.put("last_checkpoint_sha256", lastCheckpoint);
    o.put("pending", pending);
    o.put("time", time.toString());
    o.put("key", keyId);
    return o;
  }

  public byte[] signedBytes() {
    return CanonicalJson.bytes(unsigned());
  }

  public Head signedWith(InstallationKey key) {
    Head h = new Head(logBytes, entries, checkpointBytes, checkpoints, root, lastCheckpoint, pending, time, key.keyId(), new byte[0]);
    return new Head(logBytes, entries, checkpointBytes, checkpoints, root, lastCheckpoint, pending, time, key.keyId(), key.sign(h.signedBytes()));
  }

  public byte[] toBytes() {
    ObjectNode o = unsigned();
    o.put("sig", Base64.getEncoder().encodeToString(signature));
    byte[] b = CanonicalJson.bytes(o);
    byte[] withNl = java.util.Arrays.copyOf(b, b.length + 1);
    withNl[b.length] = '\n';
    return withNl;
  }

  public static Head parse(byte[] bytes) throws java.io.IOException {
    JsonNode o = Json.parse(bytes);
    try {
      return new Head(
          o.get("log_bytes").longValue(),
          o.get("entries").longValue(),
          o.get("checkpoint_bytes").longValue(),
          o.get("checkpoints").longValue(),
          Hex.parse(o.get("root").textValue()),
          o.get("last_checkpoint_sha256").textValue(),
          o.get("pending").booleanValue(),
          Instant.parse(o.get("time").textValue()),
          o.get("key").textValue(),
          Base64.getDecoder().decode(o.get("sig").textValue()));
    } catch (RuntimeException e) {
      throw new java.io.IOException("malformed HEAD: " + e.getMessage(), e);
    }
  }
}
