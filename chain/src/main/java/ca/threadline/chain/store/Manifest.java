package ca.threadline.chain.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The commit record of the chain store. Written last, atomically (temp file, fsync, rename), so
 * the store is always exactly what one manifest describes: bytes of a column beyond the
 * manifest's count are leftovers of an interrupted run and are overwritten by the next one.
 *
 * @param scannedTo per block file number, the offset up to which its records have been read
 */
public record Manifest(
    int format,
    String network,
    long generation,
    Map<Column.Unit, Long> counts,
    Map<Integer, Long> scannedTo,
    String blocksDir) {
  public static final int FORMAT = 1;
  public static final String FILE = "manifest.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  public static Manifest empty() {
    Map<Column.Unit, Long> c = new EnumMap<>(Column.Unit.class);
    for (Column.Unit u : Column.Unit.values()) {
      c.put(u, 0L);
    }
    return new Manifest(FORMAT, null, 0, c, new TreeMap<>(), null);
  }

  public long count(Column.Unit u) {
    return counts.getOrDefault(u, 0L);
  }

  public static Manifest read(Path chainDir) throws IOException {
    Path f = chainDir.resolve(FILE);
    if (!Files.exists(f)) {
      return empty();
    }
    JsonNode n = JSON.readTree(f.toFile());
    int format = n.path("format").asInt();
    if (format != FORMAT) {
      throw new IOException(f + ": store format " + format + " is not supported (expected " + FORMAT + ")");
    }
    Map<Column.Unit, Long> c = new EnumMap<>(Column.Unit.class);
    for (Column.Unit u : Column.Unit.values()) {
      c.put(u, n.path("counts").path(u.name().toLowerCase(java.util.Locale.ROOT)).asLong(0));
    }
    Map<Integer, Long> scanned = new TreeMap<>();
    n.path("scanned_to").fields().forEachRemaining(e -> scanned.put(Integer.parseInt(e.getKey()), e.getValue().asLong()));
    return new Manifest(
        format,
        n.path("network").isNull() || n.path("network").isMissingNode() ? null : n.path("network").asText(),
        n.path("generation").asLong(),
        c,
        scanned,
        n.hasNonNull("blocks_dir") ? n.get("blocks_dir").asText() : null);
  }

  public void write(Path chainDir) throws IOException {
    ObjectNode n = JSON.createObjectNode();
    n.put("format", format);
    n.put("network", network);
    n.put("generation", generation);
    ObjectNode c = n.putObject("counts");
    for (Column.Unit u : Column.Unit.values()) {
      c.put(u.name().toLowerCase(java.util.Locale.ROOT), count(u));
    }
    ObjectNode s = n.putObject("scanned_to");
    new TreeMap<>(scannedTo).forEach((k, v) -> s.put(Integer.toString(k), v));
    n.put("blocks_dir", blocksDir);
    AtomicFiles.write(chainDir.resolve(FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
  }
}
