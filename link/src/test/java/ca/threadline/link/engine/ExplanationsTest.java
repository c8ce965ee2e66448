package ca.threadline.link.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.link.circuit.PhoneOrigins;
import ca.threadline.link.circuit.PlaceResolver;
import ca.threadline.link.template.TemplateParameters;
import ca.threadline.link.template.TemplateView;
import ca.threadline.testkit.corpus.Corpus;
import ca.threadline.testkit.corpus.CorpusGenerator;
import ca.threadline.testkit.corpus.CorpusSpec;
import ca.threadline.testkit.corpus.Difficulty;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class ExplanationsTest {
  @Test
  void everyMultiAdClusterAndNetworkIsExplainedConsistently() {
    Corpus corpus = CorpusGenerator.generate(CorpusSpec.of(12L, 3_000, Difficulty.HARD));
    TemplateParameters p = TemplateParameters.defaults();
    Featurizer f = new Featurizer(p, PlaceResolver.asWritten());
    List<AdRecord> ads = GoldSelectors.records(corpus);
    LinkCorpus c = new LinkCorpus(p, true);
    ForkJoinPool pool = new ForkJoinPool(2);
    c.add(ads, ads.stream().map(f::features).toList(), pool);
    pool.shutdown();
    Linking l = new Linker().link(c);
    Explanations ex = new Explanations(f, PhoneOrigins.areaCodeOnly());

    List<TemplateView> views = new ArrayList<>();
    Set<Integer> explained = new HashSet<>();
    ex.templates(c, l, (cluster, size, view) -> {
      assertThat(size).isGreaterThanOrEqualTo(2);
      assertThat(l.templateLabels()[view.centerAd()]).isEqualTo(cluster);
      explained.add(cluster);
      views.add(view);
    });
    long multi = java.util.Arrays.stream(l.templateLabels()).boxed().collect(java.util.stream.Collectors.groupingBy(x -> x, java.util.stream.Collectors.counting())).values().stream().filter(n -> n >= 2).count();
    assertThat(explained).hasSize((int) multi);
    // operators rotate phones: some templates show a phone slot, with canonical values
    List<TemplateView.Slot> phoneSlots = views.stream().flatMap(v -> v.slots().stream()).filter(s -> s.type().equals("phone")).toList();
    assertThat(phoneSlots).hasSizeGreaterThan(5);
    phoneSlots.forEach(s -> assertThat(s.values()).allSatisfy(v -> assertThat(v.value()).matches("\\+1\\d{10}")));
    assertThat(phoneSlots).allSatisfy(s -> assertThat(s.distinct()).isGreaterThan(1));

    int[] genericSeen = {0};
    ex.networks(c, l, view -> {
      assertThat(view.ads()).isGreaterThanOrEqualTo(2);
      int circuitAds = view.circuit().stops().stream().mapToInt(s -> s.ads()).sum();
      assertThat(circuitAds + view.circuit().undated() + view.circuit().unplaced()).isEqualTo(view.ads());
      for (NetworkView.Tie t : view.tiedBy()) {
        assertThat(t.ads()).isGreaterThanOrEqualTo(2);
      }
      for (NetworkView.Ignored i : view.ignored()) {
        assertThat(i.reason()).isNotBlank();
        assertThat(i.adsInCorpus()).isGreaterThanOrEqualTo(i.adsHere());
        genericSeen[0]++;
      }
      view.phoneOrigins().forEach(o -> assertThat(o.origin().areaCode()).isEqualTo(o.phone().substring(2, 5)));
    });
    assertThat(genericSeen[0]).isPositive();
  }
}
