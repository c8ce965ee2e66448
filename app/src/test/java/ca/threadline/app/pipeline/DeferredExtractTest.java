package ca.threadline.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.app.CliRun;
import ca.threadline.evidence.testing.SyntheticWarc;
import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.access.User;
import ca.threadline.store.document.DocumentSummary;
import ca.threadline.store.document.DocumentView;
import ca.threadline.testkit.corpus.Corpus;
import ca.threadline.testkit.corpus.CorpusAd;
import ca.threadline.testkit.files.SyntheticFiles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --defer-extract} preserves only; the next {@code pipeline} (or import) derives the
 * texts from the stored files and must leave exactly what an import without the option leaves:
 * the same derived rows, byte for byte, and the same case store (documents, their texts and
 * selectors, template clusters and networks). Inputs: a WARC of ad pages (read in one pass), a
 * JSON Lines file of ads and a plain HTML file, from one seeded synthetic corpus.
 */
class DeferredExtractTest {
  static final long SEED = 20261129L;

  @Test
  void deferredExtractionEndsWhereAnUndeferredImportEnds(@TempDir Path dir) throws Exception {
    Corpus c = CaseFixture.corpus(SEED, 48);
    Path in = dir.resolve("in");
    Path ads = CaseFixture.write(c, 0, 20, in.resolve("ads.jsonl"));
    Path warc = in.resolve("crawl.warc");
    ByteArrayOutputStream w = new ByteArrayOutputStream();
    for (int i = 20; i < 46; i++) {
      CorpusAd a = c.ads().get(i);
      w.writeBytes(SyntheticWarc.exchange("https://ads.example.test/ad/" + a.id(), "text/html; charset=utf-8",
          SyntheticFiles.adPage("Ad " + a.id(), a.text(), null, null).getBytes(StandardCharsets.UTF_8), i));
    }
    Files.write(warc, w.toByteArray());
    Path page = in.resolve("page.html");
    Files.writeString(page, SyntheticFiles.adPage("Saved page", c.ads().get(46).text() + " " + c.ads().get(47).text(), null, null));

    Path plain = dir.resolve("plain");
    CliRun p = CliRun.run("", "import", warc.toString(), ads.toString(), page.toString(), "--case", "Héron", "--home", plain.toString());
    assertThat(p.exitCode()).as(p.err()).isZero();

    Path deferred = dir.resolve("deferred");
    CliRun d = CliRun.run("", "import", warc.toString(), ads.toString(), "--case", "Héron", "--home", deferred.toString(), "--defer-extract");
    assertThat(d.exitCode()).as(d.err()).isZero();
    assertThat(d.err()).contains("texts not extracted yet").doesNotContain("case store:");
    assertThat(d.outLines()).hasSize(p.outLines().size() - 1); // all but the page, imported below
    Path rows = deferred.resolve("derived/extract").resolve(caseDir(plain)).resolve("extractions.jsonl");
    assertThat(!Files.exists(rows) || Files.size(rows) == 0).as("nothing extracted yet").isTrue();

    // The next import (of the page, not deferred) catches up the deferred rows first.
    CliRun next = CliRun.run("", "import", page.toString(), "--case", "Héron", "--home", deferred.toString());
    assertThat(next.exitCode()).as(next.err()).isZero();
    assertThat(next.err()).contains("extracted 46 deferred text(s) from 2 import(s)");

    Path plainRows = plain.resolve("derived/extract").resolve(caseDir(plain)).resolve("extractions.jsonl");
    // Rows in the same order but one: the page's row comes before the deferred ones here.
    assertThat(sortedLines(rows)).isEqualTo(sortedLines(plainRows));
    assertThat(documents(deferred, false)).isEqualTo(documents(plain, false));
    // The documents arrived in another order (the page first), so clusters and networks carry
    // other names; they must group the same documents.
    assertThat(groups(CaseFixture.assignments(deferred, "Héron"), 0)).isEqualTo(groups(CaseFixture.assignments(plain, "Héron"), 0));
    assertThat(groups(CaseFixture.assignments(deferred, "Héron"), 1)).isEqualTo(groups(CaseFixture.assignments(plain, "Héron"), 1));

    // Nothing is left to catch up: a pipeline run derives nothing and changes nothing.
    long size = Files.size(rows);
    CliRun again = CliRun.run("", "pipeline", "--case", "Héron", "--home", deferred.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.err()).doesNotContain("deferred text");
    assertThat(Files.size(rows)).isEqualTo(size);
  }

