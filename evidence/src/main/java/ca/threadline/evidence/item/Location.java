package ca.threadline.evidence.item;

import ca.threadline.evidence.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where an item's bytes are, relative to the data home. {@code file} names the file that holds
 * them; every file a committed entry names is part of the evidence (and nothing else under
 * {@code blobs/} or {@code warc/} is).
 */
public sealed interface Location {
  String file();

  ObjectNode toJson();

  /** The item is the whole file (a blob, or a WARC file Threadline wrote). */
  record WholeFile(String file) implements Location {
    @Override
    public ObjectNode toJson() {
      ObjectNode o = Json.object();
      o.put("in", "file");
      o.put("file", file);
      return o;
    }
  }

  /** The item is {@code length} bytes at {@code offset} of a file (a line of a JSON Lines file). */
  record Range(String file, long offset, long length) implements Location {
    @Override
    public ObjectNode toJson() {
      ObjectNode o = Json.object();
      o.put("in", "range");
      o.put("file", file);
      o.put("offset", offset);
      o.put("length", length);
      return o;
    }
  }

  /**
   * The item is the payload of the {@code index}-th record (from 0) of a WARC file (for a
   * response: its HTTP entity body without transfer coding, as ISO 28500 defines payload). The
   * record is found again by counting, because a WARC compressed as one gzip stream (rather than
   * one member per record) has no byte offset that locates a record; {@code offset} is where the
   * record starts when the file has one gzip member per record (or none), for people and tools.
   */
  record WarcRecord(String file, long index, long offset) implements Location {
    @Override
    public ObjectNode toJson() {
      ObjectNode o = Json.object();
      o.put("in", "warc-record");
      o.put("file", file);
      o.put("record", index);
      o.put("offset", offset);
      return o;
    }
  }

  static Location fromJson(JsonNode o) {
    String in = Json.text(o, "in");
    String file = Json.text(o, "file");
    if (in == null || file == null) {
      throw new IllegalArgumentException("location lacks \"in\" or \"file\"");
    }
    return switch (in) {
      case "file" -> new WholeFile(file);
      case "range" -> new Range(file, required(o, "offset"), required(o, "length"));
      case "warc-record" -> new WarcRecord(file, required(o, "record"), required(o, "offset"));
      default -> throw new IllegalArgumentException("unknown location \"" + in + "\"");
    };
  }

  private static long required(JsonNode o, String f) {
    JsonNode v = o.get(f);
    if (v == null || !v.isIntegralNumber() || v.longValue() < 0) {
      throw new IllegalArgumentException("location lacks a valid \"" + f + "\"");
    }
    return v.longValue();
  }
}
