package ca.threadline.chain.tags;

import ca.threadline.core.io.BadInputException;
import ca.threadline.core.io.InputProblem;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes TagPack YAML. Reading checks the structure GraphSense requires (a mapping
 * with {@code title}, {@code creator} and a list {@code tags}; every tag, after inheritance,
 * with a {@code label}, a {@code currency} and an {@code address} or {@code tx_hash}) and names
 * the file and line of any defect. "Unchanged round trip" means: the export parses to the same
 * header and the same list of tags, field for field (YAML comments and layout are not kept).
 */
public final class TagPackYaml {
  private static final YAMLMapper MAPPER = YAMLMapper.builder(
          YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR).build())
      .build();

  private TagPackYaml() {}

  public static TagPack read(Reader in, String source) {
    try (JsonParser p = MAPPER.getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw bad(source, p.currentTokenLocation(), "a TagPack must be a YAML mapping (title, creator, tags, ...)");
      }
      ObjectNode header = MAPPER.createObjectNode();
      List<ObjectNode> tags = null;
      List<Integer> lines = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonLocation at = p.currentTokenLocation();
        JsonToken v = p.nextToken();
        if (name.equals("tags")) {
          if (v != JsonToken.START_ARRAY) {
            throw bad(source, at, "'tags' must be a list");
          }
          tags = new ArrayList<>();
          for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            JsonLocation tagAt = p.currentTokenLocation();
            if (t != JsonToken.START_OBJECT) {
              throw bad(source, tagAt, "each tag must be a mapping");
            }
            tags.add((ObjectNode) MAPPER.readTree(p));
            lines.add(tagAt.getLineNr());
          }
        } else {
          JsonNode value = MAPPER.readTree(p);
          header.set(name, value == null ? MAPPER.nullNode() : value);
        }
      }
      for (String required : new String[] {"title", "creator"}) {
        if (!header.hasNonNull(required)) {
          throw new BadInputException(new InputProblem(source, 1, "the TagPack header needs '" + required + "'"));
        }
      }
      if (tags == null) {
        throw new BadInputException(new InputProblem(source, 1, "the TagPack has no 'tags' list"));
      }
      TagPack pack = new TagPack(header, tags, lines);
      for (int i = 0; i < tags.size(); i++) {
        ObjectNode e = pack.effective(i);
        String why = null;
        if (!e.hasNonNull("label")) {
          why = "tag has no 'label' (neither its own nor the header's)";
        } else if (!e.hasNonNull("currency")) {
          why = "tag has no 'currency'";
        } else if (!e.hasNonNull("address") && !e.hasNonNull("tx_hash")) {
          why = "tag has neither 'address' nor 'tx_hash'";
        }
        if (why != null) {
          throw new BadInputException(new InputProblem(source, lines.get(i), why));
        }
      }
      return pack;
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      throw new BadInputException(new InputProblem(source, l == null ? 0 : l.getLineNr(), "not valid YAML: " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new BadInputException(new InputProblem(source, 0, "cannot read: " + e.getMessage()), e);
    }
  }

  private static BadInputException bad(String source, JsonLocation at, String why) {
    return new BadInputException(new InputProblem(source, at == null ? 0 : at.getLineNr(), why));
  }

  /** The pack as YAML: header fields in their order, then {@code tags}. */
  public static String write(TagPack pack) {
    ObjectNode root = pack.header().deepCopy();
    var list = root.putArray("tags");
    pack.tags().forEach(list::add);
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parses YAML into a tree (for comparing a round trip). */
  public static JsonNode tree(String yaml) throws IOException {
    return MAPPER.readTree(yaml);
  }
}
