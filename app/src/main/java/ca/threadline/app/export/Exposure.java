package ca.threadline.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the exposure a chain look-up stored (what {@code threadline chain exposure} prints: value
 * sent to and received from tagged categories, directly or through untagged clusters) as a line
 * of text: "to exchange 0.00114 BTC, payment_processor 0.00006 BTC (within 2 hops); from …".
 */
public final class Exposure {
  private Exposure() {}

  public static String describe(JsonNode lookup) {
    List<String> out = new ArrayList<>();
    if (!lookup.path("found").asBoolean(true)) {
      return "not seen on the imported chain";
    }
    JsonNode exposure = lookup.path("exposure");
    for (String dir : List.of("outgoing", "incoming")) {
      List<String> parts = new ArrayList<>();
      for (String reach : List.of("direct", "indirect")) {
        exposure.path(dir).path(reach).fields().forEachRemaining(c -> parts.add(String.format(Locale.ROOT, "%s %.5f BTC%s", c.getKey(),
            c.getValue().asLong() / 1e8, reach.equals("direct") ? " (direct)" : "")));
      }
      if (!parts.isEmpty()) {
        out.add((dir.equals("outgoing") ? "to " : "from ") + String.join(", ", parts));
      }
    }
    if (out.isEmpty()) {
      return "no tagged service within " + lookup.path("hops").asInt(2) + " hops";
    }
    return String.join("; ", out) + " (within " + lookup.path("hops").asInt(2) + " hops, haircut)";
  }
}
