package ca.threadline.app.link;

import ca.threadline.link.circuit.Circuit;
import ca.threadline.link.engine.Linking;
import ca.threadline.link.engine.NetworkView;
import ca.threadline.link.template.TemplateView;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes {@code threadline cluster} output lines: one per ad (CONTRACTS.md §2), then, with
 * {@code --explain}, {@code "kind":"template"} and {@code "kind":"network"} records.
 */
final class ClusterJson implements AutoCloseable {
  // Characters outside the BMP (emoji in a template's text) are written as UTF-8, not as \\u
  // escapes, as in the extract output.
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
  private final JsonGenerator g;

  ClusterJson(OutputStream out) throws IOException {
    g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setRootValueSeparator(null); // lines end with '\n', written explicitly
  }

  void ad(String id, String template, String network) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", id);
    g.writeStringField("template_cluster", template);
    g.writeStringField("network", network);
    g.writeEndObject();
    g.writeRaw('\n');
  }

  void template(String id, String network, int ads, String centerId, TemplateView v) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", "template");
    g.writeStringField("template_cluster", id);
    g.writeStringField("network", network);
    g.writeNumberField("ads", ads);
    g.writeNumberField("aligned", v.aligned());
    g.writeStringField("center", centerId);
    g.writeStringField("template", v.template());
    g.writeNumberField("fixed_share", Math.round(v.fixedShare() * 1000) / 1000.0);
    g.writeArrayFieldStart("slots");
    for (TemplateView.Slot s : v.slots()) {
      g.writeStartObject();
      g.writeNumberField("slot", s.number());
      g.writeStringField("type", s.type());
      g.writeNumberField("ads", s.adsWithValue());
      g.writeNumberField("distinct", s.distinct());
      g.writeArrayFieldStart("values");
      for (TemplateView.Value val : s.values()) {
        g.writeStartObject();
        g.writeStringField("value", val.value());
        g.writeNumberField("ads", val.ads());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw('\n');
  }

  void network(Linking linking, NetworkView v) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", "network");
    g.writeStringField("network", linking.networkId(v.network()));
    g.writeNumberField("ads", v.ads());
    g.writeArrayFieldStart("template_clusters");
    for (int t : v.templateClusters()) {
      g.writeString(linking.templateId(t));
    }
    g.writeEndArray();
    g.writeNumberField("ads_without_template", v.singleAds());
    g.writeArrayFieldStart("tied_by");
    for (NetworkView.Tie t : v.tiedBy()) {
      g.writeStartObject();
      g.writeStringField("type", t.type());
      g.writeStringField("value", t.value());
      g.writeNumberField("ads", t.ads());
      g.writeNumberField("groups", t.groups());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("ignored_generic");
    for (NetworkView.Ignored i : v.ignored()) {
      g.writeStartObject();
      g.writeStringField("type", i.type());
      g.writeStringField("value", i.value());
      g.writeNumberField("ads_here", i.adsHere());
      g.writeNumberField("ads_in_input", i.adsInCorpus());
      g.writeNumberField("groups", i.groups());
      g.writeNumberField("groups_with_own_contact", i.ownContactGroups());
      g.writeStringField("reason", i.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
    Circuit c = v.circuit();
    g.writeArrayFieldStart("circuit");
    for (Circuit.Stop s : c.stops()) {
      g.writeStartObject();
      g.writeStringField("city", s.place());
      g.writeStringField("from", s.from().toString());
      g.writeStringField("to", s.to().toString());
      g.writeNumberField("ads", s.ads());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("undated_ads", c.undated());
    g.writeNumberField("unplaced_ads", c.unplaced());
    g.writeArrayFieldStart("phone_origins");
    for (NetworkView.PhoneOrigin p : v.phoneOrigins()) {
      g.writeStartObject();
      g.writeStringField("phone", p.phone());
      g.writeNumberField("ads", p.ads());
      if (p.origin() != null) {
        g.writeStringField("area_code", p.origin().areaCode());
        writeNullable("country", p.origin().country());
        writeNullable("region", p.origin().region());
        writeNullable("region_name", p.origin().regionName());
        writeNullable("place", p.origin().place());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeRaw('\n');
  }

  private void writeNullable(String field, String value) throws IOException {
    if (value != null) {
      g.writeStringField(field, value);
    }
  }

  void flush() throws IOException {
    g.flush();
  }

  @Override
  public void close() throws IOException {
    g.close();
  }
}
