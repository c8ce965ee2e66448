package ca.threadline.extract.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads labelled ads in the development-set format ({@code id, text, gold[], optional[]}). */
public final class LabelledAds {
  private LabelledAds() {}

  /** The ads of a JSON Lines resource next to this class's package root, e.g. {@code /ca/threadline/extract/heldout-ads.jsonl}. */
  public static List<LabelledAd> resource(String path) {
    InputStream in = LabelledAds.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + path);
    }
    ObjectMapper json = new ObjectMapper();
    List<LabelledAd> ads = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        if (node.get("id") == null || node.get("text") == null || node.get("gold") == null) {
          throw new IllegalStateException(path + " line " + n + ": needs id, text and gold");
        }
        ads.add(new LabelledAd(node.get("id").asText(), node.get("text").asText(), keys(node.get("gold")), keys(node.get("optional"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ads;
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
