package ca.threadline.evidence.ingest;

import ca.threadline.evidence.store.Digests;
import ca.threadline.evidence.store.Hex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * Reads a payload stream once: its SHA-256, its length, optionally a second digest in another
 * algorithm (to check a digest the input declares), and its first {@code keep} bytes (for content
 * analysis). Memory is bounded by {@code keep} whatever the stream's declared or real length.
 */
final class PayloadReader {
  record Payload(String sha256, long size, byte[] other, byte[] head, boolean complete) {}

  private PayloadReader() {}

  static Payload read(InputStream in, MessageDigest other, int keep) throws IOException {
    MessageDigest sha = Digests.sha256();
    ByteArrayOutputStream head = new ByteArrayOutputStream(Math.min(keep, 1 << 16));
    byte[] buf = new byte[1 << 16];
    long size = 0;
    boolean complete = true;
    for (int n; (n = in.read(buf)) >= 0; ) {
      sha.update(buf, 0, n);
      if (other != null) {
        other.update(buf, 0, n);
      }
      size += n;
      if (head.size() < keep) {
        head.write(buf, 0, Math.min(n, keep - head.size()));
      }
      if (size > keep) {
        complete = false;
      }
    }
    return new Payload(Hex.of(sha.digest()), size, other == null ? null : other.digest(), head.toByteArray(), complete);
  }
}
