package ca.threadline.app.chain;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.chain.api.ChainStore;
import ca.threadline.chain.store.ChainData;
import ca.threadline.chain.store.Column;
import ca.threadline.chain.store.Manifest;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The full content of a chain store as a reader sees it: opened through {@link ChainStore#open}
 * (the API every command and the workbench use), then per column the SHA-256 of its committed
 * bytes (count × width, the bytes past it are an interrupted writer's leftovers), the manifest's
 * counts, network and scan offsets, and the block hashes in height order. Two stores with equal
 * digests answer every query alike. The hash indexes are not compared byte for byte (their slot
 * layout depends on insertion history); instead every committed transaction and address must be
 * found by them at its own id.
 */
record ChainStoreDigest(Map<String, String> columns, String manifest, List<String> blocks) {
  static ChainStoreDigest of(Path home) throws IOException {
    Path dir = home.resolve("chain");
    Map<String, String> cols = new LinkedHashMap<>();
    List<String> blocks = new ArrayList<>();
    String manifestText;
    try (ChainStore store = ChainStore.open(home)) {
      Manifest m = Manifest.read(dir);
      ChainData d = store.data();
      for (Column c : Column.values()) {
        cols.put(c.name(), sha256(dir.resolve(c.fileName()), m.count(c.unit()) * c.width()));
      }
      manifestText = "network=" + m.network() + " counts=" + m.counts() + " scanned=" + m.scannedTo();
      HexFormat hex = HexFormat.of();
      for (long h = 0; h < d.blockCount(); h++) {
        blocks.add(hex.formatHex(d.blockHash(h)));
      }
      for (long t = 0; t < d.txCount(); t++) {
        long found = d.findTx(d.txHash(t), 0);
        // a duplicate txid (BIP 30) resolves to its latest copy
        assertThat(found).as("tx %d found by the index", t).isGreaterThanOrEqualTo(t);
      }
      for (int a = 0; a < d.addressCount(); a++) {
        assertThat(d.findAddress(d.addressKind(a), d.addressPayload(a))).as("address %d found by the index", a).isEqualTo(a);
      }
    }
    return new ChainStoreDigest(cols, manifestText, blocks);
  }

  private static String sha256(Path file, long length) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
      assertThat(f.length()).as("%s holds its committed bytes", file).isGreaterThanOrEqualTo(length);
      byte[] buf = new byte[1 << 16];
      long left = length;
      while (left > 0) {
        int n = f.read(buf, 0, (int) Math.min(buf.length, left));
        md.update(buf, 0, n);
        left -= n;
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
