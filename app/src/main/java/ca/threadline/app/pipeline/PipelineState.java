package ca.threadline.app.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the pipeline has already carried into one case store, so that the next run only does what
 * is new ({@code <home>/derived/pipeline/<case>/state.json}):
 *
 * <ul>
 *   <li>{@code store}: which store this is about (another {@code --db} starts from nothing);
 *   <li>{@code offset}: how far into the derived extractions file every row is stored and linked;
 *   <li>{@code template_keys}/{@code network_keys}: per linked document (linking order), the
 *       cluster and network last written to the store (0: none), to send only changed assignments;
 *   <li>{@code clusters}: per template cluster, a digest of the ads its template is read from
 *       (the template is recomputed only when they change); {@code networks}: per network, a
 *       digest of what was written (tying and ignored selectors, circuit);
 *   <li>{@code crypto}: per Bitcoin address, the chain store generation it was looked up in;
 *       {@code btc}: every Bitcoin address of the case (so a run with nothing new can still
 *       refresh look-ups after a new chain import without reading the linking state).
 * </ul>
 *
 * <p>It is derived, never authoritative: written last in a run, crash-safely (temporary file,
 * fsync, rename). A missing or damaged state, or a crash before it was written, only means the
 * next run reads more rows again; the store's ingest and link updates are idempotent, so the
 * result is the same.
 */
final class PipelineState {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final int VERSION = 1;

  String store;
  long offset;
  int[] templateKeys = new int[0];
  int[] networkKeys = new int[0];
  Map<String, String> clusters = new TreeMap<>();
  Map<String, String> networks = new TreeMap<>();
  Map<String, Long> crypto = new TreeMap<>();
  java.util.SortedSet<String> btc = new java.util.TreeSet<>();

  static PipelineState fresh(String store) {
    PipelineState s = new PipelineState();
    s.store = store;
    return s;
  }

  /** The saved state for that store, or a fresh one (missing, damaged, other store, other version). */
  static PipelineState load(Path file, String store, java.util.function.Consumer<String> notes) {
    if (!Files.exists(file)) {
      return fresh(store);
    }
    try {
      JsonNode n = JSON.readTree(file.toFile());
      if (n.path("version").asInt() != VERSION || !store.equals(n.path("store").asText())) {
        notes.accept("pipeline state " + file + " is for another case store or version; starting over (nothing is lost)");
        return fresh(store);
      }
      PipelineState s = fresh(store);
      s.offset = n.path("offset").asLong();
      s.templateKeys = ints(n.path("template_keys").asText(""));
      s.networkKeys = ints(n.path("network_keys").asText(""));
      n.path("clusters").fields().forEachRemaining(e -> s.clusters.put(e.getKey(), e.getValue().asText()));
      n.path("networks").fields().forEachRemaining(e -> s.networks.put(e.getKey(), e.getValue().asText()));
      n.path("crypto").fields().forEachRemaining(e -> s.crypto.put(e.getKey(), e.getValue().asLong()));
      n.path("btc").forEach(a -> s.btc.add(a.asText()));
      return s;
    } catch (IOException | RuntimeException e) {
      notes.accept("pipeline state " + file + " is damaged (" + e.getMessage() + "); starting over (nothing is lost)");
      return fresh(store);
    }
  }

  void save(Path file) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put("version", VERSION);
    o.put("store", store);
    o.put("offset", offset);
    o.put("template_keys", base64(templateKeys));
    o.put("network_keys", base64(networkKeys));
    clusters.forEach(o.putObject("clusters")::put);
    networks.forEach(o.putObject("networks")::put);
    ObjectNode c = o.putObject("crypto");
    crypto.forEach(c::put);
    btc.forEach(o.putArray("btc")::add);
    writeAtomically(file, JSON.writeValueAsBytes(o));
  }

  static void writeAtomically(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
          ch.write(b);
        }
        ch.force(true);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static String base64(int[] a) {
    ByteBuffer b = ByteBuffer.allocate(a.length * 4);
    b.asIntBuffer().put(a);
    return Base64.getEncoder().encodeToString(b.array());
  }

  private static int[] ints(String s) {
    byte[] bytes = Base64.getDecoder().decode(s);
    int[] out = new int[bytes.length / 4];
    ByteBuffer.wrap(bytes).asIntBuffer().get(out);
    return out;
  }
}
