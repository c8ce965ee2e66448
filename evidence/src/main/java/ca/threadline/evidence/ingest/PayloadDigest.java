package ca.threadline.evidence.ingest;

import java.io.IOException;
import java.io.InputStream;

/** SHA-256, length and the first bytes of a payload, read once (public face of {@link PayloadReader}). */
public record PayloadDigest(String sha256, long size, byte[] head, boolean complete) {
  public static PayloadDigest of(InputStream in, int keep) throws IOException {
    PayloadReader.Payload p = PayloadReader.read(in, null, keep);
    return new PayloadDigest(p.sha256(), p.size(), p.head(), p.complete());
  }
}
