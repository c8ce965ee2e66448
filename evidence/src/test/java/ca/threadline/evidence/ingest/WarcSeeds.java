package ca.threadline.evidence.ingest;

import static ca.threadline.evidence.testing.SyntheticWarc.base32;
import static ca.threadline.evidence.testing.SyntheticWarc.concat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Hand-written WARC records with declared digests, for fuzzing the digest checks. */
final class WarcSeeds {
  private WarcSeeds() {}

  /** A warcinfo, a response with sha256 payload and block digests, a request and a resource with a sha1 digest. */
  static byte[] withDigests() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    record("warcinfo", "application/warc-fields", null, "software: threadline-fuzz\r\nformat: WARC 1.1\r\n".getBytes(StandardCharsets.US_ASCII), null, out);
    byte[] payload = "<html><p>Texto 416-555-0133</p></html>".getBytes(StandardCharsets.UTF_8);
    byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + payload.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), payload);
    record("response", "application/http;msgtype=response", "http://x.test/a", http, "sha256:" + hex(MessageDigest.getInstance("SHA-256").digest(payload)), out);
    record("request", "application/http;msgtype=request", "http://x.test/a", "GET /a HTTP/1.1\r\nHost: x.test\r\n\r\n".getBytes(StandardCharsets.US_ASCII), null, out);
    byte[] res = "plain resource 905-555-0144".getBytes(StandardCharsets.UTF_8);
    record("resource", "text/plain", "http://x.test/r.txt", res, "sha1:" + base32(MessageDigest.getInstance("SHA-1").digest(res)), out);
    return out.toByteArray();
  }

  private static void record(String type, String contentType, String target, byte[] block, String payloadDigest, ByteArrayOutputStream out) throws Exception {
    StringBuilder h = new StringBuilder("WARC/1.1\r\n");
    h.append("WARC-Type: ").append(type).append("\r\n");
    h.append("WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-").append(String.format("%012d", out.size())).append(">\r\n");
    h.append("WARC-Date: 2026-01-01T00:00:00Z\r\n");
    if (target != null) {
      h.append("WARC-Target-URI: ").append(target).append("\r\n");
      h.append("WARC-IP-Address: 192.0.2.7\r\n");
    }
    h.append("WARC-Block-Digest: sha256:").append(hex(MessageDigest.getInstance("SHA-256").digest(block))).append("\r\n");
    if (payloadDigest != null) {
      h.append("WARC-Payload-Digest: ").append(payloadDigest).append("\r\n");
    }
    h.append("Content-Type: ").append(contentType).append("\r\n");
    h.append("Content-Length: ").append(block.length).append("\r\n\r\n");
    out.writeBytes(h.toString().getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(block);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static String hex(byte[] b) {
    return java.util.HexFormat.of().formatHex(b);
  }
}
