package ca.threadline.extract.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shared development set {@code selectors-dev.jsonl} (see {@code ../shared/data/README.md}),
 * read through the {@code threadline.sharedData} system property that the build sets.
 */
public final class DevSet {
  /** One ad: its text, the required selectors and the acceptable ones, as {@code type:value}. */
  public record Ad(String id, String text, Set<String> gold, Set<String> optional) {}

  private DevSet() {}

  /** The ads, or empty when the shared data directory is not there (a plain clone). */
  public static Optional<List<Ad>> load() throws IOException {
    String dir = System.getProperty("threadline.sharedData");
    if (dir == null) {
      return Optional.empty();
    }
    Path file = Path.of(dir, "selectors-dev.jsonl");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    ObjectMapper json = new ObjectMapper();
    List<Ad> ads = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        ads.add(new Ad(n.get("id").asText(), n.get("text").asText(), keys(n.get("gold")), keys(n.get("optional"))));
      }
    }
    return Optional.of(ads);
  }

  private static Set<String> keys(JsonNode list) {
    Set<String> out = new HashSet<>();
    if (list != null) {
      for (JsonNode s : list) {
        out.add(s.get("type").asText() + ":" + s.get("value").asText());
      }
    }
    return out;
  }
}
