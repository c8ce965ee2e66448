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

  /**
   * Longest line accepted. Real packs have short lines (an address, a label, a URL); SnakeYAML
   * copies its read window for every chunk of a token still being scanned, so one hostile line of a
   * few hundred KB costs hundreds of MB of copying (found by fuzzing: 650 KB, 830 MB).
   */
  public static final int MAX_LINE_CHARS = 1 << 16;

  /**
   * Reads a pack from its bytes, which must be UTF-8: a bad byte is reported with its line and
   * byte offset (a {@link Reader} cannot say where: its decoder drops the characters decoded
   * before the bad byte, so {@link #read(Reader, String)} can only name the line its chunk began).
   */
  public static TagPack read(byte[] bytes, String source) {
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
    java.nio.charset.CharsetDecoder d = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.charset.CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new BadInputException(new InputProblem(source, line, "not valid UTF-8 at byte offset " + at + " (a malformed sequence of " + r.length() + " byte(s))"));
    }
    d.flush(out);
    out.flip();
    return read(new java.io.StringReader(out.toString()), source);
  }

  public static TagPack read(Reader in, String source) {
    LineLimit limited = new LineLimit(in);
    try {
      return parse(limited, source);
    } catch (LineLimit.TooLong e) {
      throw new BadInputException(new InputProblem(source, e.line, "line is longer than " + MAX_LINE_CHARS + " characters; not a TagPack"));
    } catch (LineLimit.NotUtf8 e) {
      throw new BadInputException(new InputProblem(source, e.line, "not valid UTF-8 (" + e.getMessage() + ")"));
    }
  }

  private static TagPack parse(Reader in, String source) {
    JsonParser parser = null;
    try (JsonParser p = MAPPER.getFactory().createParser(in)) {
      parser = p;
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw bad(source, p.currentTokenLocation(), "a TagPack must be a YAML mapping (title, creator, tags, ...)");
      }
      ObjectNode header = MAPPER.createObjectNode();
      java.util.Map<String, Integer> headerLines = new java.util.HashMap<>();
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
          headerLines.put(name, at.getLineNr());
        }
      }
      for (String required : new String[] {"title", "creator"}) {
        if (!header.hasNonNull(required)) {
          throw new BadInputException(new InputProblem(source, 1, "the TagPack header needs '" + required + "'"));
        }
        if (!isText(header.get(required))) {
          throw new BadInputException(new InputProblem(source, Math.max(1, headerLines.getOrDefault(required, 1)), "'" + required + "' must be a non-empty text"));
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
        } else {
          // the store files a tag under its address as text: a mapping, a list or an empty
          // value would file it under nothing (found by fuzzing a truncated pack)
          for (String f : new String[] {"label", "currency", "address", "tx_hash"}) {
            if (e.hasNonNull(f) && !isText(e.get(f))) {
              why = "tag's '" + f + "' must be a non-empty text";
              break;
            }
          }
        }
        if (why != null) {
          throw new BadInputException(new InputProblem(source, lines.get(i), why));
        }
      }
      return pack;
    } catch (JsonProcessingException e) {
      // a limit (nesting depth, number length) is reported without a location: take the parser's
      JsonLocation l = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
      throw new BadInputException(new InputProblem(source, l == null ? 0 : Math.max(1, l.getLineNr()), "not valid YAML: " + firstLine(e.getOriginalMessage())));
    } catch (IOException e) {
      throw new BadInputException(new InputProblem(source, 0, "cannot read: " + e.getMessage()), e);
    }
  }

  /** A scalar with some text (YAML may type {@code 2019} or {@code true} as number or boolean; both are fine). */
  private static boolean isText(JsonNode v) {
    return v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank();
  }

  private static String firstLine(String m) {
    if (m == null) {
      return "unknown error";
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** Counts lines and refuses one longer than {@link #MAX_LINE_CHARS} while the parser reads. */
  private static final class LineLimit extends java.io.FilterReader {
    private int line = 1;
    private int column;

    LineLimit(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c;
      try {
        c = super.read();
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new NotUtf8(line, e);
      }
      if (c >= 0) {
        count((char) c);
      }
      return c;
    }

    @Override
    public int read(char[] b, int off, int len) throws IOException {
      int n;
      try {
        n = super.read(b, off, len);
      } catch (java.nio.charset.CharacterCodingException e) {
        // the decoder hands over the characters before a bad byte first, so the line is exact
        // (found by fuzzing: it was reported as line 1 with the exception's class name)
        throw new NotUtf8(line, e);
      }
      for (int i = 0; i < n; i++) {
        count(b[off + i]);
      }
      return n;
    }

    private void count(char c) {
      if (c == '\n') {
        line++;
        column = 0;
      } else if (++column > MAX_LINE_CHARS) {
        throw new TooLong(line);
      }
    }

    /** The input is not UTF-8 at this line. */
    static final class NotUtf8 extends RuntimeException {
      final int line;

      NotUtf8(int line, java.nio.charset.CharacterCodingException e) {
        super(e instanceof java.nio.charset.MalformedInputException m ? "a malformed sequence of " + m.getInputLength() + " byte(s)" : "unmappable input", null, false, false);
        this.line = line;
      }
    }

    /** Unchecked so that it passes through the YAML parser, which wraps checked I/O errors. */
    static final class TooLong extends RuntimeException {
      final int line;

      TooLong(int line) {
        super(null, null, false, false);
        this.line = line;
      }
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
