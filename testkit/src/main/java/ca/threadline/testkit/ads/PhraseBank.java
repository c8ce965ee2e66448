package ca.threadline.testkit.ads;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Sections of phrases read from a resource file: {@code [key]} headers, one phrase per line,
 * {@code #} comments. Immutable after loading.
 */
final class PhraseBank {
  private final Map<String, List<String>> sections;

  private PhraseBank(Map<String, List<String>> sections) {
    this.sections = sections;
  }

  static PhraseBank load(String resource) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    int lineNo = 0;
    for (String line : readLines(resource)) {
      lineNo++;
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      if (s.startsWith("[") && s.endsWith("]")) {
        current = new ArrayList<>();
        if (sections.put(s.substring(1, s.length() - 1), current) != null) {
          throw new IllegalStateException(resource + ":" + lineNo + ": duplicate section " + s);
        }
      } else if (current == null) {
        throw new IllegalStateException(resource + ":" + lineNo + ": phrase outside a section");
      } else {
        current.add(s);
      }
    }
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    sections.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new PhraseBank(Map.copyOf(frozen));
  }

  static List<String> readLines(String resource) {
    InputStream in = PhraseBank.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  List<String> get(String key) {
    List<String> list = sections.get(key);
    if (list == null || list.isEmpty()) {
      throw new IllegalArgumentException("no phrases for " + key);
    }
    return list;
  }

  boolean has(String key) {
    return sections.containsKey(key);
  }

  String pick(String key, RandomGenerator random) {
    List<String> list = get(key);
    return list.get(random.nextInt(list.size()));
  }

  /** Section keys in file order (for tests). */
  List<String> keys() {
    return sections.keySet().stream().sorted().toList();
  }
}
