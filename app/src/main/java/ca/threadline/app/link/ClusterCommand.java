package ca.threadline.app.link;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.InOrderBatches;
import ca.threadline.app.cli.InputFiles;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.Progress;
import ca.threadline.app.cli.UsageException;
import ca.threadline.app.json.JsonRecords;
import ca.threadline.core.io.InputLine;
import ca.threadline.core.io.InputProblem;
import ca.threadline.core.io.LineReader;
import ca.threadline.extract.Extractor;
import ca.threadline.extract.StandardExtractor;
import ca.threadline.link.engine.AdFeatures;
import ca.threadline.link.engine.AdRecord;
import ca.threadline.link.engine.Explanations;
import ca.threadline.link.engine.Featurizer;
import ca.threadline.link.engine.LinkCorpus;
import ca.threadline.link.engine.Linker;
import ca.threadline.link.engine.Linking;
import ca.threadline.link.engine.StateFile;
import ca.threadline.link.template.TemplateParameters;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Links ads into template clusters and networks (JSON Lines in and out).",
      "Reads ads {\"id\",\"text\",\"posted_at\"?,\"city\"?} and writes one line per ad, in",
      "input order: {\"id\",\"template_cluster\",\"network\"}.",
      "Template clusters: ads written from the same template (MinHash-LSH over word",
      "3-shingles with selectors masked, verified by exact Jaccard >= 0.35).",
      "Networks: template clusters and ads sharing a phone, e-mail, handle, crypto",
      "address or image hash; generic selectors (shared by many unrelated groups of",
      "ads, e.g. an agency's booking line) do not link.",
      "--explain adds, after the ad lines, a \"kind\":\"template\" record per cluster of",
      "2+ ads (shared template, slots) and a \"kind\":\"network\" record per network",
      "(what tied it, generic selectors ignored and why, circuit of cities over time,",
      "area-code origin of its phones).",
      "--state FILE keeps the linked ads between runs: each run adds its input and",
      "prints all ads so far, exactly as one run over all inputs would.",
      "A malformed line is reported on stderr with its line number and skipped."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline cluster --input ads.jsonl > clusters.jsonl",
      "  ./threadline cluster --input ads.jsonl --explain-out why.jsonl > out.jsonl",
      "  ./threadline cluster --state case.link --input monday.jsonl > clusters.jsonl",
      "  ./threadline cluster --state case.link --input tuesday.jsonl > clusters.jsonl",
      "  cat ads.jsonl | ./threadline cluster --explain | jq 'select(.kind==\"network\")'"
    })
public final class ClusterCommand implements Callable<Integer> {
  @Option(names = "--input", paramLabel = "FILE", description = "JSON Lines input; '-' or absent for stdin.")
  Path input;

  @Option(names = "--explain", description = "Also write template and network records after the ad lines.")
  boolean explain;

  @Option(names = "--explain-out", paramLabel = "FILE", description = "Write the --explain records to FILE instead of stdout (implies --explain).")
  Path explainOut;

  @Option(names = "--state", paramLabel = "FILE", description = "Linked ads are read from FILE (if it exists), the input is added, and FILE is rewritten.")
  Path state;

