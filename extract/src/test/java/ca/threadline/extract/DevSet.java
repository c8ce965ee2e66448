package ca.threadline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** The shared development set {@code selectors-dev.jsonl}, read through {@code threadline.sharedData}. */
public final class DevSet {
  /** One record: id, gold language ({@code en|fr|mixed}), kind ({@code escort|job}), text. */
  public record Ad(String id, String lang, String kind, String text) {}

  private DevSet() {}

  /** The records, or a skipped test (JUnit assumption) when the shared data is absent. */
  public static List<Ad> load() {
    String dir = System.getProperty("threadline.sharedData");
    Path file = dir == null ? null : Path.of(dir, "selectors-dev.jsonl");
    Assumptions.assumeTrue(file != null && Files.isRegularFile(file), "shared data absent (threadline.sharedData): dev-set test skipped");
    ObjectMapper mapper = new ObjectMapper();
    List<Ad> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = mapper.readTree(line);
        out.add(new Ad(n.path("id").asText(), n.path("lang").asText(), n.path("kind").asText(), n.path("text").asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