  @Test
  void pipelineAfterADeferredImportGivesTheSameRowsInTheSameOrder(@TempDir Path dir) throws Exception {
    Corpus c = CaseFixture.corpus(SEED + 1, 24);
    Path in = dir.resolve("in");
    Path ads = CaseFixture.write(c, 0, 12, in.resolve("ads.jsonl"));
    Path warc = in.resolve("crawl.warc");
    ByteArrayOutputStream w = new ByteArrayOutputStream();
    for (int i = 12; i < 24; i++) {
      CorpusAd a = c.ads().get(i);
      w.writeBytes(SyntheticWarc.exchange("https://ads.example.test/ad/" + a.id(), "text/html; charset=utf-8",
          SyntheticFiles.adPage("Ad " + a.id(), a.text(), null, null).getBytes(StandardCharsets.UTF_8), i));
    }
    Files.write(warc, w.toByteArray());
    Path plain = dir.resolve("plain");
    assertThat(CliRun.run("", "import", warc.toString(), ads.toString(), "--case", "C", "--home", plain.toString()).exitCode()).isZero();
    Path deferred = dir.resolve("deferred");
    assertThat(CliRun.run("", "import", warc.toString(), ads.toString(), "--case", "C", "--home", deferred.toString(), "--defer-extract").exitCode()).isZero();
    CliRun p = CliRun.run("", "pipeline", "--case", "C", "--home", deferred.toString());
    assertThat(p.exitCode()).as(p.err()).isZero();
    assertThat(p.err()).contains("extracted 24 deferred text(s) from 2 import(s)");
    Path rows = Path.of("derived", "extract", caseDir(plain).toString(), "extractions.jsonl");
    assertThat(Files.readAllBytes(deferred.resolve(rows))).isEqualTo(Files.readAllBytes(plain.resolve(rows)));
    assertThat(documents(deferred, true)).isEqualTo(documents(plain, true));
    assertThat(CaseFixture.networks(deferred, "C")).isEqualTo(CaseFixture.networks(plain, "C"));
  }

  private static Path caseDir(Path home) throws Exception {
    try (var s = Files.list(home.resolve("derived/extract"))) {
      return s.findFirst().orElseThrow().getFileName();
    }
  }

  private static java.util.List<String> sortedLines(Path file) throws Exception {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().sorted().toList();
  }

  /** The documents grouped by part {@code k} of their "cluster|network" assignment, names left out. */
  private static java.util.Set<java.util.Set<String>> groups(Map<String, String> assignments, int k) {
    Map<String, java.util.Set<String>> by = new TreeMap<>();
    assignments.forEach((doc, a) -> by.computeIfAbsent(a.split("\\|")[k], x -> new java.util.TreeSet<>()).add(doc));
    return new java.util.HashSet<>(by.values());
  }

  /** External id → what the store holds of every document (with its cluster and network names if {@code named}). */
  private static Map<String, String> documents(Path home, boolean named) {
    try (Store s = Store.open(StoreConfig.embedded(home))) {
      User u = s.users().find("admin").orElseThrow();
      Map<String, String> out = new TreeMap<>();
      for (long caseId : s.cases().listFor(u).stream().map(x -> x.id()).toList()) {
        for (DocumentSummary d : s.documents().list(u, caseId, 1_000_000)) {
          DocumentView v = s.documents().byExternalId(u, caseId, d.externalId());
          out.put(d.externalId(), String.join(" | ", v.kind(), v.url(), v.language(), v.city(), String.valueOf(v.postedAt()), v.sourceSha256(), v.text(),
              v.selectors().toString(), v.indicators().toString(), new TreeMap<>(v.scores()).toString(), named ? v.clusterKey() + " " + v.networkKey() : ""));
        }
      }
      assertThat(out).isNotEmpty();
      return out;
    }
  }
}
