package ca.threadline.evidence.ingest;

import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.content.ContentAnalyzer;
import ca.threadline.evidence.content.Guard;
import ca.threadline.evidence.item.ItemIds;
import ca.threadline.evidence.item.Location;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.Hex;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads a WARC or WARC.gz (ISO 28500; as written by wget, Heritrix, Browsertrix, Threadline) that
 * is already staged, and prepares one item per record that carries content: {@code response}
 * (its HTTP payload), {@code resource} and {@code conversion} (their block). Each record's declared
 * {@code WARC-Payload-Digest} and {@code WARC-Block-Digest} are recomputed in the algorithm they
 * name (wget writes base32 SHA-1) and a mismatch is reported as a finding.
 *
 * <p>A record that cannot be parsed ends the reading (a WARC has no reliable resynchronisation
 * point): the records before it are kept, the defect is reported with its byte offset.
 */
final class WarcIngest {
  private WarcIngest() {}

  static void read(IngestContext ctx, Acquisition acq, Path staged, String containerFile, String containerId, String provenance, long timeoutMillis) {
    try {
      Guard.run("reading WARC records", timeoutMillis, () -> {
        readRecords(ctx, acq, staged, containerFile, containerId, provenance);
        return null;
      });
    } catch (Guard.Failure f) {
      acq.issue(Acquisition.InputIssue.bad("WARC", f.getMessage()));
    }
  }

