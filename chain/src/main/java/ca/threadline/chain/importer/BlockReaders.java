package ca.threadline.chain.importer;

import ca.threadline.chain.block.BlockDirectory;
import ca.threadline.chain.block.BlockFile;
import ca.threadline.chain.block.BlockRecord;
import java.io.Closeable;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Open block files, at most a few at a time (a full node has thousands). */
final class BlockReaders implements Closeable {
  private final BlockDirectory dir;
  private final Map<Integer, BlockFile> open = new LinkedHashMap<>(16, 0.75f, true);

  BlockReaders(BlockDirectory dir) {
    this.dir = dir;
  }

  BlockFile file(int number) throws IOException {
    BlockFile f = open.get(number);
    if (f == null) {
      if (open.size() >= 8) {
        var it = open.entrySet().iterator();
        it.next().getValue().close();
        it.remove();
      }
      f = dir.openFile(number);
      open.put(number, f);
    }
    return f;
  }

  /** Reads a block into {@code buf} (grown as needed); returns the buffer holding it. */
  byte[] read(BlockRecord r, byte[] buf) throws IOException {
    byte[] b = buf.length >= r.length() ? buf : new byte[Math.max(r.length(), buf.length * 2)];
    file(r.file()).read(r, b);
    return b;
  }

  @Override
  public void close() throws IOException {
    for (BlockFile f : open.values()) {
      f.close();
    }
    open.clear();
  }
}
