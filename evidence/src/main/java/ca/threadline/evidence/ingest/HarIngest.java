package ca.threadline.evidence.ingest;

import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.Placement;
import ca.threadline.evidence.content.Guard;
import ca.threadline.evidence.item.ItemIds;
import ca.threadline.evidence.item.Location;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.StagedFile;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Reads a HAR 1.2 export (browser developer tools, proxies) that is already staged, streaming over
 * {@code log.entries} one entry at a time so that memory is bounded by the largest entry. Every
 * entry whose response carries content becomes an item with the body decoded from the HAR
 * ({@code encoding: "base64"} or text) and stored as a blob of its own.
 *
 * <p>A HAR body is what the browser exported: content coding already removed, text re-encoded as
 * UTF-8. It is recorded as such ({@code meta.body_note}); it is not the bytes on the wire.
 */
final class HarIngest {
  private HarIngest() {}

  static void read(IngestContext ctx, Acquisition acq, Path staged, String containerId, String provenance, long timeoutMillis) {
    try {
      Guard.run("reading HAR", timeoutMillis, () -> {
        parse(ctx, acq, staged, containerId, provenance);
        return null;
      });
    } catch (Guard.Failure f) {
      acq.issue(Acquisition.InputIssue.bad("HAR", f.getMessage()));
    }
  }

  private static void parse(IngestContext ctx, Acquisition acq, Path staged, String containerId, String provenance) throws IOException {
    try (InputStream in = Files.newInputStream(staged);
        JsonParser p = Json.parser(in)) {
      p.setCodec(Json.streamingMapper());
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new HarException("a HAR file is a JSON object", p.currentLocation());
      }
      boolean sawLog = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("log") && p.currentToken() == JsonToken.START_OBJECT) {
          sawLog = true;
          readLog(ctx, acq, p, containerId, provenance);
        } else {
          p.skipChildren();
        }
      }
      if (!sawLog) {
        throw new HarException("no \"log\" object: not a HAR file", p.currentLocation());
      }
      if (p.nextToken() != null) {
        throw new HarException("content after the HAR object", p.currentLocation());
      }
    } catch (HarException e) {
      acq.issue(Acquisition.InputIssue.bad(where(e.location), e.getMessage()));
    } catch (JsonProcessingException e) {
      acq.issue(Acquisition.InputIssue.bad(where(e.getLocation()), "invalid JSON: " + WarcIngest.message(e)));
    }
  }

  private static void readLog(IngestContext ctx, Acquisition acq, JsonParser p, String containerId, String provenance) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("entries") && p.currentToken() == JsonToken.START_ARRAY) {
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          if (p.currentToken() == null) {
            throw new HarException("unexpected end of file in log.entries", p.currentLocation());
          }
          JsonLocation loc = p.currentLocation();
          JsonNode entry = p.readValueAsTree();
          entry(ctx, acq, entry, index++, where(loc), containerId, provenance);
        }
        acq.details().withObject("input").put("entries", index);
      } else if (name.equals("creator") && p.currentToken() == JsonToken.START_OBJECT) {
        JsonNode c = p.readValueAsTree();
        ObjectNode creator = acq.details().withObject("input").putObject("creator");
        creator.put("name", Json.text(c, "name"));
        creator.put("version", Json.text(c, "version"));
      } else {
        p.skipChildren();
      }
    }
  }

  private static void entry(IngestContext ctx, Acquisition acq, JsonNode e, int index, String where, String containerId, String provenance) throws IOException {
    String at = "entry " + index + " (" + where + ")";
    if (!e.isObject()) {
      acq.issue(Acquisition.InputIssue.bad(at, "an entry must be a JSON object"));
      return;
    }
    JsonNode request = e.path("request");
    JsonNode response = e.path("response");
    JsonNode content = response.path("content");
    String url = Json.text(request, "url");
    if (url == null) {
      acq.issue(Acquisition.InputIssue.bad(at, "entry without request.url"));
      return;
    }
    JsonNode text = content.get("text");
    if (text == null || text.isNull()) {
      return; // no body exported (redirects, 204s, bodies the browser dropped)
    }
    if (!text.isTextual()) {
      acq.issue(Acquisition.InputIssue.bad(at, "response.content.text must be a string"));
      return;
    }
    byte[] body;
    String encoding = Json.text(content, "encoding");
    if ("base64".equalsIgnoreCase(encoding)) {
      try {
        body = Base64.getMimeDecoder().decode(text.textValue());
      } catch (IllegalArgumentException ex) {
        acq.issue(Acquisition.InputIssue.bad(at, "response.content.text is not valid base64: " + ex.getMessage()));
        return;
      }
    } else if (encoding == null || encoding.isEmpty()) {
      body = text.textValue().getBytes(StandardCharsets.UTF_8);
    } else {
      acq.issue(Acquisition.InputIssue.bad(at, "unknown response.content.encoding \"" + encoding + "\""));
      return;
    }
    StagedFile staged = ctx.blobs().stage(body, "har-body");
    acq.place(new Placement.ToBlob(staged));
    ObjectNode meta = Json.object();
    meta.put("har_entry", index);
    meta.put("method", Json.text(request, "method"));
    if (response.path("status").isIntegralNumber()) {
      meta.put("http_status", response.path("status").longValue());
    }
    String ip = Json.text(e, "serverIPAddress");
    if (ip != null) {
      meta.put("ip", ip);
    }
    meta.put("body_note", "as exported in the HAR (content coding removed by the browser), not the bytes on the wire");
    String started = Json.text(e, "startedDateTime");
    String capturedAt = ctx.now().toString();
    if (started != null) {
      try {
        capturedAt = OffsetDateTime.parse(started).toInstant().toString();
      } catch (DateTimeParseException ex) {
        meta.put("started_date_time", started);
        acq.issue(Acquisition.InputIssue.bad(at, "startedDateTime is not ISO 8601: " + started));
      }
    }
    String mime = Json.text(content, "mimeType");
    String id = ItemIds.of(ctx.caseName().value(), provenance + "#entry=" + index, staged.sha256());
    ItemMaker.Found f =
        new ItemMaker.Found(
            id, staged.sha256(), body.length, "http-response", mime, url, url, body, true, url, capturedAt,
            new Location.WholeFile(ctx.blobs().file(staged.sha256())), containerId, meta, at);
    ItemMaker.make(ctx, acq, f, false);
  }

  static String where(JsonLocation loc) {
    return loc == null ? "unknown place" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
  }

  private static final class HarException extends IOException {
    final JsonLocation location;

    HarException(String message, JsonLocation location) {
      super(message);
      this.location = location;
    }
  }
}
