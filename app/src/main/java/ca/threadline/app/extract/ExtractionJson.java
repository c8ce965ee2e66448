package ca.threadline.app.extract;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.indicator.IndicatorDefinition;
import ca.threadline.core.selector.Selector;
import ca.threadline.extract.Extraction;
import ca.threadline.extract.indicator.IndicatorScores;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes one {@code threadline extract} result line (CONTRACTS.md §1); extra fields only add.
 *
 * <p>Most of the bytes of a line are the fixed fields of each indicator's definition (domain,
 * strength, both labels, the source citation), the same for every ad the indicator fires on. An
 * instance writes them once per definition with the same generator settings and then copies the
 * encoded bytes ({@link #tail}), so a line is byte for byte what writing every field would give.
 * Thread-safe; one instance serves a whole run.
 */
public final class ExtractionJson {
  // Characters outside the BMP (emoji, mathematical digits) are written as UTF-8, not as \\u escapes,
  // so the evidence text in the output reads as the ad did.
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  private final Map<IndicatorDefinition, SerializableString> tails = new ConcurrentHashMap<>();

  public byte[] line(String id, Extraction x) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (JsonGenerator g = FACTORY.createGenerator(bytes)) {
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeStringField("language", x.language().code());
      g.writeArrayFieldStart("selectors");
      for (Selector s : x.selectors()) {
        writeSelector(g, s);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("indicators");
      for (Indicator i : x.indicators()) {
        writeIndicator(g, i, tails.computeIfAbsent(i.definition(), ExtractionJson::tail));
      }
      g.writeEndArray();
      writeScores(g, x.scores());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  static void writeSelector(JsonGenerator g, Selector s) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", s.type().wireName());
    g.writeStringField("value", s.value());
    g.writeNumberField("start", s.span().start());
    g.writeNumberField("end", s.span().end());
    if (s.type() == ca.threadline.core.selector.SelectorType.PHONE) {
      g.writeArrayFieldStart("obfuscation");
      for (String o : s.obfuscation()) {
        g.writeString(o);
      }
      g.writeEndArray();
    }
    if (s.currency() != null) {
      g.writeStringField("currency", s.currency());
    }
    g.writeEndObject();
  }

  /**
   * {@code "scores":{"sex_trafficking":{"score":0.75,"validated":[...]},"forced_labour":{"count":3,"level":"elevated"}}}:
   * a lead for human review, never a verdict (docs/indicators.md).
   */
  static void writeScores(JsonGenerator g, IndicatorScores s) throws IOException {
    g.writeObjectFieldStart("scores");
    g.writeObjectFieldStart("sex_trafficking");
    g.writeNumberField("score", s.sexTrafficking().score());
    g.writeArrayFieldStart("validated");
    for (String code : s.sexTrafficking().validated()) {
      g.writeString(code);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeObjectFieldStart("forced_labour");
    g.writeNumberField("count", s.forcedLabour().count());
    g.writeStringField("level", s.forcedLabour().level().wireName());
    g.writeEndObject();
    g.writeEndObject();
  }

  static void writeIndicator(JsonGenerator g, Indicator i, SerializableString tail) throws IOException {
    IndicatorDefinition d = i.definition();
    g.writeStartObject();
    g.writeStringField("code", d.code());
    g.writeNumberField("weight", d.weight());
    g.writeStringField("evidence", i.evidence());
    g.writeNumberField("start", i.span().start());
    g.writeNumberField("end", i.span().end());
    g.writeRaw(tail);
    g.writeEndObject();
  }

  private static void writeDefinitionFields(JsonGenerator g, IndicatorDefinition d) throws IOException {
    g.writeStringField("domain", d.domain().wireName());
    g.writeStringField("strength", d.strength().wireName());
    g.writeStringField("label_en", d.labelEn());
    g.writeStringField("label_fr", d.labelFr());
    g.writeStringField("source", d.source());
  }

  /**
   * The fixed fields of {@code d} as the generator writes them after an indicator's {@code end}
   * field: {@code ,"domain":...,"source":...}. Written by a generator of the same factory inside
   * an object, so escaping and encoding are the generator's own.
   */
  static SerializableString tail(IndicatorDefinition d) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (JsonGenerator g = FACTORY.createGenerator(bytes)) {
      g.writeStartObject();
      g.writeNumberField("end", 0);
      writeDefinitionFields(g, d);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String object = bytes.toString(StandardCharsets.UTF_8);
    // Drop the leading {"end":0 and the closing brace: what is left starts with the comma.
    return new SerializedString(object.substring("{\"end\":0".length(), object.length() - 1));
  }
}
