package ca.threadline.testkit.ads;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdCorpusWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<GoldSelector> selectors(JsonNode array) {
    List<GoldSelector> out = new ArrayList<>();
    for (JsonNode n : array) {
      List<String> tags = new ArrayList<>();
      n.get("tags").forEach(t -> tags.add(t.asText()));
      out.add(new GoldSelector(n.get("type").asText(), n.get("value").asText(), tags));
    }
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(t -> out.add(t.asText()));
    return out;
  }

  @Test
  void withGoldRoundTripsThroughJacksonAsUtf8() throws Exception {
    List<GeneratedAd> ads = new AdGenerator(5).generate(600);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      AdCorpusWriter.writeJsonLines(ads, w, true);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).endsWith("\n").doesNotStartWith("\uFEFF");
    String[] lines = out.split("\n", -1);
    assertThat(lines).hasSize(ads.size() + 1);
    boolean supplementary = false;
    for (int i = 0; i < ads.size(); i++) {
      GeneratedAd ad = ads.get(i);
      JsonNode n = JSON.readTree(lines[i]);
      assertThat(n.fieldNames()).toIterable().containsExactly("id", "text", "lang", "kind", "gold", "optional", "indicators", "decoys");
      GeneratedAd back = new GeneratedAd(n.get("id").asText(), n.get("lang").asText(), n.get("kind").asText(),
          n.get("text").asText(), selectors(n.get("gold")), selectors(n.get("optional")), strings(n.get("indicators")),
          strings(n.get("decoys")));
      assertThat(back).isEqualTo(ad);
      supplementary |= ad.text().codePoints().anyMatch(Character::isSupplementaryCodePoint);
      // Non-ASCII written as itself (UTF-8), not as \\u escapes; surrogate pairs not split.
      if (ad.text().contains("é")) {
        assertThat(lines[i]).contains("é");
      }
    }
    assertThat(supplementary).as("some ads carry emoji or mathematical digits").isTrue();
    assertThat(out).doesNotContainPattern("\\\\u[dD][89abAB]");
  }

  @Test
  void withoutGoldWritesOnlyTheInputFields() throws Exception {
    List<GeneratedAd> ads = new AdGenerator(6).generate(20);
    java.io.StringWriter w = new java.io.StringWriter();
    AdCorpusWriter.writeJsonLines(ads, w, false);
    String[] lines = w.toString().split("\n");
    assertThat(lines).hasSize(20);
    for (int i = 0; i < lines.length; i++) {
      JsonNode n = JSON.readTree(lines[i]);
      assertThat(n.fieldNames()).toIterable().containsExactly("id", "text", "lang", "kind");
      assertThat(n.get("text").asText()).isEqualTo(ads.get(i).text());
    }
  }

  @Test
  void escapesQuotesBackslashesAndControlCharacters() throws Exception {
    GeneratedAd ad = new GeneratedAd("x\"1", "en", "escort", "a \"b\" \\ c\nd\te\u0001 𝟖 🌹 \u2028",
        List.of(new GoldSelector("phone", "+14165550199", List.of("math_digits"))), List.of(), List.of("emoji_code"), List.of());
    java.io.StringWriter w = new java.io.StringWriter();
    AdCorpusWriter.writeJsonLines(List.of(ad, ad), w, true);
    String[] lines = w.toString().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode n = JSON.readTree(lines[0]);
    assertThat(n.get("text").asText()).isEqualTo(ad.text());
    assertThat(n.get("id").asText()).isEqualTo("x\"1");
  }
}
