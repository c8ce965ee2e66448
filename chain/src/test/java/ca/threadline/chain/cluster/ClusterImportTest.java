package ca.threadline.chain.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.threadline.chain.api.ChainStore;
import ca.threadline.chain.api.Explanation;
import ca.threadline.chain.importer.ChainImporter;
import ca.threadline.core.io.BadInputException;
import ca.threadline.testkit.chain.ChainGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing clusters: a CSV of the embedded clustering round-trips exactly; explanations of
 * imported clusters are searched over co-spends; damaged files (seeded random damage, truncation)
 * are refused with file and line, and the clustering in place is left byte for byte.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterImportTest {
  @TempDir static Path tmp;
  Path chain;
  List<String> csv;
  int[] embedded;

  @BeforeAll
  void build() throws Exception {
    ChainGenerator.Result gen = ChainGenerator.generate(ChainGenerator.Config.small(99).withBlocks(70), tmp.resolve("gen"));
    chain = tmp.resolve("home/chain");
    new ChainImporter(null, false).importBlocks(gen.blocksDir(), chain);
    ClusterRun.run(chain, EnumSet.of(Heuristic.MULTI_INPUT), EnumSet.copyOf(CoinJoinRule.VETOES), null, 1, null);
    csv = new ArrayList<>(List.of("address,cluster"));
    try (ChainStore s = ChainStore.open(tmp.resolve("home"))) {
      embedded = new int[(int) s.data().addressCount()];
      for (int a = 0; a < embedded.length; a++) {
        embedded[a] = (int) s.clusterOf(a);
        csv.add(s.addressText(a) + "," + s.clusterOf(a));
      }
    }
  }

  @Test
  void aCsvOfTheClusteringRoundTripsAndExplainsByCoSpends() throws Exception {
    Path f = tmp.resolve("clusters.csv");
    // labels are only compared: relabel every cluster by its largest member, shuffle nothing else
    List<String> relabelled = new ArrayList<>(List.of(csv.get(0)));
    int[] largest = new int[embedded.length];
    for (int a = 0; a < embedded.length; a++) {
      largest[embedded[a]] = a;
    }
    for (int a = 0; a < embedded.length; a++) {
      String line = csv.get(a + 1);
      relabelled.add(line.substring(0, line.lastIndexOf(',') + 1) + largest[embedded[a]]);
    }
    Files.write(f, relabelled);
    ClusterImport.Result r = ClusterImport.run(chain, f, null);
    assertThat(r.rows()).isEqualTo(embedded.length);
    try (ChainStore s = ChainStore.open(tmp.resolve("home"))) {
      int best = 0;
      for (int a = 0; a < embedded.length; a++) {
        assertThat(s.clusterOf(a)).isEqualTo(embedded[a]);
        if (s.clusterSize(embedded[a]) > s.clusterSize(embedded[best])) {
          best = a;
        }
      }
      assertThat(s.clusters().result().path("source").asText()).isEqualTo("import");
      int c = embedded[best];
      int other = s.clusters().member(c, s.clusters().size(c) - 1);
      Explanation e = s.explain(s.addressText(c), s.addressText(other));
      assertThat(e.evidence()).isEqualTo(Explanation.FROM_SEARCH);
      assertThat(e.path()).isNotEmpty();
      assertThat(e.path().getLast().to()).isEqualTo(s.addressText(other));
    }
    ClusterRun.run(chain, EnumSet.of(Heuristic.MULTI_INPUT), EnumSet.copyOf(CoinJoinRule.VETOES), null, 1, null);
  }

  @Test
  void damagedFilesAreRefusedAndChangeNothing() throws Exception {
    byte[] before = Files.readAllBytes(chain.resolve("clusters/cluster.bin"));
    byte[] result = Files.readAllBytes(chain.resolve("clusters/result.json"));
    long seed = 4242;
    System.out.println("damage seed " + seed);
    SplittableRandom r = new SplittableRandom(seed);
    byte[] good = (String.join("\n", csv) + "\n").getBytes(StandardCharsets.UTF_8);
    int refused = 0;
    for (int round = 0; round < 40; round++) {
      byte[] bad = damage(r, good, round);
      Path f = tmp.resolve("bad-" + round + ".csv");
      Files.write(f, bad);
      try {
        ClusterImport.run(chain, f, null);
        // some damage leaves a valid file (a truncation at a line end drops addresses): then it
        // imported; put the embedded clustering back for the next round
        ClusterRun.run(chain, EnumSet.of(Heuristic.MULTI_INPUT), EnumSet.copyOf(CoinJoinRule.VETOES), null, 1, null);
        before = Files.readAllBytes(chain.resolve("clusters/cluster.bin"));
        result = Files.readAllBytes(chain.resolve("clusters/result.json"));
      } catch (BadInputException e) {
        refused++;
        assertThat(e.getMessage()).as("round " + round).startsWith(f + ":");
        assertThat(Files.readAllBytes(chain.resolve("clusters/cluster.bin"))).isEqualTo(before);
        assertThat(Files.readAllBytes(chain.resolve("clusters/result.json"))).isEqualTo(result);
      }
    }
    assertThat(refused).as("most damage is caught").isGreaterThan(25);
    assertThatThrownBy(() -> ClusterImport.run(chain, tmp.resolve("missing.csv"), null)).isInstanceOf(BadInputException.class).hasMessageContaining("no such file");
  }

  /** Truncation, flipped bytes, a repeated line, a label out of range, invalid UTF-8. */
  private byte[] damage(SplittableRandom r, byte[] good, int round) {
    byte[] b = good.clone();
    int at = csv.get(0).length() + 1 + r.nextInt(b.length - csv.get(0).length() - 1);
    switch (round % 5) {
      case 0 -> {
        return java.util.Arrays.copyOf(b, at);
      }
      case 1 -> b[at] = (byte) "x,;#~ 9".charAt(r.nextInt(7));
      case 2 -> {
        String line = csv.get(1 + r.nextInt(csv.size() - 1));
        return (new String(good, StandardCharsets.UTF_8) + line + "\n").getBytes(StandardCharsets.UTF_8);
      }
      case 3 -> {
        String line = csv.get(1 + r.nextInt(csv.size() - 1));
        return (new String(good, StandardCharsets.UTF_8) + line.substring(0, line.indexOf(',')) + "," + (embedded.length + r.nextInt(100)) + "\n").getBytes(StandardCharsets.UTF_8);
      }
      default -> b[at] = (byte) 0xC3;
    }
    return b;
  }
}
