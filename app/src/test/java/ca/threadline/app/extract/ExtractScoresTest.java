package ca.threadline.app.extract;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.app.cli.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code threadline extract} writes language, explainable indicators and per-record scores (CONTRACTS.md §1 plus additive fields). */
class ExtractScoresTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonNode> run(String jsonl) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cli.run(new String[] {"extract"}, new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), out, err);
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    List<JsonNode> lines = new ArrayList<>();
    for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!l.isBlank()) {
        lines.add(JSON.readTree(l));
      }
    }
    return lines;
  }

  @Test
  void jobAdCarriesForcedLabourCountAndLevel() throws Exception {
    String ad = "Farm labourers – Kitchener\\nRecruitment fee $2,800 before arrival, housing $550/month from pay.\\nWe hold passports.";
    JsonNode r = run("{\"id\":\"j1\",\"text\":\"" + ad + "\"}\n").getFirst();
    assertThat(r.get("id").asText()).isEqualTo("j1");
    assertThat(r.get("language").asText()).isEqualTo("en");
    JsonNode fl = r.get("scores").get("forced_labour");
    assertThat(fl.get("count").asInt()).isEqualTo(4);
    assertThat(fl.get("level").asText()).isEqualTo("elevated");
    assertThat(r.get("scores").get("sex_trafficking").get("score").asDouble()).isZero();
    JsonNode fee = null;
    for (JsonNode i : r.get("indicators")) {
      if (i.get("code").asText().equals("recruitment_fee")) {
        fee = i;
      }
    }
    assertThat(fee).isNotNull();
    String text = "Farm labourers – Kitchener\nRecruitment fee $2,800 before arrival, housing $550/month from pay.\nWe hold passports.";
    assertThat(fee.get("evidence").asText()).isEqualTo("Recruitment fee").isEqualTo(text.substring(fee.get("start").asInt(), fee.get("end").asInt()));
    assertThat(fee.get("domain").asText()).isEqualTo("forced_labour");
    assertThat(fee.get("strength").asText()).isEqualTo("official");
    assertThat(fee.get("label_fr").asText()).contains("Frais");
    assertThat(fee.get("source").asText()).contains("EPFNA");
    assertThat(fee.get("weight").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void escortAdCarriesValidatedCodes() throws Exception {
    JsonNode r = run("{\"id\":\"e1\",\"text\":\"Nouvelle en ville 💋 jeune latina 21 ans, vraies photos\"}\n").getFirst();
    assertThat(r.get("language").asText()).isEqualTo("fr");
    JsonNode st = r.get("scores").get("sex_trafficking");
    List<String> validated = new ArrayList<>();
    st.get("validated").forEach(v -> validated.add(v.asText()));
    assertThat(validated).containsExactly("ethnicity_stated", "trustworthy_language", "youth_language");
    assertThat(st.get("score").asDouble()).isEqualTo(0.875);
    assertThat(r.get("scores").get("forced_labour").get("level").asText()).isEqualTo("none");
  }

  @Test
  void recordWithoutIndicatorsStillHasScores() throws Exception {
    JsonNode r = run("{\"id\":\"x\",\"text\":\"\"}\n").getFirst();
    assertThat(r.get("language").asText()).isEqualTo("und");
    assertThat(r.get("indicators")).isEmpty();
    assertThat(r.get("scores").get("sex_trafficking").get("score").asDouble()).isZero();
    assertThat(r.get("scores").get("forced_labour").get("count").asInt()).isZero();
  }
}