  @Option(names = "--strict", description = "Stop at the first bad line with exit code 2 (nothing written, state untouched).")
  boolean strict;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores). Results do not depend on it.")
  int threads = Runtime.getRuntime().availableProcessors();

  private final Io io;

  ClusterCommand(Io io) {
    this.io = io;
  }

  /** One input line's outcome: an ad with its features, a problem, or nothing (blank line). */
  private record Outcome(long line, AdRecord ad, AdFeatures features, InputProblem problem) {}

  @Override
  public Integer call() throws IOException {
    if (threads < 1) {
      throw new UsageException("--threads must be at least 1");
    }
    boolean explaining = explain || explainOut != null;
    TemplateParameters params = TemplateParameters.defaults();
    Featurizer featurizer = LinkSetup.featurizer(params);
    Extractor extractor = StandardExtractor.create();
    Progress progress = new Progress(io.err(), "cluster: read");
    LinkCorpus corpus;
    if (state != null && Files.exists(state)) {
      corpus = StateFile.load(state, params, featurizer);
      io.err().printf("cluster: %,d ads restored from %s%n", corpus.size(), state);
    } else {
      corpus = new LinkCorpus(params, explaining || state != null);
    }
    boolean keep = corpus.keepsRecords();
    List<AdRecord> ads = new ArrayList<>();
    List<AdFeatures> features = new ArrayList<>();
    Map<String, Long> firstLine = new HashMap<>();
    long[] problems = {0};
    try (LineReader reader = InputFiles.open(input, io);
        InOrderBatches<Outcome> batches = new InOrderBatches<>(threads)) {
      String source = reader.source();
      batches.run(
          reader,
          line -> process(source, line, extractor, featurizer, keep),
          outcome -> {
            InputProblem problem = outcome.problem();
            if (problem == null && outcome.ad() != null) {
              problem = duplicate(source, outcome, corpus, firstLine);
            }
            if (problem != null) {
              problems[0]++;
              io.err().println("threadline cluster: " + problem.message());
              return !strict;
            }
            if (outcome.ad() != null) {
              ads.add(outcome.ad());
              features.add(outcome.features());
              progress.update(ads.size());
            }
            return true;
          });
    }
    if (problems[0] > 0) {
      io.err().printf("threadline cluster: %d bad line(s) %s%n", problems[0], strict ? "(stopped: --strict; nothing written)" : "skipped");
      if (strict) {
        return ExitCodes.BAD_INPUT;
      }
    }
    double readSeconds = progress.elapsedSeconds();
    io.err().printf("cluster: %,d ads read and extracted in %.1f s; linking%n", ads.size(), readSeconds);
    long t0 = System.nanoTime();
    ForkJoinPool pool = new ForkJoinPool(threads);
    Linking linking;
    try {
      corpus.add(ads, features, pool);
    } finally {
      pool.shutdown();
    }
    ads.clear();
    features.clear();
    linking = new Linker().link(corpus);
    double linkSeconds = (System.nanoTime() - t0) / 1e9;
    if (state != null) {
      try {
        StateFile.save(corpus, state);
      } catch (IOException e) {
        throw new UsageException("cannot write state " + state + ": " + e.getMessage());
      }
    }
    writeOutput(corpus, linking, featurizer, explaining);
    summary(corpus, linking, readSeconds, linkSeconds);
    return ExitCodes.OK;
  }

  private static Outcome process(String source, InputLine line, Extractor extractor, Featurizer featurizer, boolean keep) {
    return switch (line) {
      case InputLine.Unreadable u -> new Outcome(u.number(), null, null, u.problem());
      case InputLine.Text t ->
          switch (JsonRecords.parse(source, t.number(), t.text())) {
            case JsonRecords.Blank b -> new Outcome(t.number(), null, null, null);
            case JsonRecords.Problem p -> new Outcome(t.number(), null, null, p.problem());
            case JsonRecords.Record r -> {
              try {
                AdRecord ad = AdInput.read(r.node(), List.of());
                ad = new AdRecord(ad.id(), ad.text(), ad.postedAt(), ad.city(), extractor.extract(ad.text()).selectors(), ad.imageHashes());
                AdFeatures f = featurizer.features(ad);
                // without explanations or state, the text is not needed after this point
                AdRecord kept = keep ? ad : new AdRecord(ad.id(), "", ad.postedAt(), null, List.of(), List.of());
                yield new Outcome(t.number(), kept, f, null);
              } catch (JsonRecords.FieldException e) {
                yield new Outcome(t.number(), null, null, new InputProblem(source, t.number(), e.getMessage()));
              }
            }
          };
    };
  }

  private InputProblem duplicate(String source, Outcome o, LinkCorpus corpus, Map<String, Long> firstLine) {
    String id = o.ad().id();
    if (corpus.indexOf(id) >= 0) {
      return new InputProblem(source, o.line(), "duplicate id \"" + id + "\" (already in state " + state + "); skipped");
    }
    Long first = firstLine.putIfAbsent(id, o.line());
    if (first != null) {
      return new InputProblem(source, o.line(), "duplicate id \"" + id + "\" (first at line " + first + "); skipped");
    }
    return null;
  }

  private void writeOutput(LinkCorpus corpus, Linking linking, Featurizer featurizer, boolean explaining) throws IOException {
    OutputStream out = new BufferedOutputStream(io.out(), 1 << 16);
    try (ClusterJson json = new ClusterJson(out)) {
      for (int ad = 0; ad < corpus.size(); ad++) {
        json.ad(corpus.id(ad), linking.templateId(ad), linking.networkId(ad));
      }
      if (explaining && explainOut == null) {
        explain(corpus, linking, featurizer, json);
      }
      json.flush();
    }
    out.flush();
    if (explaining && explainOut != null) {
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(explainOut), 1 << 16);
          ClusterJson json = new ClusterJson(file)) {
        explain(corpus, linking, featurizer, json);
        json.flush();
      } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
        throw new UsageException("cannot write " + explainOut + ": " + e.getMessage());
      }
    }
  }

  private static void explain(LinkCorpus corpus, Linking linking, Featurizer featurizer, ClusterJson json) throws IOException {
    Explanations ex = new Explanations(featurizer, LinkSetup.phoneOrigins());
    IOException[] failure = {null};
    ex.templates(
        corpus,
        linking,
        (cluster, size, view) -> {
          try {
            json.template(linking.templateId(cluster), linking.networkId(cluster), size, corpus.id(view.centerAd()), view);
          } catch (IOException e) {
            failure[0] = failure[0] == null ? e : failure[0];
          }
        });
    ex.networks(
        corpus,
        linking,
        view -> {
          try {
            json.network(linking, view);
          } catch (IOException e) {
            failure[0] = failure[0] == null ? e : failure[0];
          }
        });
    if (failure[0] != null) {
      throw failure[0];
    }
  }

  private void summary(LinkCorpus corpus, Linking linking, double readSeconds, double linkSeconds) {
    int n = corpus.size();
    int[] tSize = new int[n];
    int[] nSize = new int[n];
    for (int ad = 0; ad < n; ad++) {
      tSize[linking.templateLabels()[ad]]++;
      nSize[linking.networkLabels()[ad]]++;
    }
    int templates = 0;
    int multiTemplates = 0;
    int networks = 0;
    int multiNetworks = 0;
    for (int i = 0; i < n; i++) {
      templates += tSize[i] > 0 ? 1 : 0;
      multiTemplates += tSize[i] > 1 ? 1 : 0;
      networks += nSize[i] > 0 ? 1 : 0;
      multiNetworks += nSize[i] > 1 ? 1 : 0;
    }
    io.err().printf(
        "cluster: %,d ads: %,d template clusters (%,d with 2+ ads), %,d networks (%,d with 2+ ads), %,d generic selectors ignored; "
            + "read+extract %.1f s, link %.1f s (%,d candidate pairs verified)%n",
        n, templates, multiTemplates, networks, multiNetworks, linking.networks().verdicts().genericCount(), readSeconds, linkSeconds,
        corpus.templates().verifiedPairs());
  }
}
