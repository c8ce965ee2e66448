package ca.threadline.app.extract;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.indicator.IndicatorDefinition;
import ca.threadline.core.selector.Selector;
import ca.threadline.extract.Extraction;
import ca.threadline.extract.indicator.IndicatorScores;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes one {@code threadline extract} result line (CONTRACTS.md §1); extra fields only add. */
public final class ExtractionJson {
  // Characters outside the BMP (emoji, mathematical digits) are written as UTF-8, not as \\u escapes,
  // so the evidence text in the output reads as the ad did.
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  private ExtractionJson() {}

  public static byte[] line(String id, Extraction x) {
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
        writeIndicator(g, i);
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

  static void writeIndicator(JsonGenerator g, Indicator i) throws IOException {
    IndicatorDefinition d = i.definition();
    g.writeStartObject();
    g.writeStringField("code", d.code());
    g.writeNumberField("weight", d.weight());
    g.writeStringField("evidence", i.evidence());
    g.writeNumberField("start", i.span().start());
    g.writeNumberField("end", i.span().end());
    g.writeStringField("domain", d.domain().wireName());
    g.writeStringField("strength", d.strength().wireName());
    g.writeStringField("label_en", d.labelEn());
    g.writeStringField("label_fr", d.labelFr());
    g.writeStringField("source", d.source());
    g.writeEndObject();
  }
}
