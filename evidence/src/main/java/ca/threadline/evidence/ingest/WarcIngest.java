package ca.threadline.evidence.ingest;

import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.content.ContentAnalyzer;
import ca.threadline.evidence.content.Guard;
import ca.threadline.evidence.item.ItemIds;
import ca.threadline.evidence.item.Location;
import ca.threadline.evidence.item.NewItem;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.Digests;
import ca.threadline.evidence.store.Hex;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads a WARC or WARC.gz (ISO 28500; as written by wget, Heritrix, Browsertrix, Threadline) that
 * is already staged, and prepares one item per record that carries content: {@code response}
 * (its HTTP payload), {@code resource} and {@code conversion} (their block). Each record's declared
 * {@code WARC-Payload-Digest} and {@code WARC-Block-Digest} are recomputed in the algorithm they
 * name (wget writes base32 SHA-1) and a mismatch is reported as a finding.
 *
 * <p>Work is split so that a large WARC uses every core: this thread parses records and reads each
 * block (up to {@link ContentAnalyzer#MAX_BYTES}) into memory; the analysis pool hashes it, checks
 * its digests, extracts its HTTP payload and reads its content. Larger blocks are streamed here.
 * A record that cannot be parsed ends the reading (a WARC has no reliable resynchronisation
 * point): the records before it are kept, the defect is reported with its place.
 */
final class WarcIngest {
  private WarcIngest() {}

  /** What the parser thread reads from a record's header, for the worker that reads its block. */
  record Facts(long index, long offset, String type, String recordId, String date, String target, String ip, String truncated,
      Optional<WarcDigest> payloadDigest, Optional<WarcDigest> blockDigest, boolean http, String blockType) {}

  /**
   * What the records' items point to: the WARC file's provenance ({@code import:<path>:<sha256>}),
   * its blob and its item id. Known before reading when the file was hashed first; known only at
   * its end when it is hashed while it is read ({@code Importer}'s single pass), in which case the
   * items are prepared under provisional ids and bound to it when it is known (see {@link #bound}).
   */
  record Container(String provenance, String file, String id) {}

  static void read(IngestContext ctx, Acquisition acq, Path staged, String containerFile, String containerId, String provenance, long timeoutMillis) throws IOException {
    read(ctx, acq, FileChannel.open(staged, StandardOpenOption.READ),
        java.util.concurrent.CompletableFuture.completedFuture(new Container(provenance, containerFile, containerId)), timeoutMillis);
  }

  /**
   * Reads the records from {@code channel} (closed at the end). Returns false when the reading was
   * abandoned (it took longer than its time limit): the channel may then still be in use by the
   * abandoned thread, and the caller must not read it; true otherwise, defects being reported
   * as issues of {@code acq}.
   */
  static boolean read(IngestContext ctx, Acquisition acq, java.nio.channels.ReadableByteChannel channel,
      java.util.concurrent.CompletableFuture<Container> container, long timeoutMillis) {
    try {
      Guard.run("reading WARC records", timeoutMillis, () -> {
        readRecords(ctx, acq, channel, container);
        return null;
      });
      return true;
    } catch (Guard.Failure f) {
      acq.issue(Acquisition.InputIssue.bad("WARC", f.getMessage()));
      return false;
    }
  }

  private static void readRecords(IngestContext ctx, Acquisition acq, java.nio.channels.ReadableByteChannel channel,
      java.util.concurrent.CompletableFuture<Container> container) throws IOException {
    int records = 0;
    // Decided once: either every item is prepared under the real container, or every one under
    // this reading's stand-in and bound when the real one is known.
    Container known = container.getNow(null);
    Container use = known != null ? known : new Container("provisional:" + java.util.UUID.randomUUID(), "blobs/provisional", "provisional");
    boolean late = known == null;
    WarcReader opened;
    try {
      // jwarc reads the first bytes here (to tell gzip from plain): a file cut inside them throws
      // (found by fuzzing: a 1-byte .warc.gz escaped as "reading WARC records failed: EOFException")
      opened = WarcPayloads.reader(channel);
    } catch (IOException | RuntimeException e) {
      channel.close();
      acq.issue(Acquisition.InputIssue.bad("record 0 at byte 0", "not a readable WARC file: " + message(e)));
      return;
    }
    try (WarcReader reader = opened) {
      long[] at = {0};
      reader.onWarning(w -> acq.issue(Acquisition.InputIssue.finding("record at byte " + at[0], "WARC: " + w)));
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          acq.issue(Acquisition.InputIssue.bad("record " + records + " after byte " + at[0], "not a valid WARC record: " + message(e)));
          return;
        }
        if (next.isEmpty()) {
          break;
        }
        WarcRecord r = next.get();
        long index = records++;
        long offset = reader.position();
        at[0] = offset;
        String where = "record " + index + " at byte " + offset;
        try {
          Facts f = facts(r, index, offset);
          long size = r.body().size();
          if (size <= ContentAnalyzer.MAX_BYTES) {
            byte[] block = readBlock(r.body(), (int) size);
            if (block.length < size) {
              acq.issue(Acquisition.InputIssue.bad(where, "the record is cut short: " + block.length + " of " + size + " bytes"));
              return;
            }
            if (WarcPayloads.carriesItem(r)) {
              if (ctx.pool() == null) {
                acq.add(bound(ctx, java.util.concurrent.CompletableFuture.completedFuture(inMemory(ctx, acq, f, block, use)), f, late, container));
              } else {
                acq.add(bound(ctx, ctx.pool().submit(block.length, () -> safely(ctx, acq, f, block, use)), f, late, container));
              }
            } else {
              DeclaredDigests.checkBlockDigest(acq, f, block, block.length, where, null);
            }
          } else if (WarcPayloads.carriesItem(r)) {
            acq.add(bound(ctx, java.util.concurrent.CompletableFuture.completedFuture(streamed(ctx, acq, r, f, use)), f, late, container));
          } else {
            r.body().consume();
          }
        } catch (IOException | RuntimeException e) {
          // r.type() throws when the header has no WARC-Type: read the header itself (found by fuzzing)
          String type = r.headers().first("WARC-Type").orElse(null);
          acq.issue(Acquisition.InputIssue.bad(where, type == null ? "record has no WARC-Type header" : "unreadable " + type + " record: " + message(e)));
          return;
        }
      }
    }
    if (records == 0) {
      acq.issue(Acquisition.InputIssue.bad("WARC", "no WARC records found"));
    }
    acq.details().withObject("input").put("records", records);
  }

  private static Facts facts(WarcRecord r, long index, long offset) {
    String ip = null;
    if (r instanceof WarcCaptureRecord c) {
      ip = c.ipAddress().map(java.net.InetAddress::getHostAddress).orElse(null);
    }
    Optional<WarcDigest> payload = r instanceof WarcTargetRecord t ? t.payloadDigest() : Optional.empty();
    String target = r instanceof WarcTargetRecord t ? t.target() : null;
    return new Facts(index, offset, r.type(), r.id().toString(), r.date().toString(), target, ip, r.headers().first("WARC-Truncated").orElse(null),
        payload, r.blockDigest(), WarcPayloads.isHttpResponse(r), r.contentType().toString());
  }

  /**
   * Reads a block of the declared size, growing the buffer with the bytes that actually arrive: a
   * crafted Content-Length on a short file must not cost its size in memory (found by fuzzing:
   * a 2 KB WARC claiming 60 MB allocated 60 MB).
   */
  static byte[] readBlock(MessageBody body, int size) throws IOException {
    byte[] b = new byte[Math.min(size, 1 << 20)];
    int n = 0;
    while (n < size) {
      if (n == b.length) {
        b = Arrays.copyOf(b, (int) Math.min(size, 2L * b.length));
      }
      int r = body.read(ByteBuffer.wrap(b, n, b.length - n));
      if (r < 0) {
        return Arrays.copyOf(b, n);
      }
      n += r;
    }
    return b;
  }

  private static NewItem safely(IngestContext ctx, Acquisition acq, Facts f, byte[] block, Container c) {
    try {
      return inMemory(ctx, acq, f, block, c);
    } catch (RuntimeException | StackOverflowError e) {
      acq.issue(Acquisition.InputIssue.bad("record " + f.index() + " at byte " + f.offset(), "unreadable record: " + message(e)));
      return null;
    }
  }

  /** Hashes, checks and reads a record whose block is in memory (on an analysis thread). */
  private static NewItem inMemory(IngestContext ctx, Acquisition acq, Facts f, byte[] block, Container c) {
    String where = "record " + f.index() + " at byte " + f.offset();
    // A record that is not an HTTP response has its block as its payload: its SHA-256 (the item's
    // identity) and a declared digest of either kind are then digests of the same bytes, computed
    // once per algorithm; every declared digest is still compared.
    String blockSha = f.http() ? null : Digests.sha256Hex(block, 0, block.length);
    byte[] blockDigest = DeclaredDigests.checkBlockDigest(acq, f, block, block.length, where, blockSha);
    ObjectNode meta = meta(f);
    byte[] payload;
    int payloadOffset = 0;
    int payloadLength;
    String contentType;
    if (f.http()) {
      try {
        HttpResponse h = HttpResponse.parse(new ByteArrayChannel(block, block.length));
        meta.put("http_status", h.status());
        contentType = h.headers().first("Content-Type").orElse(null);
        h.headers().first("Transfer-Encoding").ifPresent(v -> meta.put("transfer_encoding", v));
        h.headers().first("Content-Encoding").ifPresent(v -> meta.put("content_encoding", v));
        if (meta.has("transfer_encoding") && h.headers().contains("Transfer-Encoding", "chunked")) {
          try (InputStream in = h.body().stream()) {
            payload = in.readAllBytes();
          }
          payloadLength = payload.length;
        } else {
          // Not chunked: the payload is the rest of the block, as jwarc reads it; no copy needed.
          payload = block;
          payloadLength = (int) h.body().size();
          payloadOffset = block.length - payloadLength;
        }
      } catch (IOException | RuntimeException e) {
        acq.issue(Acquisition.InputIssue.bad(where, "the HTTP response in this record does not parse: " + message(e)));
        return null;
      }
    } else {
      payload = block;
      payloadLength = block.length;
      contentType = f.blockType();
    }
    String sha = blockSha != null ? blockSha : Digests.sha256Hex(payload, payloadOffset, payloadLength);
    DeclaredDigests.checkPayloadDigest(acq, f, meta, sha, payload, payloadOffset, payloadLength, block, where, blockSha != null ? blockDigest : null);
    String kind = f.type().equals("response") ? "http-response" : "warc-" + f.type();
    Container at = c;
    String id = ItemIds.of(ctx.caseName().value(), at.provenance() + "#record=" + f.index(), sha);
    ItemMaker.Found found =
        new ItemMaker.Found(id, sha, payloadLength, kind, contentType, f.target(), f.target(), payload, true, f.target(), f.date(),
            new Location.WarcRecord(at.file(), f.index(), f.offset()), at.id(), meta, where, payloadOffset, payloadLength);
    return ItemMaker.build(ctx, acq, found, false);
  }

  /** A record too large to hold: hashed as it streams past, on the parser thread. */
  private static NewItem streamed(IngestContext ctx, Acquisition acq, WarcRecord r, Facts f, Container c) throws IOException {
    String where = "record " + f.index() + " at byte " + f.offset();
    ObjectNode meta = meta(f);
    MessageDigest other = DeclaredDigests.digester(f.payloadDigest(), meta);
    String contentType = f.blockType();
    if (f.http()) {
      HttpResponse h = ((org.netpreserve.jwarc.WarcResponse) r).http();
      meta.put("http_status", h.status());
      contentType = h.headers().first("Content-Type").orElse(null);
      h.headers().first("Transfer-Encoding").ifPresent(v -> meta.put("transfer_encoding", v));
    }
    PayloadReader.Payload p = PayloadReader.read(WarcPayloads.payload(r), other, 8192);
    r.body().consume();
    if (f.payloadDigest().isPresent()) {
      byte[] computed = DeclaredDigests.isSha256(f.payloadDigest().get()) ? Hex.parse(p.sha256()) : p.other();
      if (computed != null) {
        boolean ok = Arrays.equals(computed, DeclaredDigests.declaredBytes(f.payloadDigest().get()));
        ObjectNode d = meta.putObject("declared_payload_digest");
        d.put("value", f.payloadDigest().get().toString());
        d.put("matches", ok);
        if (!ok) {
          acq.issue(Acquisition.InputIssue.finding(where, "WARC-Payload-Digest " + f.payloadDigest().get() + " does not match the payload"));
        }
      }
    }
    meta.put("block_digest_note", "record larger than " + ContentAnalyzer.MAX_BYTES + " bytes: block digest not checked");
    String kind = f.type().equals("response") ? "http-response" : "warc-" + f.type();
    Container at = c;
    String id = ItemIds.of(ctx.caseName().value(), at.provenance() + "#record=" + f.index(), p.sha256());
    ItemMaker.Found found =
        new ItemMaker.Found(id, p.sha256(), p.size(), kind, contentType, f.target(), f.target(), p.head(), false, f.target(), f.date(),
            new Location.WarcRecord(at.file(), f.index(), f.offset()), at.id(), meta, where);
    return ItemMaker.build(ctx, acq, found, false);
  }

  /**
   * The item as it is committed: when the container was known at preparation, the item itself;
   * otherwise, once the container is known, the item with its id, location and parent derived from
   * it exactly as they would have been (same provenance key, same record index and offset), its
   * text's receiver told of the new id.
   */
  private static java.util.concurrent.CompletableFuture<NewItem> bound(IngestContext ctx, java.util.concurrent.CompletableFuture<NewItem> item, Facts f,
      boolean late, java.util.concurrent.CompletableFuture<Container> container) {
    if (!late) {
      return item;
    }
    return item.thenCombine(container, (i, c) -> {
      if (i == null) {
        return null;
      }
      NewItem b = new NewItem(ItemIds.of(ctx.caseName().value(), c.provenance() + "#record=" + f.index(), i.sha256()), i.sha256(), i.size(), i.kind(), i.mediaType(),
          i.source(), i.capturedAt(), new Location.WarcRecord(c.file(), f.index(), f.offset()), c.id(), i.meta());
      if (i.meta() != null && i.meta().has("text_chars")) { // ItemMaker handed its text on (see ItemMaker.build)
        ctx.texts().rebind(i.id(), b);
      }
      return b;
    });
  }

  private static ObjectNode meta(Facts f) {
    ObjectNode meta = Json.object();
    meta.put("warc_type", f.type());
    meta.put("warc_record_id", f.recordId());
    if (f.truncated() != null) {
      meta.put("truncated", f.truncated());
    }
    if (f.ip() != null) {
      meta.put("ip", f.ip());
    }
    return meta;
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
