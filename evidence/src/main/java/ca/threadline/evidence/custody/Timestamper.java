package ca.threadline.evidence.custody;

import java.io.IOException;

/** Obtains an RFC 3161 time-stamp response over some bytes from a time-stamping authority. */
public interface Timestamper {
  /** Where the authority lives (recorded with each checkpoint). */
  String url();

  /** The DER-encoded TimeStampResp over {@code SHA-256(data)}, validated against the request. */
  byte[] timestamp(byte[] data) throws IOException;
}
