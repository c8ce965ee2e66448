package ca.threadline.evidence.store;

import ca.threadline.evidence.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * The installation's evidence settings ({@code config/evidence.json}): the default operator name
 * written into every act, and the RFC 3161 time-stamping authority asked for every checkpoint.
 */
public record EvidenceConfig(String operator, String tsaUrl) {
  public static final EvidenceConfig NONE = new EvidenceConfig(null, null);

  public static EvidenceConfig load(EvidenceHome home) throws IOException {
    if (!Files.exists(home.config())) {
      return NONE;
    }
    JsonNode n;
    try {
      n = Json.parse(Files.readAllBytes(home.config()));
    } catch (IOException e) {
      throw new IOException(home.config() + " is not valid JSON: " + e.getMessage(), e);
    }
    return new EvidenceConfig(Json.text(n, "operator"), Json.text(n, "tsa_url"));
  }

  public void save(EvidenceHome home) throws IOException {
    ObjectNode o = Json.object();
    if (operator != null) {
      o.put("operator", operator);
    }
    if (tsaUrl != null) {
      o.put("tsa_url", tsaUrl);
    }
    AtomicFiles.write(home.config(), (Json.write(o) + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
