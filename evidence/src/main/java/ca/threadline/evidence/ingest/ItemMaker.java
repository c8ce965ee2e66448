package ca.threadline.evidence.ingest;

import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.content.Analysis;
import ca.threadline.evidence.content.ContentAnalyzer;
import ca.threadline.evidence.content.MediaSniffer;
import ca.threadline.evidence.item.Location;
import ca.threadline.evidence.item.NewItem;
import ca.threadline.evidence.json.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns bytes found in an input into a prepared item: reads their content (when whole and small
 * enough), records what was read, hands their text on, and records any reading problem with the
 * item and the act. A problem reading content never drops the bytes.
 */
public final class ItemMaker {
  private ItemMaker() {}

  /** Facts about one piece of bytes, before analysis. */
  public record Found(
      String id,
      String sha256,
      long size,
      String fixedKind,
      String declaredType,
      String name,
      String baseUri,
      byte[] bytes,
      boolean complete,
      String source,
      String capturedAt,
      Location location,
      String parent,
      ObjectNode meta,
      String where,
      int offset,
      int length) {
    /** Bytes that are the whole array. */
    public Found(String id, String sha256, long size, String fixedKind, String declaredType, String name, String baseUri, byte[] bytes, boolean complete,
        String source, String capturedAt, Location location, String parent, ObjectNode meta, String where) {
      this(id, sha256, size, fixedKind, declaredType, name, baseUri, bytes, complete, source, capturedAt, location, parent, meta, where, 0, bytes == null ? 0 : bytes.length);
    }
  }

  /**
   * @param contentIsInput true when the bytes are the input file itself (a PDF given to import), so
   *     that unreadable content is bad input; false for content inside a container (a page in a WARC)
   */
  public static void make(IngestContext ctx, Acquisition acq, Found f, boolean contentIsInput) {
    if (ctx.pool() == null || f.bytes() == null || !f.complete()) {
      acq.add(build(ctx, acq, f, contentIsInput));
    } else {
      acq.add(ctx.pool().submit(f.length(), () -> build(ctx, acq, f, contentIsInput)));
    }
  }

  /** Analyses (in the calling thread) and returns the item; hands its text on. */
  public static NewItem build(IngestContext ctx, Acquisition acq, Found f, boolean contentIsInput) {
    ObjectNode meta = f.meta() == null ? Json.object() : f.meta();
    String mediaType = f.declaredType() == null ? null : f.declaredType().split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
    String kind = f.fixedKind();
    String text = null;
    if (f.bytes() != null && f.complete()) {
      boolean readText = contentIsInput || ctx.analyzer().readsTextsInContainers();
      Analysis a = ctx.analyzer().analyze(f.bytes(), f.offset(), f.length(), f.declaredType(), f.name(), f.baseUri(), readText);
      mediaType = a.mediaType();
      if (kind == null) {
        kind = a.kind();
      }
      if (!a.meta().isEmpty()) {
        meta.set("content", a.meta());
      }
      if (a.problem() != null) {
        meta.put("content_problem", a.problem());
        acq.issue(contentIsInput ? Acquisition.InputIssue.bad(f.where(), a.problem()) : Acquisition.InputIssue.finding(f.where(), a.problem()));
      }
      text = a.text();
    } else if (f.bytes() != null) {
      String sniffed = MediaSniffer.sniff(f.bytes(), f.offset(), f.length(), f.declaredType(), f.name());
      mediaType = sniffed;
      if (kind == null) {
        kind = ContentAnalyzer.kindOf(sniffed);
      }
      meta.put("content_note", "larger than " + ContentAnalyzer.MAX_BYTES + " bytes: stored and hashed, not read");
    }
    if (kind == null) {
      kind = "file";
    }
    if (text != null && !text.isBlank()) {
      meta.put("text_chars", text.length());
    }
    NewItem item = new NewItem(f.id(), f.sha256(), f.size(), kind, mediaType, f.source(), f.capturedAt(), f.location(), f.parent(), meta);
    if (text != null && !text.isBlank()) {
      ctx.texts().accept(item, text);
    }
    return item;
  }
}
