package ca.threadline.app.pipeline;

import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.access.User;
import ca.threadline.store.document.DocumentSummary;
import ca.threadline.testkit.corpus.Corpus;
import ca.threadline.testkit.corpus.CorpusAd;
import ca.threadline.testkit.corpus.CorpusGenerator;
import ca.threadline.testkit.corpus.CorpusSpec;
import ca.threadline.testkit.corpus.Difficulty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Synthetic ads written as JSON Lines files, and what a case store holds after the pipeline ran. */
final class CaseFixture {
  private CaseFixture() {}

  static Corpus corpus(long seed, int ads) {
    System.out.println("corpus seed " + seed + ", " + ads + " ads");
    return CorpusGenerator.generate(CorpusSpec.of(seed, ads, Difficulty.HARD));
  }

  /** Writes ads [from, to) of the corpus to a file. */
  static Path write(Corpus c, int from, int to, Path file) throws IOException {
    StringBuilder b = new StringBuilder();
    for (CorpusAd a : c.ads().subList(from, to)) {
      b.append(a.toJson()).append('\n');
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, b, StandardCharsets.UTF_8);
    return file;
  }

  /** External id → "cluster|network" for every document of the case. */
  static Map<String, String> assignments(Path home, String caseName) {
    try (Store s = Store.open(StoreConfig.embedded(home))) {
      User u = s.users().find("admin").orElseThrow();
      long id = s.cases().idByName(u, caseName).orElseThrow();
      Map<String, String> out = new TreeMap<>();
      for (DocumentSummary d : s.documents().list(u, id, 1_000_000)) {
        out.put(d.externalId(), d.clusterKey() + "|" + d.networkKey());
      }
      return out;
    }
  }

  /** Network key → its tying selectors, ignored selectors and circuit, as the store holds them. */
  static Map<String, String> networks(Path home, String caseName) {
    try (Store s = Store.open(StoreConfig.embedded(home))) {
      User u = s.users().find("admin").orElseThrow();
      long id = s.cases().idByName(u, caseName).orElseThrow();
      Map<String, String> out = new TreeMap<>();
      for (var n : s.networks().list(u, id, 100_000)) {
        var p = s.networks().page(u, id, n.key(), 1);
        out.put(n.key(), n.documents() + " " + p.tyingSelectors() + " " + p.ignoredSelectors() + " " + p.circuit()
            + " " + p.clusters().stream().map(cl -> cl.key() + "=" + cl.templateJson()).toList());
      }
      return out;
    }
  }

  static List<String> lines(String s) {
    return s.isEmpty() ? List.of() : List.of(s.split("\n"));
  }
}
