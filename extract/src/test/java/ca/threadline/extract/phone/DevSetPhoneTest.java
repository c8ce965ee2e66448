package ca.threadline.extract.phone;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.core.selector.Selector;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Phone precision and recall on the shared development set, read from
 * {@code ${threadline.sharedData}/selectors-dev.jsonl}; skipped when the shared data is absent.
 * Matching is by value per ad (a multiset: an ad with the same number twice needs both). Jackson
 * comes with {@code testkit}, a test dependency.
 */
class DevSetPhoneTest {
  @Test
  void phonePrecisionAndRecallAreOne() throws IOException {
    String dir = System.getProperty("threadline.sharedData");
    Path file = dir == null ? null : Path.of(dir, "selectors-dev.jsonl");
    Assumptions.assumeTrue(file != null && Files.isRegularFile(file),
        "shared data not present (system property threadline.sharedData)");
    PhoneFinder finder = new PhoneFinder();
    ObjectMapper json = new ObjectMapper();
    int truePositives = 0;
    int found = 0;
    int gold = 0;
    List<String> errors = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode ad = json.readTree(line);
      List<String> want = new ArrayList<>();
      for (JsonNode g : ad.get("gold")) {
        if (g.get("type").asText().equals("phone")) {
          want.add(g.get("value").asText());
        }
      }
      List<String> got = finder.find(ad.get("text").asText()).stream().map(Selector::value).toList();
      gold += want.size();
      found += got.size();
      List<String> left = new ArrayList<>(want);
      for (String v : got) {
        if (left.remove(v)) {
          truePositives++;
        } else {
          errors.add(ad.get("id").asText() + ": extra " + v);
        }
      }
      left.forEach(v -> errors.add(ad.get("id").asText() + ": missed " + v));
    }
    double precision = found == 0 ? 1.0 : (double) truePositives / found;
    double recall = gold == 0 ? 1.0 : (double) truePositives / gold;
    System.out.printf("dev set phones: gold %d, found %d, correct %d, precision %.3f, recall %.3f%n",
        gold, found, truePositives, precision, recall);
    assertThat(errors).isEmpty();
    assertThat(gold).isPositive();
    assertThat(precision).isEqualTo(1.0);
    assertThat(recall).isEqualTo(1.0);
  }
}
