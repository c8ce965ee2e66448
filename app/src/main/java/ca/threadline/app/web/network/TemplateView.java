package ca.threadline.app.web.network;

import ca.threadline.app.web.Json;
import ca.threadline.app.web.view.Html;
import com.fasterxml.jackson.databind.JsonNode;
import gg.jte.Content;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template cluster's template as the linker wrote it (docs/linking.md: {@code template} with
 * slots {@code {n:type}}, and {@code slots} with their most frequent values), made readable: the
 * fixed words as text, each slot as a marked placeholder, and a table of what fills it. Anything
 * the linker wrote is escaped; a template in another shape is shown as its plain JSON text.
 */
public record TemplateView(String key, int documents, Content text, List<Slot> slots, String raw, String fixedShare) {
  private static final Pattern SLOT = Pattern.compile("\\{(\\d{1,3}):([a-z_]{1,20})\\}");

  /** One slot: its number, type, how many ads fill it, and its most frequent values. */
  public record Slot(int number, String type, int ads, int distinct, List<String> values) {}

  public static TemplateView of(String key, int documents, String json) {
    if (json == null || json.isBlank()) {
      return new TemplateView(key, documents, null, List.of(), null, null);
    }
    try {
      JsonNode n = Json.mapper().readTree(json);
      String template = n.path("template").asText(null);
      if (template == null) {
        return new TemplateView(key, documents, null, List.of(), json, null);
      }
      StringBuilder html = new StringBuilder();
      Matcher m = SLOT.matcher(template);
      int at = 0;
      while (m.find()) {
        Html.appendEscaped(html, template, at, m.start());
        html.append("<span class=\"slot slot-").append(m.group(2)).append("\">").append(m.group(1)).append(':')
            .append(m.group(2)).append("</span>");
        at = m.end();
      }
      Html.appendEscaped(html, template, at, template.length());
      List<Slot> slots = new ArrayList<>();
      for (JsonNode s : n.path("slots")) {
        List<String> values = new ArrayList<>();
        for (JsonNode v : s.path("values")) {
          values.add(v.path("value").asText() + " (" + v.path("ads").asInt() + ")");
        }
        slots.add(new Slot(s.path("slot").asInt(), s.path("type").asText(), s.path("ads").asInt(), s.path("distinct").asInt(),
            values));
      }
      String share = n.has("fixed_share") ? Math.round(n.get("fixed_share").asDouble() * 100) + " %" : null;
      return new TemplateView(key, documents, Html.trusted(html.toString()), slots, null, share);
    } catch (java.io.IOException e) {
      return new TemplateView(key, documents, null, List.of(), json, null);
    }
  }
}
