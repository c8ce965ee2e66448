package ca.threadline.chain.tags;

import ca.threadline.chain.store.AtomicFiles;
import ca.threadline.chain.store.MappedFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The TagPacks loaded into a store, one JSON file per pack under {@code chain/tags/}, keyed by
 * title: importing a pack with a title already present replaces it. Lookups by address go
 * through an on-disk index rebuilt at every import: {@code effective.tsv} holds one line
 * {@code address TAB tag-json} per tag (header fields inherited, {@code tagpack} added), sorted
 * by address; {@code effective.idx} the u64 offset of each line. A lookup is a binary search
 * over mapped memory, so half a million tags cost nothing until asked for.
 */
public final class TagStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LINES = "effective.tsv";
  private static final String OFFSETS = "effective.idx";
  private final Path dir;
  private MappedFile lines;
  private MappedFile offsets;
  private long count = -1;

  public TagStore(Path chainDir) {
    this.dir = chainDir.resolve("tags");
  }

  /** Stores a pack and rebuilds the index; returns {@code true} when it replaced one. */
  public boolean put(TagPack pack, String sourceFile) throws IOException {
    Files.createDirectories(dir);
    Path f = dir.resolve(fileName(pack.title()));
    boolean replaced = Files.exists(f);
    ObjectNode n = JSON.createObjectNode();
    n.put("source_file", sourceFile);
    n.set("header", pack.header());
    n.putArray("tags").addAll(pack.tags());
    AtomicFiles.write(f, JSON.writeValueAsBytes(n));
    rebuildIndex();
    return replaced;
  }

  static String fileName(String title) {
    String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    slug = slug.length() > 60 ? slug.substring(0, 60) : slug;
    return slug + "-" + Integer.toHexString(title.hashCode()) + ".json";
  }

  public List<TagPack> packs() throws IOException {
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
    return l;
  }

  private record Line(String address, String json) {}

  private void rebuildIndex() throws IOException {
    close();
    List<Line> all = new ArrayList<>();
    for (TagPack p : packs()) {
      for (ObjectNode e : p.effectiveTags()) {
        if (e.hasNonNull("address")) {
          e.put("tagpack", p.title());
          all.add(new Line(canonical(e.get("address").asText()), JSON.writeValueAsString(e)));
        }
      }
    }
    all.sort((a, b) -> a.address.compareTo(b.address));
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    ByteArrayOutputStream idx = new ByteArrayOutputStream();
    for (Line l : all) {
      long off = text.size();
      for (int i = 0; i < 8; i++) {
        idx.write((int) (off >>> (8 * i)));
      }
      text.writeBytes((l.address + "\t" + l.json + "\n").getBytes(StandardCharsets.UTF_8));
    }
    AtomicFiles.write(dir.resolve(LINES), text.toByteArray());
    AtomicFiles.write(dir.resolve(OFFSETS), idx.toByteArray());
  }

  private boolean open() throws IOException {
    if (count >= 0) {
      return count > 0;
    }
    Path l = dir.resolve(LINES);
    Path o = dir.resolve(OFFSETS);
    if (!Files.exists(l) || !Files.exists(o) || Files.size(o) == 0) {
      if (Files.isDirectory(dir) && !packs().isEmpty() && !Files.exists(o)) {
        rebuildIndex(); // packs stored by an older version without the index
        return open();
      }
      count = 0;
      return false;
    }
    lines = MappedFile.openReadOnly(l);
    offsets = MappedFile.openReadOnly(o);
    count = Files.size(o) / 8;
    return count > 0;
  }

  private String lineAt(long i) {
    long start = offsets.getLong(i * 8);
    long end = i + 1 < count ? offsets.getLong((i + 1) * 8) : -1;
    int len;
    if (end < 0) {
      int n = 0;
      while (lines.get(start + n) != '\n') {
        n++;
      }
      len = n + 1;
    } else {
      len = (int) (end - start);
    }
    byte[] b = new byte[len - 1];
    lines.get(start, b, 0, b.length);
    return new String(b, StandardCharsets.UTF_8);
  }

  /** Bech32 addresses are case-insensitive: file them lower-case, as the contract writes them. */
  static String canonical(String address) {
    String a = address.strip();
    String l = a.toLowerCase(Locale.ROOT);
    return l.startsWith("bc1") || l.startsWith("tb1") || l.startsWith("bcrt1") ? l : a;
  }

  private static String addressOf(String line) {
    return line.substring(0, line.indexOf('\t'));
  }

  /** Effective tags (header fields inherited) on {@code address}, each with its pack's title. */
  public List<ObjectNode> tagsFor(String queried) throws IOException {
    String address = canonical(queried);
    List<ObjectNode> out = new ArrayList<>();
    if (!open()) {
      return out;
    }
    long lo = 0;
    long hi = count;
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      if (addressOf(lineAt(mid)).compareTo(address) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (long i = lo; i < count; i++) {
      String line = lineAt(i);
      if (!addressOf(line).equals(address)) {
        break;
      }
      out.add((ObjectNode) JSON.readTree(line.substring(line.indexOf('\t') + 1)));
    }
    return out;
  }

  /** Every tagged address, in order. */
  public Set<String> taggedAddresses() throws IOException {
    Set<String> s = new LinkedHashSet<>();
    if (open()) {
      for (long i = 0; i < count; i++) {
        s.add(addressOf(lineAt(i)));
      }
    }
    return s;
  }

  /** The categories (and abuse concepts) of the tags on an address, lower case. */
  public Set<String> categories(String address) throws IOException {
    Set<String> s = new TreeSet<>();
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

  private void close() throws IOException {
    if (lines != null) {
      lines.close();
      offsets.close();
    }
    lines = null;
    offsets = null;
    count = -1;
  }
}
