package ca.threadline.app.pipeline;

import ca.threadline.evidence.item.Catalog;
import ca.threadline.evidence.item.Item;
import ca.threadline.evidence.item.ItemBytes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the custody log says about the items of one case, for the pipeline: each item's record,
 * the images attached to it (items whose parent it is), and an ad's own line read back from the
 * stored file (its {@code id}, {@code url}, {@code posted_at}, {@code city}, {@code kind} as the
 * source wrote them). The custody log is the authority on evidence; the pipeline only reads it.
 */
public final class EvidenceFacts implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path home;
  private final Catalog catalog;
  private final Map<String, List<Item>> images = new HashMap<>();
  /** Open stored files, by path: the ads of one JSON Lines file are byte ranges of one blob. */
  private final Map<String, java.nio.channels.FileChannel> open = new HashMap<>();

  public EvidenceFacts(Path home, Catalog catalog, String caseName) {
    this.home = home;
    this.catalog = catalog;
    for (Item i : catalog.items(caseName)) {
      if (i.parent() != null && "image".equals(i.kind())) {
        images.computeIfAbsent(i.parent(), k -> new ArrayList<>()).add(i);
      }
    }
  }

  public Item item(String id) {
    return catalog.item(id);
  }

  /** Images attached to the item, in the order recorded. */
  public List<Item> images(String itemId) {
    return images.getOrDefault(itemId, List.of());
  }

  /** The ad's line as stored (the bytes of the item), parsed; {@code null} when unreadable. */
  public ObjectNode adLine(Item ad) {
    try {
      String line = new String(bytes(ad), StandardCharsets.UTF_8);
      if (line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      JsonNode n = JSON.readTree(line);
      return n instanceof ObjectNode o ? o : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private byte[] bytes(Item item) throws IOException {
    if (item.location() instanceof ca.threadline.evidence.item.Location.Range r && r.length() <= 16 << 20) {
      java.nio.channels.FileChannel ch = open.get(r.file());
      if (ch == null) {
        ch = java.nio.channels.FileChannel.open(home.resolve(r.file()), java.nio.file.StandardOpenOption.READ);
        open.put(r.file(), ch);
      }
      java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate((int) r.length());
      while (b.hasRemaining()) {
        if (ch.read(b, r.offset() + b.position()) < 0) {
          throw new IOException("stored file " + r.file() + " is shorter than its custody entry says");
        }
      }
      return b.array();
    }
    try (InputStream in = ItemBytes.open(home.resolve(item.location().file()), item.location())) {
      return in.readAllBytes();
    }
  }

  @Override
  public void close() {
    for (java.nio.channels.FileChannel ch : open.values()) {
      try {
        ch.close();
      } catch (IOException e) {
        // read-only: nothing to lose
      }
    }
    open.clear();
  }
}
