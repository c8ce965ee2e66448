package ca.threadline.testkit.ads;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes generated ads as JSON Lines, one object per line: {@code {"id","text","lang","kind"}}
 * and, with gold, {@code "gold","optional","indicators","decoys"} (selectors as
 * {@code {"type","value","tags"}}), the input format of {@code threadline extract} (CONTRACTS.md
 * §1) and of the development set. Jackson escapes quotes, backslashes and control characters
 * (line breaks inside a text become {@code \n}, so a record never spans lines) and writes every
 * other character as itself, surrogate pairs intact; the caller's {@link Writer} should encode
 * UTF-8.
 */
public final class AdCorpusWriter {
  private static final JsonFactory JSON = JsonFactory.builder()
      .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private AdCorpusWriter() {}

  public static void writeJsonLines(List<GeneratedAd> ads, Writer out, boolean withGold) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.setRootValueSeparator(null);
      for (GeneratedAd ad : ads) {
        g.writeStartObject();
        g.writeStringField("id", ad.id());
        g.writeStringField("text", ad.text());
        g.writeStringField("lang", ad.lang());
        g.writeStringField("kind", ad.kind());
        if (withGold) {
          writeSelectors(g, "gold", ad.gold());
          writeSelectors(g, "optional", ad.optional());
          writeStrings(g, "indicators", ad.indicators());
          writeStrings(g, "decoys", ad.decoys());
        }
        g.writeEndObject();
        g.flush();
        out.write('\n');
      }
    }
    out.flush();
  }

  private static void writeSelectors(JsonGenerator g, String field, List<GoldSelector> selectors) throws IOException {
    g.writeArrayFieldStart(field);
    for (GoldSelector s : selectors) {
      g.writeStartObject();
      g.writeStringField("type", s.type());
      g.writeStringField("value", s.value());
      writeStrings(g, "tags", s.tags());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
