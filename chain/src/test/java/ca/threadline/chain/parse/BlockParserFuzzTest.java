package ca.threadline.chain.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.threadline.chain.importer.ChainImporter;
import ca.threadline.core.io.BadInputException;
import ca.threadline.testkit.chain.ChainGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing: mutated, truncated and crafted blocks either parse or fail with a
 * {@link MalformedDataException} at an offset inside the buffer; nothing else, no large
 * allocation, and bounded time.
 */
class BlockParserFuzzTest {
  static final long SEED = 77L;
  @TempDir Path tmp;

  @Test
  void mutatedAndTruncatedBlocksFailCleanly() throws Exception {
    System.out.println("seed " + SEED);
    ChainGenerator.Result g = ChainGenerator.generate(ChainGenerator.Config.small(SEED).withBlocks(30), tmp.resolve("gen"));
    byte[] file = Files.readAllBytes(g.blocksDir().resolve("blk00000.dat"));
    SplittableRandom r = new SplittableRandom(SEED);
    BlockParser parser = new BlockParser();
    int rejected = 0;
    long t0 = System.nanoTime();
    for (int round = 0; round < 4000; round++) {
      int start = 8;
      int len = (int) ca.threadline.chain.util.Le.u32(file, 4);
      int recStart = 0;
      int pick = r.nextInt(30);
      for (int k = 0; k < pick; k++) {
        recStart += 8 + (int) ca.threadline.chain.util.Le.u32(file, recStart + 4);
      }
      start = recStart + 8;
      len = (int) ca.threadline.chain.util.Le.u32(file, recStart + 4);
      byte[] b = java.util.Arrays.copyOfRange(file, start, start + len);
      switch (r.nextInt(4)) {
        case 0 -> b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
        case 1 -> b = java.util.Arrays.copyOf(b, r.nextInt(b.length));
        case 2 -> {
          int at = 80 + r.nextInt(Math.max(1, b.length - 90));
          b[at] = (byte) 0xff; // a 9-byte varint claiming an impossible count or length
          for (int k = 1; k <= 8 && at + k < b.length; k++) {
            b[at + k] = (byte) 0x7f;
          }
        }
        default -> {
          for (int k = 0; k < 1 + r.nextInt(8); k++) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
          }
        }
      }
      try {
        parser.parseBlock(b, 0, b.length, new BlockVisitor() {});
      } catch (MalformedDataException e) {
        assertThat(e.offset()).isBetween(0L, (long) b.length);
        rejected++;
      }
    }
    assertThat(rejected).isGreaterThan(2000);
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(60);
  }

  @Test
  void hugeLengthFieldsInTheFileAreRejectedWithoutReadingThem() throws Exception {
    ChainGenerator.Result g = ChainGenerator.generate(ChainGenerator.Config.small(SEED).withBlocks(15), tmp.resolve("gen2"));
    Path f = g.blocksDir().resolve("blk00000.dat");
    byte[] b = Files.readAllBytes(f);
    b[4] = (byte) 0xff;
    b[5] = (byte) 0xff;
    b[6] = (byte) 0xff;
    b[7] = (byte) 0x7f;
    Files.write(f, b);
    assertThatThrownBy(() -> new ChainImporter(null, false).importBlocks(g.blocksDir(), tmp.resolve("h/chain")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("byte offset 4")
        .hasMessageContaining("block length");
  }

  @Test
  void aFlippedWitnessByteBreaksTheWitnessCommitment() throws Exception {
    ChainGenerator.Result g = ChainGenerator.generate(ChainGenerator.Config.small(SEED).withBlocks(40), tmp.resolve("gen3"));
    byte[] file = Files.readAllBytes(g.blocksDir().resolve("blk00000.dat"));
    int checked = 0;
    for (int p = 0; p < file.length; ) {
      int len = (int) ca.threadline.chain.util.Le.u32(file, p + 4);
      byte[] b = java.util.Arrays.copyOfRange(file, p + 8, p + 8 + len);
      p += 8 + len;
      int[] witnessAt = {-1};
      BlockParser plain = new BlockParser();
      plain.parseBlock(b, 0, b.length, new BlockVisitor() {
        @Override
        public void witnessItem(int input, byte[] buf, int off, int l) {
          if (l >= 64 && witnessAt[0] < 0) {
            witnessAt[0] = off + 10;
          }
        }
      });
      if (witnessAt[0] > 0) {
        b[witnessAt[0]] ^= 1;
        assertThatThrownBy(() -> plain.parseBlock(b, 0, b.length, new BlockVisitor() {}))
            .isInstanceOf(MalformedDataException.class)
            .hasMessageContaining("witness commitment");
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(5);
  }
}
