package ca.threadline.evidence.ingest;

import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.Placement;
import ca.threadline.evidence.item.ItemIds;
import ca.threadline.evidence.item.Location;
import ca.threadline.evidence.item.NewItem;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.Digests;
import ca.threadline.evidence.store.StagedFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON Lines ads ({@code {"id","text","url"?,"posted_at"?,"city"?,"images"?:[paths]}}, one
 * per line) that are already staged. Each ad is an item whose bytes are its line as received
 * (without the line end) and whose location is that byte range of the stored file; each image it
 * names (a path relative to the ads file, which must stay inside that file's folder) is imported as
 * an image item linked to the ad. A bad line is reported with its number and skipped.
 */
final class AdsIngest {
  static final int MAX_LINE = 8 * 1024 * 1024;

  private AdsIngest() {}

  static void read(IngestContext ctx, Acquisition acq, Path staged, Path original, String containerFile, String containerId, String provenance) throws IOException {
    Path baseDir = original.getParent();
    int ads = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(staged), 1 << 16)) {
      long offset = 0;
      long lineNo = 0;
      ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
      boolean over = false;
      long lineStart = 0;
      while (true) {
        int b = in.read();
        if (b < 0 || b == '\n') {
          if (b < 0 && line.size() == 0 && !over && offset == lineStart) {
            break;
          }
          lineNo++;
          if (over) {
            acq.issue(Acquisition.InputIssue.bad("line " + lineNo, "longer than " + MAX_LINE + " bytes; skipped"));
          } else {
            byte[] bytes = line.toByteArray();
            int len = bytes.length;
            if (len > 0 && bytes[len - 1] == '\r') {
              len--;
            }
            if (ad(ctx, acq, bytes, len, lineNo, lineStart, baseDir, containerFile, containerId, provenance)) {
              ads++;
            }
          }
          line.reset();
          over = false;
          if (b < 0) {
            break;
          }
          offset++;
          lineStart = offset;
          continue;
        }
        offset++;
        if (!over) {
          if (line.size() >= MAX_LINE) {
            over = true;
            line = new ByteArrayOutputStream(1024);
          } else {
            line.write(b);
          }
        }
      }
    }
    acq.details().withObject("input").put("ads", ads);
  }

  private static boolean ad(IngestContext ctx, Acquisition acq, byte[] bytes, int len, long lineNo, long offset, Path baseDir, String containerFile, String containerId, String provenance) throws IOException {
    String where = "line " + lineNo;
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, len)).toString();
    } catch (CharacterCodingException e) {
      acq.issue(Acquisition.InputIssue.bad(where, "not valid UTF-8; skipped"));
      return false;
    }
    if (text.isBlank()) {
      return false;
    }
    if (lineNo == 1 && text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    JsonNode node;
    try {
      node = Json.parse(text);
    } catch (IOException e) {
      acq.issue(Acquisition.InputIssue.bad(where, "invalid JSON: " + WarcIngest.message(e) + "; skipped"));
      return false;
    }
    if (!(node instanceof ObjectNode o)) {
      acq.issue(Acquisition.InputIssue.bad(where, "expected a JSON object; skipped"));
      return false;
    }
    String adId = scalar(o, "id");
    JsonNode t = o.get("text");
    if (adId == null) {
      acq.issue(Acquisition.InputIssue.bad(where, "missing \"id\" (a string or an integer); skipped"));
      return false;
    }
    if (t == null || !t.isTextual()) {
      acq.issue(Acquisition.InputIssue.bad(where, "missing \"text\" (a string); skipped"));
      return false;
    }
    ObjectNode meta = Json.object();
    meta.put("ad_id", adId);
    meta.put("line", lineNo);
    if (!t.textValue().isBlank()) {
      meta.put("text_chars", t.textValue().length());
    }
    for (String f : List.of("url", "posted_at", "city")) {
      JsonNode v = o.get(f);
      if (v != null && v.isTextual()) {
        meta.put(f, v.textValue());
      } else if (v != null && !v.isNull()) {
        acq.issue(Acquisition.InputIssue.bad(where, "\"" + f + "\" must be a string; ignored"));
      }
    }
    String sha = Digests.sha256Hex(bytes, 0, len);
    String id = ItemIds.of(ctx.caseName().value(), provenance + "#L" + lineNo, sha);
    NewItem ad = new NewItem(id, sha, len, "ad", "application/json", baseDir.resolve(containerName(provenance)) + "#L" + lineNo, ctx.now().toString(), new Location.Range(containerFile, offset, len), containerId, meta);
    acq.add(ad);
    ctx.texts().accept(ad, t.textValue());
    for (String image : images(acq, o, where)) {
      image(ctx, acq, image, baseDir, where, ad, provenance + "#L" + lineNo);
    }
    return true;
  }

  private static List<String> images(Acquisition acq, ObjectNode o, String where) {
    List<String> out = new ArrayList<>();
    for (String f : List.of("images", "image")) {
      JsonNode v = o.get(f);
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.isTextual()) {
        out.add(v.textValue());
      } else if (v.isArray()) {
        for (JsonNode e : v) {
          if (e.isTextual()) {
            out.add(e.textValue());
          } else {
            acq.issue(Acquisition.InputIssue.bad(where, "\"" + f + "\" holds a value that is not a path; ignored"));
          }
        }
      } else {
        acq.issue(Acquisition.InputIssue.bad(where, "\"" + f + "\" must be a path or a list of paths; ignored"));
      }
    }
    return out;
  }

  private static void image(IngestContext ctx, Acquisition acq, String rel, Path baseDir, String where, NewItem ad, String provenance) throws IOException {
    Path p;
    try {
      Path r = Path.of(rel);
      if (r.isAbsolute() || rel.isBlank()) {
        acq.issue(Acquisition.InputIssue.bad(where, "image path \"" + rel + "\" must be relative to the ads file; ignored"));
        return;
      }
      p = baseDir.resolve(r).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      acq.issue(Acquisition.InputIssue.bad(where, "image path \"" + rel + "\" is not a valid path; ignored"));
      return;
    }
    if (!p.startsWith(baseDir)) {
      acq.issue(Acquisition.InputIssue.bad(where, "image path \"" + rel + "\" leaves the ads file's folder; ignored"));
      return;
    }
    if (!Files.isRegularFile(p)) {
      acq.issue(Acquisition.InputIssue.bad(where, "image " + p + " not found; ignored"));
      return;
    }
    StagedFile staged = ctx.blobs().stage(p);
    acq.place(new Placement.ToBlob(staged));
    byte[] head = staged.size() <= ca.threadline.evidence.content.ContentAnalyzer.MAX_BYTES ? Files.readAllBytes(staged.path()) : null;
    ObjectNode meta = Json.object();
    meta.put("referenced_as", rel);
    String id = ItemIds.of(ctx.caseName().value(), provenance + ":image=" + rel, staged.sha256());
    ItemMaker.Found f =
        new ItemMaker.Found(
            id, staged.sha256(), staged.size(), null, null, p.getFileName().toString(), null, head, head != null, p.toString(), ctx.now().toString(),
            new Location.WholeFile(ctx.blobs().file(staged.sha256())), ad.id(), meta, where + ", image " + rel);
    ItemMaker.make(ctx, acq, f, false);
  }

  /** The file name inside a provenance key {@code import:<path>:<sha256>}. */
  private static String containerName(String provenance) {
    String path = provenance.substring("import:".length(), provenance.length() - 65);
    return Path.of(path).getFileName().toString();
  }

  private static String scalar(ObjectNode o, String f) {
    JsonNode v = o.get(f);
    if (v == null) {
      return null;
    }
    if (v.isTextual() && !v.textValue().isEmpty()) {
      return v.textValue();
    }
    if (v.isIntegralNumber()) {
      return v.bigIntegerValue().toString();
    }
    return null;
  }
}
