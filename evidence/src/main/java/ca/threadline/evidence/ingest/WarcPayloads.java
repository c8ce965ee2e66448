package ca.threadline.evidence.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ReadableByteChannel;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The one definition of "a WARC record's item bytes", shared by import and verify so that both
 * read the same bytes: for a {@code response} holding an HTTP message, the HTTP entity body with
 * its transfer coding removed (ISO 28500's payload); for any other content record, its block.
 */
public final class WarcPayloads {
  private WarcPayloads() {}

  /** A reader configured the same way for import and verify (lenient parsing). */
  public static WarcReader reader(ReadableByteChannel channel) throws IOException {
    WarcReader reader = new WarcReader(channel);
    reader.setLenient(true);
    return reader;
  }

  public static boolean carriesItem(WarcRecord r) {
    String t = r.type();
    return t.equals("response") || t.equals("resource") || t.equals("conversion");
  }

  public static boolean isHttpResponse(WarcRecord r) {
    return r.type().equals("response") && r.contentType().base().equals(MediaType.HTTP);
  }

  /** Reads forward to the {@code index}-th record (from 0), or empty if the file has fewer. */
  public static java.util.Optional<WarcRecord> nth(WarcReader reader, long index) throws IOException {
    java.util.Optional<WarcRecord> r = java.util.Optional.empty();
    for (long i = 0; i <= index; i++) {
      r = reader.next();
      if (r.isEmpty()) {
        return r;
      }
    }
    return r;
  }

  public static InputStream payload(WarcRecord r) throws IOException {
    if (isHttpResponse(r)) {
      return ((WarcResponse) r).http().body().stream();
    }
    return r.body().stream();
  }
}
