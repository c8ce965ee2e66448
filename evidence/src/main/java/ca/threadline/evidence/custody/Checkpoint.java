package ca.threadline.evidence.custody;

import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.Hex;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * A signed statement "the custody log of installation {@code keyId} had {@code size} entries with
 * Merkle root {@code root} at {@code time}". The signature (Ed25519) and the optional RFC 3161
 * token both cover exactly {@link #signedText()}, a small text file a person can hand to openssl.
 *
 * @param seq the checkpoint's position in {@code checkpoints.jsonl}
 * @param tsr the DER TimeStampResp from the configured authority over {@code SHA-256(signedText)}, or null
 * @param tsa the authority's URL when one was asked
 * @param tsaError why no token was obtained, when the authority was asked but failed
 * @param prev hex SHA-256 of the previous checkpoint's line, or null for the first: the lines form a
 *     hash chain whose head HEAD signs, so that no byte of any line (the token and the authority's
 *     URL included, which the signature does not cover) can change unnoticed
 */
public record Checkpoint(
    long seq, long size, byte[] root, Instant time, String keyId, byte[] signature, byte[] tsr, String tsa, String tsaError, String prev) {

  /** The exact bytes that are signed and timestamped. */
  public byte[] signedText() {
    return signedText(seq, size, root, time, keyId);
  }

  public static byte[] signedText(long seq, long size, byte[] root, Instant time, String keyId) {
    String text =
        "threadline custody checkpoint v1\n"
            + "key " + keyId + "\n"
            + "checkpoint " + seq + "\n"
            + "size " + size + "\n"
            + "root " + Hex.of(root) + "\n"
            + "time " + time + "\n";
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  public ObjectNode toJson() {
    ObjectNode o = Json.object();
    o.put("seq", seq);
    o.put("size", size);
    o.put("root", Hex.of(root));
    o.put("time", time.toString());
    o.put("key", keyId);
    o.put("sig", Base64.getEncoder().encodeToString(signature));
    if (tsr != null) {
      o.put("tsr", Base64.getEncoder().encodeToString(tsr));
    }
    if (tsa != null) {
      o.put("tsa", tsa);
    }
    if (tsaError != null) {
      o.put("tsa_error", tsaError);
    }
    if (prev != null) {
      o.put("prev", prev);
    }
    return o;
  }

  /** Parses a checkpoint line; throws {@link IllegalArgumentException} naming what is wrong. */
  public static Checkpoint fromJson(JsonNode o) {
    try {
      long seq = required(o, "seq").longValue();
      long size = required(o, "size").longValue();
      byte[] root = Hex.parse(required(o, "root").textValue());
      if (root.length != 32) {
        throw new IllegalArgumentException("root is not 32 bytes");
      }
      Instant time = Instant.parse(required(o, "time").textValue());
      String key = required(o, "key").textValue();
      byte[] sig = Base64.getDecoder().decode(required(o, "sig").textValue());
      byte[] tsr = o.hasNonNull("tsr") ? Base64.getDecoder().decode(o.get("tsr").textValue()) : null;
      return new Checkpoint(seq, size, root, time, key, sig, tsr, Json.text(o, "tsa"), Json.text(o, "tsa_error"), Json.text(o, "prev"));
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalArgumentException("malformed checkpoint: " + e.getMessage(), e);
    }
  }

  private static JsonNode required(JsonNode o, String f) {
    JsonNode v = o.get(f);
    if (v == null || v.isNull() || (!v.isTextual() && !v.isIntegralNumber())) {
      throw new IllegalArgumentException("checkpoint lacks \"" + f + "\"");
    }
    return v;
  }
}
