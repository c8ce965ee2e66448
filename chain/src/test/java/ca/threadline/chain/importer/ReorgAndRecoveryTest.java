package ca.threadline.chain.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.threadline.chain.store.ChainData;
import ca.threadline.chain.store.Column;
import ca.threadline.chain.store.Manifest;
import ca.threadline.core.io.BadInputException;
import ca.threadline.testkit.chain.ChainGenerator;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReorgAndRecoveryTest {
  @TempDir Path tmp;

  @Test
  void reorganisationAtTheTipEndsEqualToAFreshImport() throws Exception {
    ChainGenerator.Result g = ChainGenerator.generate(ChainGenerator.Config.small(99).withBlocks(60).withReorg(true).withXor(true).withShuffle(true).withMaxFileSize(64 * 1024), tmp.resolve("gen"));
    Path a = tmp.resolve("a/chain");
    ImportSummary first = new ChainImporter(null, false).importBlocks(g.beforeDir(), a);
    assertThat(first.height()).isEqualTo(g.height() - 1); // branch A: fork + 2
    ImportSummary second = new ChainImporter(null, false).importBlocks(g.blocksDir(), a);
    assertThat(second.blocksRolledBack()).isEqualTo(2);
    assertThat(second.blocksAdded()).isEqualTo(3);
    assertThat(second.tip()).isEqualTo(g.tipHash());
    ImportSummary again = new ChainImporter(null, false).importBlocks(g.blocksDir(), a);
    assertThat(again.blocksAdded()).isZero();
    assertThat(again.headersSeen()).isZero();
    Path b = tmp.resolve("b/chain");
    new ChainImporter(null, false).importBlocks(g.blocksDir(), b);
    assertSameStore(a, b);
  }

  static void assertSameStore(Path a, Path b) throws Exception {
    Manifest ma = Manifest.read(a);
    Manifest mb = Manifest.read(b);
    for (Column.Unit u : Column.Unit.values()) {
      if (u != Column.Unit.HEADER) {
        assertThat(ma.count(u)).as(u.name()).isEqualTo(mb.count(u));
      }
    }
    for (Column c : Column.values()) {
      if (c == Column.HEADERS) {
        continue;
      }
      long len = ma.count(c.unit()) * c.width();
      byte[] x = Arrays.copyOf(Files.readAllBytes(a.resolve(c.fileName())), (int) len);
      byte[] y = Arrays.copyOf(Files.readAllBytes(b.resolve(c.fileName())), (int) len);
      assertThat(x).as(c.name()).isEqualTo(y);
    }
    try (ChainData da = ChainData.openRead(a, ma)) {
      for (long t = 0; t < da.txCount(); t++) {
        assertThat(da.findTx(da.txHash(t), 0)).isEqualTo(t);
      }
    }
  }

  @Test
  void truncatedOrGarbageFilesStopWithFileAndOffsetAndLeaveTheStoreUnchanged() throws Exception {
    ChainGenerator.Result g = ChainGenerator.generate(ChainGenerator.Config.small(3).withBlocks(40).withReorg(true).withMaxFileSize(1 << 30), tmp.resolve("gen"));
    Path store = tmp.resolve("h/chain");
    new ChainImporter(null, false).importBlocks(g.beforeDir(), store);
    byte[] manifestBefore = Files.readAllBytes(store.resolve(Manifest.FILE));
    Path bad = tmp.resolve("bad");
    Files.createDirectories(bad);
    Path blk = g.blocksDir().resolve("blk00000.dat");
    Files.copy(blk, bad.resolve("blk00000.dat"));
    long size = Files.size(blk);
    try (RandomAccessFile f = new RandomAccessFile(bad.resolve("blk00000.dat").toFile(), "rw")) {
      f.setLength(size - 100);
    }
    assertThatThrownBy(() -> new ChainImporter(null, false).importBlocks(bad, store))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("blk00000.dat")
        .hasMessageContaining("byte offset")
        .hasMessageContaining("truncated");
    assertThat(Files.readAllBytes(store.resolve(Manifest.FILE))).isEqualTo(manifestBefore);
    // A running node's half-written last record is tolerated when asked.
    ImportSummary tail = new ChainImporter(null, true).importBlocks(bad, tmp.resolve("t/chain"));
    assertThat(tail.height()).isEqualTo(g.height() - 1);

    Files.copy(blk, bad.resolve("blk00000.dat"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    try (RandomAccessFile f = new RandomAccessFile(bad.resolve("blk00000.dat").toFile(), "rw")) {
      f.seek(size);
      f.write(new byte[] {0x13, 0x37, 0x13, 0x37, 1, 2, 3, 4, 5, 6, 7, 8});
    }
    assertThatThrownBy(() -> new ChainImporter(null, false).importBlocks(bad, store))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("blk00000.dat")
        .hasMessageContaining("byte offset " + size);
    assertThat(Files.readAllBytes(store.resolve(Manifest.FILE))).isEqualTo(manifestBefore);
    // The store still accepts the good files afterwards, and ends as a fresh import would.
    new ChainImporter(null, false).importBlocks(g.blocksDir(), store);
    Path fresh = tmp.resolve("f/chain");
    new ChainImporter(null, false).importBlocks(g.blocksDir(), fresh);
    assertSameStore(store, fresh);
  }

  @Test
  void wrongXorKeyIsReportedAsAMagicMismatch() throws Exception {
    ChainGenerator.Result g = ChainGenerator.generate(ChainGenerator.Config.small(4).withBlocks(20).withXor(true), tmp.resolve("gen"));
    Files.write(g.blocksDir().resolve("xor.dat"), new byte[8]);
    assertThatThrownBy(() -> new ChainImporter(null, false).importBlocks(g.blocksDir(), tmp.resolve("h/chain")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("byte offset 0")
        .hasMessageContaining("magic");
  }
}
