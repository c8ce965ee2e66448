package ca.threadline.link.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.threadline.core.io.BadInputException;
import ca.threadline.link.circuit.PlaceResolver;
import ca.threadline.link.template.TemplateParameters;
import ca.threadline.testkit.corpus.CorpusGenerator;
import ca.threadline.testkit.corpus.CorpusSpec;
import ca.threadline.testkit.corpus.Difficulty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileTest {
  private static final TemplateParameters PARAMS = TemplateParameters.defaults();
  private static final Featurizer FEATURIZER = new Featurizer(PARAMS, PlaceResolver.asWritten());
  private static final ForkJoinPool POOL = new ForkJoinPool(2);
  private static List<AdRecord> ads;

  @BeforeAll
  static void corpus() {
    ads = GoldSelectors.records(CorpusGenerator.generate(CorpusSpec.of(8L, 300, Difficulty.HARD)));
  }

  @AfterAll
  static void shutdown() {
    POOL.shutdown();
  }

  private static Path saved(Path dir) throws Exception {
    LinkCorpus c = new LinkCorpus(PARAMS, true);
    c.add(ads, ads.stream().map(FEATURIZER::features).toList(), POOL);
    Path file = dir.resolve("s.link");
    StateFile.save(c, file);
    return file;
  }

  @Test
  void roundTripKeepsRecordsFeaturesAndClusters(@TempDir Path dir) throws Exception {
    Path file = saved(dir);
    LinkCorpus back = StateFile.load(file, PARAMS, FEATURIZER);
    assertThat(back.size()).isEqualTo(ads.size());
    for (int i = 0; i < ads.size(); i++) {
      assertThat(back.record(i)).isEqualTo(ads.get(i));
      assertThat(back.templates().shingles(i)).isEqualTo(FEATURIZER.features(ads.get(i)).shingles());
    }
    LinkCorpus fresh = new LinkCorpus(PARAMS, false);
    fresh.add(ads, ads.stream().map(FEATURIZER::features).toList(), POOL);
    assertThat(back.templates().labels()).isEqualTo(fresh.templates().labels());
    assertThat(Files.list(dir).toList()).containsExactly(file); // no temporary file left
  }

  @Test
  void everyDamagedOrTruncatedFileIsRefusedWithItsName(@TempDir Path dir) throws Exception {
    Path file = saved(dir);
    byte[] good = Files.readAllBytes(file);
    long seed = 99L;
    System.out.println("StateFileTest damage seed " + seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    Path bad = dir.resolve("bad.link");
    for (int round = 0; round < 40; round++) {
      byte[] b = good.clone();
      if (round % 2 == 0) {
        b = java.util.Arrays.copyOf(b, rnd.nextInt(b.length));
      } else {
        int at = rnd.nextInt(b.length);
        b[at] ^= (byte) (1 + rnd.nextInt(255));
      }
      Files.write(bad, b);
      assertThatThrownBy(() -> StateFile.load(bad, PARAMS, FEATURIZER))
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining(bad.toString())
          .hasMessageContaining("state file");
    }
  }

  @Test
  void stateBuiltWithOtherParametersIsRefused(@TempDir Path dir) throws Exception {
    Path file = saved(dir);
    TemplateParameters other = new TemplateParameters(3, false, 64, 4, 0.5, 5, 100, TemplateParameters.DEFAULT_SEED);
    assertThatThrownBy(() -> StateFile.load(file, other, FEATURIZER)).isInstanceOf(BadInputException.class).hasMessageContaining("different linking parameters");
  }
}
