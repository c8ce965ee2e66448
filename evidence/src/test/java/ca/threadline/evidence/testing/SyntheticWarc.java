package ca.threadline.evidence.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** WARC records written by hand the way wget writes them (SHA-1 digests in base32), for tests. */
public final class SyntheticWarc {
  private SyntheticWarc() {}

  /** A response record with its HTTP header, preceded by its request record (numbered {@code 2n+1}, {@code 2n+2}). */
  public static byte[] exchange(String url, String contentType, byte[] payload, long n) throws Exception {
    byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + payload.length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII), payload);
    return concat(record("request", "application/http;msgtype=request", url, "GET / HTTP/1.1\r\nHost: ads.example.test\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
        false, 0, 2 * n + 1), record("response", "application/http;msgtype=response", url, http, true, payload.length, 2 * n + 2));
  }

  public static byte[] record(String type, String contentType, String target, byte[] block, boolean payloadDigest, int payloadLength, long serial) throws Exception {
    StringBuilder h = new StringBuilder("WARC/1.0\r\n");
    h.append("WARC-Type: ").append(type).append("\r\n");
    h.append("WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-").append(String.format("%012d", serial)).append(">\r\n");
    h.append("WARC-Date: 2026-03-01T00:00:00Z\r\n");
    if (target != null) {
      h.append("WARC-Target-URI: ").append(target).append("\r\n");
    }
    h.append("WARC-Block-Digest: sha1:").append(base32(java.security.MessageDigest.getInstance("SHA-1").digest(block))).append("\r\n");
    if (payloadDigest) {
      byte[] payload = Arrays.copyOfRange(block, block.length - payloadLength, block.length);
      h.append("WARC-Payload-Digest: sha1:").append(base32(java.security.MessageDigest.getInstance("SHA-1").digest(payload))).append("\r\n");
    }
    h.append("Content-Type: ").append(contentType).append("\r\n");
    h.append("Content-Length: ").append(block.length).append("\r\n\r\n");
    return concat(concat(h.toString().getBytes(StandardCharsets.US_ASCII), block), "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /** One gzip member per record, as wget writes a .warc.gz (records split at their "WARC/1.0" line). */
  public static byte[] gzipPerRecord(byte[] warc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String s = new String(warc, StandardCharsets.ISO_8859_1);
    int at = 0;
    while (at < s.length()) {
      int next = s.indexOf("\r\n\r\nWARC/1.0\r\n", at);
      int end = next < 0 ? s.length() : next + 4;
      ByteArrayOutputStream member = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
        gz.write(warc, at, end - at);
      }
      out.writeBytes(member.toByteArray());
      at = end;
    }
    return out.toByteArray();
  }

  public static byte[] concat(byte[] a, byte[] b) {
    byte[] o = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, o, a.length, b.length);
    return o;
  }

  public static String base32(byte[] b) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    StringBuilder s = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte x : b) {
      buffer = (buffer << 8) | (x & 0xff);
      bits += 8;
      while (bits >= 5) {
        s.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      s.append(alphabet.charAt((buffer << (5 - bits)) & 31));
    }
    return s.toString();
  }
}
