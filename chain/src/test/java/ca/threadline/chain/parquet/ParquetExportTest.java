package ca.threadline.chain.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.threadline.chain.api.ChainStore;
import ca.threadline.chain.importer.ChainImporter;
import ca.threadline.testkit.chain.ChainGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export's layout and manifest; its content is read back by Spark in the spark module's
 * tests (clusters and CoinJoin verdicts computed from it equal the store's own).
 */
class ParquetExportTest {
  @TempDir Path tmp;

  @Test
  void writesPartsAndManifestAndNeverOverwrites() throws IOException {
    ChainGenerator.Result gen = ChainGenerator.generate(ChainGenerator.Config.small(5).withBlocks(40), tmp.resolve("gen"));
    new ChainImporter(null, false).importBlocks(gen.blocksDir(), tmp.resolve("home/chain"));
    Path out = tmp.resolve("pq");
    try (ChainStore s = ChainStore.open(tmp.resolve("home"))) {
      ParquetExport.Summary sum = ParquetExport.export(s, out, 300, null);
      assertThat(sum.transactions()).isEqualTo(s.data().txCount());
      assertThat(sum.transactionFiles()).isEqualTo((int) ((s.data().txCount() + 299) / 300));
      JsonNode m = new ObjectMapper().readTree(out.resolve(ChainParquetLayout.MANIFEST).toFile());
      assertThat(m.get("format").asText()).isEqualTo(ChainParquetLayout.FORMAT);
      assertThat(m.get("store_generation").asLong()).isEqualTo(s.manifest().generation());
      assertThat(m.get("addresses").asLong()).isEqualTo(s.data().addressCount());
      for (String dir : new String[] {ChainParquetLayout.TRANSACTIONS, ChainParquetLayout.ADDRESSES}) {
        try (var files = Files.list(out.resolve(dir))) {
          for (Path p : files.toList()) {
            byte[] b = Files.readAllBytes(p);
            assertThat(Arrays.copyOf(b, 4)).as(p + " starts as Parquet").isEqualTo("PAR1".getBytes());
            assertThat(Arrays.copyOfRange(b, b.length - 4, b.length)).as(p + " ends as Parquet").isEqualTo("PAR1".getBytes());
          }
        }
      }
      assertThat(tmp.resolve("pq.partial")).doesNotExist();
      assertThatThrownBy(() -> ParquetExport.export(s, out, 300, null)).hasMessageContaining("already exists");
    }
  }
}
