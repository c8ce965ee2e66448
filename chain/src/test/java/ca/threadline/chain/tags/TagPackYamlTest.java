package ca.threadline.chain.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.threadline.core.io.BadInputException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagPackYamlTest {
  static final String PACK = """
      title: Talos Sextortion Tagpack
      creator: Talos Cisco
      abuse: sextortion
      currency: BTC
      label: Sextortion Spam
      confidence: forensic
      source: https://blog.talosintelligence.com/2018/10/anatomy-of-sextortion-scam.html
      lastmod: 2019-08-06
      x-custom: {kept: true, n: 3}
      tags:
      - address: 1121DWBuPTD7SuTxx7BivG6hyVJbhA3McT
      - address: 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy
        label: Override label
        category: exchange
        is_cluster_definer: false
        context: '{"note": "unknown field kept"}'
      """;

  @Test
  void headerFieldsAreInheritedAndOverridable() {
    TagPack p = TagPackYaml.read(new StringReader(PACK), "talos.yaml");
    assertThat(p.tags()).hasSize(2);
    assertThat(p.effective(0).get("label").asText()).isEqualTo("Sextortion Spam");
    assertThat(p.effective(0).get("abuse").asText()).isEqualTo("sextortion");
    assertThat(p.effective(0).has("title")).isFalse();
    assertThat(p.effective(1).get("label").asText()).isEqualTo("Override label");
    assertThat(p.effective(1).get("category").asText()).isEqualTo("exchange");
    assertThat(p.tagLines()).containsExactly(11, 12);
  }

  @Test
  void roundTripThroughTheStoreIsUnchanged(@TempDir Path tmp) throws Exception {
    TagPack p = TagPackYaml.read(new StringReader(PACK), "talos.yaml");
    TagStore store = new TagStore(tmp);
    assertThat(store.put(p, "talos.yaml")).isFalse();
    assertThat(store.put(p, "talos.yaml")).isTrue();
    TagPack back = new TagStore(tmp).packs().get(0);
    String exported = TagPackYaml.write(back);
    JsonNode original = TagPackYaml.tree(PACK);
    JsonNode again = TagPackYaml.tree(exported);
    assertThat(again).isEqualTo(original);
    assertThat(TagPackYaml.write(TagPackYaml.read(new StringReader(exported), "x"))).isEqualTo(exported);
    assertThat(new TagStore(tmp).tagsFor("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy").get(0).get("tagpack").asText()).isEqualTo("Talos Sextortion Tagpack");
    assertThat(new TagStore(tmp).tagsFor("1121DWBuPTD7SuTxx7BivG6hyVJbhA3McT").get(0).get("label").asText()).isEqualTo("Sextortion Spam");
    assertThat(new TagStore(tmp).tagsFor("1BoatSLRHtKNngkdXEeobR76b53LETtpyT")).isEmpty();
    assertThat(new TagStore(tmp).taggedAddresses()).hasSize(2);
    assertThat(TagStore.canonical("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")).isEqualTo("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
  }

  @Test
  void defectsNameTheFileAndLine() {
    assertThatThrownBy(() -> TagPackYaml.read(new StringReader("title: t\ncreator: c\ncurrency: BTC\ntags:\n- address: 1abc\n"), "p.yaml"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("p.yaml:5: tag has no 'label' (neither its own nor the header's)");
    assertThatThrownBy(() -> TagPackYaml.read(new StringReader("title: t\ntags: [\n"), "q.yaml"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("q.yaml:")
        .hasMessageContaining("not valid YAML");
    assertThatThrownBy(() -> TagPackYaml.read(new StringReader("creator: c\ntags: []\n"), "r.yaml"))
        .hasMessageContaining("'title'");
  }
}
