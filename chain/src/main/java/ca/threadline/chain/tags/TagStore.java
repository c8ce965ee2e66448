package ca.threadline.chain.tags;

import ca.threadline.chain.store.AtomicFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The TagPacks loaded into a store, one JSON file per pack under {@code chain/tags/}, keyed by
 * title: importing a pack with a title already present replaces it. Lookups by address use an
 * in-memory map built on first use.
 */
public final class TagStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path dir;
  private Map<String, List<ObjectNode>> byAddress;
  private List<TagPack> packs;

  public TagStore(Path chainDir) {
    this.dir = chainDir.resolve("tags");
  }

  /** Stores a pack; returns {@code true} when it replaced one with the same title. */
  public boolean put(TagPack pack, String sourceFile) throws IOException {
    Files.createDirectories(dir);
    Path f = dir.resolve(fileName(pack.title()));
    boolean replaced = Files.exists(f);
    ObjectNode n = JSON.createObjectNode();
    n.put("source_file", sourceFile);
    n.set("header", pack.header());
    n.putArray("tags").addAll(pack.tags());
    AtomicFiles.write(f, JSON.writeValueAsBytes(n));
    byAddress = null;
    packs = null;
    return replaced;
  }

  static String fileName(String title) {
    String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    slug = slug.length() > 60 ? slug.substring(0, 60) : slug;
    return slug + "-" + Integer.toHexString(title.hashCode()) + ".json";
  }

  public List<TagPack> packs() throws IOException {
    if (packs != null) {
      return packs;
    }
    List<TagPack> l = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : s.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
          JsonNode n = JSON.readTree(Files.readString(p, StandardCharsets.UTF_8));
          List<ObjectNode> tags = new ArrayList<>();
          n.path("tags").forEach(t -> tags.add((ObjectNode) t));
          l.add(new TagPack((ObjectNode) n.get("header"), tags, List.of()));
        }
      }
    }
    packs = l;
    return l;
  }

  /** Effective tags (header fields inherited) on {@code address}, each with its pack's title. */
  public List<ObjectNode> tagsFor(String address) throws IOException {
    if (byAddress == null) {
      Map<String, List<ObjectNode>> m = new HashMap<>();
      for (TagPack p : packs()) {
        for (ObjectNode e : p.effectiveTags()) {
          if (e.hasNonNull("address")) {
            e.put("tagpack", p.title());
            m.computeIfAbsent(e.get("address").asText(), k -> new ArrayList<>()).add(e);
          }
        }
      }
      byAddress = m;
    }
    return byAddress.getOrDefault(address, List.of());
  }

  /** Every tagged address. */
  public java.util.Set<String> taggedAddresses() throws IOException {
    tagsFor("");
    return byAddress.keySet();
  }

  /** The categories (and abuse concepts) of the tags on an address, lower case. */
  public java.util.Set<String> categories(String address) throws IOException {
    java.util.Set<String> s = new java.util.TreeSet<>();
    for (ObjectNode t : tagsFor(address)) {
      if (t.hasNonNull("category")) {
        s.add(t.get("category").asText().toLowerCase(Locale.ROOT));
      }
      if (t.hasNonNull("abuse")) {
        s.add(t.get("abuse").asText().toLowerCase(Locale.ROOT));
      }
    }
    return s;
  }
}
