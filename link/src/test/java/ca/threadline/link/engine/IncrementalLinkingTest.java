package ca.threadline.link.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.link.circuit.PlaceResolver;
import ca.threadline.link.template.TemplateParameters;
import ca.threadline.testkit.corpus.Corpus;
import ca.threadline.testkit.corpus.CorpusGenerator;
import ca.threadline.testkit.corpus.CorpusSpec;
import ca.threadline.testkit.corpus.Difficulty;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding ads batch by batch (in memory, or through a state file between batches) gives the same
 * template clusters and networks — the same labels, hence the same ids — as linking everything at
 * once, whatever the number of threads.
 */
class IncrementalLinkingTest {
  private static final ForkJoinPool ONE = new ForkJoinPool(1);
  private static final ForkJoinPool FOUR = new ForkJoinPool(4);
  private static final TemplateParameters PARAMS = TemplateParameters.defaults();
  private static final Featurizer FEATURIZER = new Featurizer(PARAMS, PlaceResolver.asWritten());

  @AfterAll
  static void shutdown() {
    ONE.shutdown();
    FOUR.shutdown();
  }

  private static Linking all(List<AdRecord> ads, ForkJoinPool pool) {
    LinkCorpus c = new LinkCorpus(PARAMS, false);
    c.add(ads, ads.stream().map(FEATURIZER::features).toList(), pool);
    return new Linker().link(c);
  }

  @Test
  void batchesGiveTheSamePartitionsAsOneRun(@TempDir Path dir) throws Exception {
    long seed = 5150L;
    System.out.println("IncrementalLinkingTest seed " + seed);
    Corpus corpus = CorpusGenerator.generate(CorpusSpec.of(seed, 4_000, Difficulty.HARD));
    List<AdRecord> ads = GoldSelectors.records(corpus);
    Linking once = all(ads, FOUR);
    assertThat(all(ads, ONE).templateLabels()).as("1 vs 4 threads").isEqualTo(once.templateLabels());
    assertThat(all(ads, ONE).networkLabels()).isEqualTo(once.networkLabels());

    SplittableRandom rnd = new SplittableRandom(seed);
    LinkCorpus inMemory = new LinkCorpus(PARAMS, false);
    Path state = dir.resolve("state.link");
    int from = 0;
    int batches = 0;
    while (from < ads.size()) {
      int to = Math.min(ads.size(), from + 1 + rnd.nextInt(900));
      List<AdRecord> batch = ads.subList(from, to);
      List<AdFeatures> features = batch.stream().map(FEATURIZER::features).toList();
      inMemory.add(batch, features, ONE);
      LinkCorpus saved = batches == 0 ? new LinkCorpus(PARAMS, true) : StateFile.load(state, PARAMS, FEATURIZER);
      saved.add(batch, features, FOUR);
      StateFile.save(saved, state);
      from = to;
      batches++;
    }
    assertThat(batches).isGreaterThan(3);
    Linking incremental = new Linker().link(inMemory);
    Linking fromState = new Linker().link(StateFile.load(state, PARAMS, FEATURIZER));
    assertThat(incremental.templateLabels()).isEqualTo(once.templateLabels());
    assertThat(incremental.networkLabels()).isEqualTo(once.networkLabels());
    assertThat(fromState.templateLabels()).isEqualTo(once.templateLabels());
    assertThat(fromState.networkLabels()).isEqualTo(once.networkLabels());
  }
}
