package ca.threadline.evidence.ingest;

import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.store.Hex;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import org.netpreserve.jwarc.WarcDigest;

/**
 * The checks of the digests a WARC record declares ({@code WARC-Block-Digest},
 * {@code WARC-Payload-Digest}), recomputed in the algorithm each names (wget writes base32 SHA-1);
 * a mismatch is a finding of the act, the evidence is kept.
 */
final class DeclaredDigests {
  private DeclaredDigests() {}

  /**
   * @param sameBytesDigest the block digest just computed when the payload is the whole block (in
   *     the block digest's algorithm), else null
   */
  static void checkPayloadDigest(Acquisition acq, WarcIngest.Facts f, ObjectNode meta, String sha256, byte[] payload, int off, int len, byte[] block, String where,
      byte[] sameBytesDigest) {
    if (f.payloadDigest().isEmpty()) {
      return;
    }
    WarcDigest declared = f.payloadDigest().get();
    byte[] computed;
    if (isSha256(declared)) {
      computed = Hex.parse(sha256);
    } else if (sameBytesDigest != null && f.blockDigest().isPresent() && algorithm(f.blockDigest().get()).equals(algorithm(declared))) {
      computed = sameBytesDigest;
    } else {
      MessageDigest md = digester(f.payloadDigest(), meta);
      if (md == null) {
        return;
      }
      md.update(payload, off, len);
      computed = md.digest();
    }
    ObjectNode d = meta.putObject("declared_payload_digest");
    d.put("value", declared.toString());
    boolean ok = Arrays.equals(computed, declaredBytes(declared));
    if (!ok && meta.has("transfer_encoding")) {
      // wget (1.21) digests the entity as transferred, chunk framing included; ISO 28500 says the
      // payload is without transfer coding. Accept either, and say which one the digest covers.
      MessageDigest md = digester(f.payloadDigest(), meta);
      int body = bodyStart(block);
      if (md != null && body >= 0) {
        md.update(block, body, block.length - body);
        if (Arrays.equals(md.digest(), declaredBytes(declared))) {
          ok = true;
          d.put("covers", "the entity with its transfer coding (as wget writes it), not the decoded payload");
        }
      }
    }
    d.put("matches", ok);
    if (!ok) {
      acq.issue(Acquisition.InputIssue.finding(where, "WARC-Payload-Digest " + declared + " does not match the payload (" + algorithm(declared) + " " + Hex.of(computed) + ")"));
    }
  }
  /**
   * Checks the declared block digest, if any; returns the digest it computed (null when none was
   * declared or its algorithm is unknown).
   *
   * @param sha256 the SHA-256 of the block when already known, else null
   */
  static byte[] checkBlockDigest(Acquisition acq, WarcIngest.Facts f, byte[] block, int length, String where, String sha256) {
    if (f.blockDigest().isEmpty()) {
      return null;
    }
    WarcDigest declared = f.blockDigest().get();
    byte[] computed;
    if (sha256 != null && isSha256(declared)) {
      computed = Hex.parse(sha256);
    } else {
      MessageDigest md;
      try {
        md = declared.getDigester();
      } catch (java.security.NoSuchAlgorithmException | RuntimeException e) {
        return null;
      }
      md.update(block, 0, length);
      computed = md.digest();
    }
    if (!Arrays.equals(computed, declaredBytes(declared))) {
      acq.issue(Acquisition.InputIssue.finding(where, "WARC-Block-Digest " + declared + " does not match the record's block"));
    }
    return computed;
  }
  /** Where the HTTP entity starts: after the first blank line (CRLF CRLF), or -1. */
  static int bodyStart(byte[] b) {
    for (int i = 3; i < b.length; i++) {
      if (b[i] == '\n' && b[i - 1] == '\r' && b[i - 2] == '\n' && b[i - 3] == '\r') {
        return i + 1;
      }
    }
    return -1;
  }
  static MessageDigest digester(Optional<WarcDigest> declared, ObjectNode meta) {
    if (declared.isEmpty() || isSha256(declared.get())) {
      return null;
    }
    try {
      return declared.get().getDigester();
    } catch (java.security.NoSuchAlgorithmException | RuntimeException e) {
      meta.put("payload_digest_note", "declared digest algorithm " + algorithm(declared.get()) + " is unknown; not checked");
      return null;
    }
  }
  static boolean isSha256(WarcDigest d) {
    return "sha256".equals(algorithm(d));
  }
  static String algorithm(WarcDigest d) {
    try {
      return d.algorithm();
    } catch (RuntimeException e) {
      return "unknown";
    }
  }
  static byte[] declaredBytes(WarcDigest d) {
    try {
      return d.bytes();
    } catch (RuntimeException e) {
      return new byte[0];
    }
  }}
