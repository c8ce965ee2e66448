package ca.threadline.chain.importer;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.chain.parse.BlockParser;
import ca.threadline.chain.parse.BlockVisitor;
import ca.threadline.chain.parse.MalformedDataException;
import ca.threadline.core.io.BadInputException;
import ca.threadline.testkit.chain.ChainGenerator;
import ca.threadline.testkit.fuzz.FuzzRunner;
import ca.threadline.testkit.fuzz.Mutator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of Bitcoin Core block files with the shared {@link Mutator} (complements
 * {@code BlockParserFuzzTest}'s hand-made mutations): whole {@code blk*.dat} files through the
 * importer, and single blocks through the parser. Crafted CompactSize counts and script lengths
 * must be checked against the bytes that remain, never allocated; a rejection names the file and
 * a byte offset.
 */
class BlockFilesFuzzTest {
  static final long SEED = 0xB10CL;
  @TempDir Path tmp;

  private static byte[] blockFile(Path tmp, int blocks) throws IOException {
    ChainGenerator.Result g = ChainGenerator.generate(ChainGenerator.Config.small(SEED).withBlocks(blocks).withTxsPerBlock(6).withUsers(20), tmp.resolve("gen"));
    return Files.readAllBytes(g.blocksDir().resolve("blk00000.dat"));
  }

  @Test
  void mutatedBlockFilesImportOrFailNamingFileAndOffset() throws Exception {
    System.out.println("BlockFilesFuzzTest seed " + SEED);
    byte[] file = blockFile(tmp, 16);
    Mutator m = new Mutator(SEED, List.of(file));
    int[] n = {0};
    FuzzRunner.Target importOne = in -> {
      Path dir = tmp.resolve("case" + n[0]++);
      Path blocks = Files.createDirectories(dir.resolve("blocks"));
      Files.write(blocks.resolve("blk00000.dat"), in);
      try {
        new ChainImporter(null, false).importBlocks(blocks, dir.resolve("chain"));
      } finally {
        delete(dir);
      }
    };
    FuzzRunner.Verdict named = (t, in) -> {
      if (t instanceof BadInputException b) {
        String msg = b.getMessage();
        boolean located = msg.contains("blk00000.dat") && msg.contains("byte offset") || msg.contains("blocks") && b.problem().reason().length() > 10;
        return located ? null : "rejected without naming the file and offset: " + msg;
      }
      return "unexpected " + t;
    };
    try (FuzzRunner runner = new FuzzRunner(Duration.ofSeconds(30), 64L << 20)) {
      List<Mutator.Case> cuts = new ArrayList<>(m.truncations(file.length / 12, 1_000_000));
      FuzzRunner.Summary t = runner.run("blk file (truncations)", cuts, importOne, named);
      FuzzRunner.Summary s = runner.run("blk file", FuzzRunner.range(m, 0, 60), importOne, named);
      System.out.println(s.line() + "; " + t.line());
      assertThat(s.failures()).as(s.failureReport()).isEmpty();
      assertThat(t.failures()).as(t.failureReport()).isEmpty();
    }
  }

  @Test
  void mutatedBlocksParseOrFailAtAnOffsetInside() throws Exception {
    byte[] file = blockFile(tmp, 12);
    List<byte[]> blocks = new ArrayList<>();
    for (int p = 0; p + 8 <= file.length; ) {
      int len = (int) ca.threadline.chain.util.Le.u32(file, p + 4);
      blocks.add(java.util.Arrays.copyOfRange(file, p + 8, p + 8 + len));
      p += 8 + len;
    }
    Mutator m = new Mutator(SEED + 1, blocks);
    BlockParser parser = new BlockParser();
    FuzzRunner.Verdict inside = (t, in) -> t instanceof MalformedDataException e && e.offset() >= 0 && e.offset() <= in.length ? null : "unexpected " + t;
    try (FuzzRunner runner = new FuzzRunner(Duration.ofSeconds(10), 16L << 20)) {
      FuzzRunner.Summary s = runner.run("block", FuzzRunner.range(m, 0, 4000), in -> parser.parseBlock(in, 0, in.length, new BlockVisitor() {}), inside);
      System.out.println(s.line());
      assertThat(s.failures()).as(s.failureReport()).isEmpty();
      assertThat(s.rejected()).isGreaterThan(2000);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