  private static void readRecords(IngestContext ctx, Acquisition acq, Path staged, String containerFile, String containerId, String provenance) throws IOException {
    int records = 0;
    try (WarcReader reader = WarcPayloads.reader(FileChannel.open(staged, StandardOpenOption.READ))) {
      long[] at = {0};
      reader.onWarning(w -> acq.issue(Acquisition.InputIssue.finding("record at byte " + at[0], "WARC: " + w)));
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          acq.issue(Acquisition.InputIssue.bad("record after byte " + at[0], "not a valid WARC record: " + message(e)));
          return;
        }
        if (next.isEmpty()) {
          break;
        }
        WarcRecord r = next.get();
        long index = records++;
        long offset = reader.position();
        at[0] = offset;
        try {
          record(ctx, acq, r, index, offset, staged, containerFile, containerId, provenance);
        } catch (IOException | RuntimeException e) {
          acq.issue(Acquisition.InputIssue.bad("record at byte " + offset, "unreadable " + r.type() + " record: " + message(e)));
          return;
        }
      }
    }
    if (records == 0) {
      acq.issue(Acquisition.InputIssue.bad("WARC", "no WARC records found"));
    }
    acq.details().withObject("input").put("records", records);
  }

  private static void record(IngestContext ctx, Acquisition acq, WarcRecord r, long index, long offset, Path staged, String containerFile, String containerId, String provenance) throws IOException {
    String type = r.type();
    if (!WarcPayloads.carriesItem(r)) {
      checkBlockDigest(acq, r, offset);
      return;
    }
    WarcTargetRecord t = (WarcTargetRecord) r;
    ObjectNode meta = Json.object();
    meta.put("warc_type", type);
    meta.put("warc_record_id", r.id().toString());
    if (r.headers().first("WARC-Truncated").isPresent()) {
      meta.put("truncated", r.headers().first("WARC-Truncated").get());
    }
    if (t instanceof WarcCaptureRecord c) {
      c.ipAddress().ifPresent(ip -> meta.put("ip", ip.getHostAddress()));
    }
    Optional<WarcDigest> declared = t.payloadDigest();
    MessageDigest other = null;
    if (declared.isPresent()) {
      try {
        other = declared.get().getDigester();
      } catch (java.security.NoSuchAlgorithmException e) {
        meta.put("payload_digest_note", "declared digest algorithm " + declared.get().algorithm() + " is unknown; not checked");
      }
    }
    String contentType = null;
    if (WarcPayloads.isHttpResponse(r)) {
      HttpResponse h = ((WarcResponse) r).http();
      meta.put("http_status", h.status());
      contentType = h.headers().first("Content-Type").orElse(null);
      if (h.headers().first("Transfer-Encoding").isPresent()) {
        meta.put("transfer_encoding", h.headers().first("Transfer-Encoding").get());
      }
      if (h.headers().first("Content-Encoding").isPresent()) {
        meta.put("content_encoding", h.headers().first("Content-Encoding").get());
      }
    } else {
      contentType = r.contentType().toString();
    }
    PayloadReader.Payload p = PayloadReader.read(WarcPayloads.payload(r), other, ContentAnalyzer.MAX_BYTES);
    if (declared.isPresent() && p.other() != null) {
      ObjectNode d = meta.putObject("declared_payload_digest");
      d.put("value", declared.get().toString());
      boolean ok = Arrays.equals(p.other(), declaredBytes(declared.get()));
      if (!ok && meta.has("transfer_encoding")) {
        // wget (1.21) digests the entity as transferred, chunk framing included; ISO 28500 says the
        // payload is without transfer coding. Accept either, and say which one the digest covers.
        byte[] raw = rawEntityDigest(staged, index, declared.get());
        if (raw != null && Arrays.equals(raw, declaredBytes(declared.get()))) {
          ok = true;
          d.put("covers", "the entity with its transfer coding (as wget writes it), not the decoded payload");
        }
      }
      d.put("matches", ok);
      if (!ok) {
        acq.issue(Acquisition.InputIssue.finding("record at byte " + offset, "WARC-Payload-Digest " + declared.get() + " does not match the payload (" + declared.get().algorithm() + " " + Hex.of(p.other()) + ")"));
      }
    }
    r.body().consume();
    checkBlockDigest(acq, r, offset);
    String kind = type.equals("response") ? "http-response" : "warc-" + type;
    String target = t.target();
    String id = ItemIds.of(ctx.caseName().value(), provenance + "#record=" + index, p.sha256());
    ItemMaker.Found f =
        new ItemMaker.Found(
            id, p.sha256(), p.size(), kind, contentType, target, target, p.head(), p.complete(), target, r.date().toString(),
            new Location.WarcRecord(containerFile, index, offset), containerId, meta, "record " + index + " at byte " + offset);
    ItemMaker.make(ctx, acq, f, false);
  }

  /** The digest of a response record's HTTP entity as stored (after the HTTP header, transfer coding kept). */
  private static byte[] rawEntityDigest(Path staged, long index, WarcDigest declared) {
    try (WarcReader reader = WarcPayloads.reader(FileChannel.open(staged, StandardOpenOption.READ))) {
      Optional<WarcRecord> r = WarcPayloads.nth(reader, index);
      if (r.isEmpty()) {
        return null;
      }
      MessageDigest md = declared.getDigester();
      java.io.InputStream in = new java.io.BufferedInputStream(r.get().body().stream(), 1 << 16);
      int state = 0;
      for (int b; (b = in.read()) >= 0; ) {
        if (state == 4) {
          md.update((byte) b);
          continue;
        }
        state = switch (state) {
          case 0 -> b == '\r' ? 1 : 0;
          case 1 -> b == '\n' ? 2 : 0;
          case 2 -> b == '\r' ? 3 : 0;
          case 3 -> b == '\n' ? 4 : 0;
          default -> 0;
        };
      }
      return md.digest();
    } catch (IOException | RuntimeException | java.security.NoSuchAlgorithmException e) {
      return null;
    }
  }

  private static void checkBlockDigest(Acquisition acq, WarcRecord r, long offset) throws IOException {
    Optional<WarcDigest> declared = r.blockDigest();
    if (declared.isEmpty()) {
      return;
    }
    r.body().consume();
    Optional<WarcDigest> computed = r.calculatedBlockDigest();
    if (computed.isPresent() && !Arrays.equals(computed.get().bytes(), declaredBytes(declared.get()))) {
      acq.issue(Acquisition.InputIssue.finding("record at byte " + offset, "WARC-Block-Digest " + declared.get() + " does not match the record's block"));
    }
  }

  private static byte[] declaredBytes(WarcDigest d) {
    try {
      return d.bytes();
    } catch (RuntimeException e) {
      return new byte[0];
    }
  }

  static String message(Throwable e) {
    String m = e.getMessage();
    if (m == null) {
      return e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl);
    return m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }
}
