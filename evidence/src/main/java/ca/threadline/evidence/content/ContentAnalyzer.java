package ca.threadline.evidence.content;

import ca.threadline.evidence.json.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads an item's bytes by what they are (see {@link MediaSniffer}): images for their EXIF
 * metadata, PDFs and HTML for their text, text files decoded. Every parser runs under
 * {@link Guard}; a failure is recorded as the analysis' problem and never loses the bytes.
 */
public final class ContentAnalyzer {
  /** Bytes analysed at most; larger items are stored and hashed but not read. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;
  /** Characters of text kept for extraction. */
  public static final int MAX_TEXT = 8 * 1024 * 1024;

  private final long timeoutMillis;
  private final boolean textsInContainers;
  private final java.util.concurrent.ExecutorService guarded = Guard.threads();

  public ContentAnalyzer(long timeoutMillis) {
    this(timeoutMillis, true);
  }

  /**
   * @param textsInContainers false to leave the text of items found inside a container (a page in a
   *     WARC or HAR) unread: {@code import --defer-extract}, whose texts are read later from the
   *     stored file by the same code. Their media type is still sniffed and images still read.
   */
  public ContentAnalyzer(long timeoutMillis, boolean textsInContainers) {
    this.timeoutMillis = timeoutMillis;
    this.textsInContainers = textsInContainers;
  }

  /** Whether texts of items inside containers are read (see the constructor). */
  public boolean readsTextsInContainers() {
    return textsInContainers;
  }

  public ContentAnalyzer() {
    this(30_000);
  }

  public Analysis analyze(byte[] bytes, String declaredType, String name, String baseUri) {
    return analyze(bytes, 0, bytes.length, declaredType, name, baseUri);
  }

  /** Analyses {@code len} bytes of {@code bytes} from {@code off} (a payload inside a record's block). */
  public Analysis analyze(byte[] bytes, int off, int len, String declaredType, String name, String baseUri) {
    return analyze(bytes, off, len, declaredType, name, baseUri, true);
  }

  /** As above; with {@code readText} false, an item whose content is text (HTML, PDF, text) is only sniffed. */
  public Analysis analyze(byte[] bytes, int off, int len, String declaredType, String name, String baseUri, boolean readText) {
    String type = MediaSniffer.sniff(bytes, off, len, declaredType, name);
    ObjectNode meta = Json.object();
    if (!readText && !MediaSniffer.isImage(type)) {
      // the kind analysing it would give
      String kind = type.equals("application/pdf") ? "pdf" : type.equals("text/html") ? "html"
          : type.startsWith("text/") || type.equals("application/json") ? "text" : "file";
      return new Analysis(type, kind, null, meta, null);
    }
    try {
      if (MediaSniffer.isImage(type)) {
        ObjectNode exif = Guard.run(guarded, "image metadata of " + name, timeoutMillis, () -> ImageMetadata.read(bytes, off, len));
        if (!exif.isEmpty()) {
          meta.set("image", exif);
        }
        return new Analysis(type, "image", null, meta, null);
      }
      if (type.equals("application/pdf")) {
        PdfText.Extracted x = Guard.run(guarded, "PDF text of " + name, timeoutMillis, () -> PdfText.extract(bytes, off, len));
        meta.put("pages", x.pages());
        if (x.encrypted()) {
          meta.put("encrypted", true);
        }
        return new Analysis(type, "pdf", cap(x.text()), meta, null);
      }
      if (type.equals("text/html")) {
        String charset = HtmlText.charsetOf(declaredType);
        // Guarded like the other third-party parsers: jsoup is not linear on hostile input (found
        // by fuzzing: one 340 KB tag name made of '{"a":' costs 229 MB of allocation and a second,
        // growing with the square of its length), so a page gets a time limit too.
        HtmlText.Extracted x = Guard.run(guarded, "HTML text of " + name, timeoutMillis, () -> HtmlText.extract(bytes, off, len, charset, baseUri));
        if (!x.title().isBlank()) {
          meta.put("title", x.title().length() > 500 ? x.title().substring(0, 500) : x.title());
        }
        return new Analysis(type, "html", cap(x.text()), meta, null);
      }
      if (type.startsWith("text/") || type.equals("application/json")) {
        PlainText.Decoded d = PlainText.decode(bytes, off, len);
        meta.put("charset", d.charset());
        return new Analysis(type, "text", cap(d.text()), meta, null);
      }
      return new Analysis(type, "file", null, meta, null);
    } catch (Guard.Failure f) {
      String kind = MediaSniffer.isImage(type) ? "image" : type.equals("application/pdf") ? "pdf" : type.equals("text/html") ? "html" : "file";
      return new Analysis(type, kind, null, meta, f.getMessage());
    }
  }

  private static String cap(String s) {
    return s == null || s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
  }

  /** The kind an item of this media type gets when it is too large to analyse. */
  public static String kindOf(String mediaType) {
    if (MediaSniffer.isImage(mediaType)) {
      return "image";
    }
    return switch (mediaType == null ? "" : mediaType) {
      case "application/pdf" -> "pdf";
      case "text/html" -> "html";
      default -> mediaType != null && mediaType.startsWith("text/") ? "text" : "file";
    };
  }
}
