package ca.threadline.evidence.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JSON readers and writers of the evidence module. Reading is strict (duplicate member names
 * are an error, trailing tokens are an error) and bounded (string, number and nesting limits), so
 * untrusted input cannot make a parse ambiguous or exhaust memory.
 */
public final class Json {
  /** Longest string accepted: a HAR may carry a base64 body of this many characters. */
  public static final int MAX_STRING = 256 * 1024 * 1024;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(MAX_STRING).maxNestingDepth(200).maxNumberLength(100).build())
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();
  private static final ObjectMapper MAPPER =
      new ObjectMapper(FACTORY).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** For reading one value at a time from a stream (no trailing-token check: more values follow). */
  private static final ObjectMapper STREAMING = new ObjectMapper(FACTORY);

  private Json() {}

  public static ObjectMapper streamingMapper() {
    return STREAMING;
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static JsonFactory factory() {
    return FACTORY;
  }

  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  public static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** Parses one JSON value; throws {@link IOException} with the parser's location on bad input. */
  public static JsonNode parse(byte[] bytes) throws IOException {
    return MAPPER.readTree(bytes);
  }

  public static JsonNode parse(String s) throws IOException {
    return MAPPER.readTree(s);
  }

  public static JsonParser parser(java.io.InputStream in) throws IOException {
    return FACTORY.createParser(in);
  }

  /** Compact (not canonical) JSON text, for output lines. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a string member, or {@code null} when absent, null or not a string. */
  public static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.isTextual() ? v.textValue() : null;
  }

  public static long longValue(JsonNode node, String field, long otherwise) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.canConvertToLong() && v.isIntegralNumber() ? v.longValue() : otherwise;
  }
}
