package ca.threadline.app.pipeline;

import ca.threadline.core.io.BadInputException;
import ca.threadline.extract.geo.Gazetteer;
import ca.threadline.extract.geo.Place;
import ca.threadline.link.engine.AdFeatures;
import ca.threadline.link.engine.AdRecord;
import ca.threadline.link.engine.Featurizer;
import ca.threadline.link.engine.LinkCorpus;
import ca.threadline.link.engine.Linker;
import ca.threadline.link.engine.Linking;
import ca.threadline.link.engine.StateFile;
import ca.threadline.link.template.TemplateParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;

/**
 * The linking engine's memory of one case ({@code <home>/derived/pipeline/<case>/link.state}, the
 * format of {@code threadline cluster --state}): every document linked so far, in the order it
 * arrived, with its shingles, LSH band keys and template label. New documents are added
 * incrementally (only pairs involving a new document are compared); networks, generic-selector
 * verdicts and circuits are derived again from the whole case on each run (well under a second
 * per million documents).
 *
 * <p>A document whose content changed (a re-scraped ad with new text, a better extraction) is
 * re-linked by rebuilding the corpus from its saved records in the same order with the new
 * record in its place, so the result is always what one run over the final material gives.
 */
final class CaseLinker {
  private final TemplateParameters params = TemplateParameters.defaults();
  private final Featurizer featurizer;
  private final Path file;
  private LinkCorpus corpus;

  private CaseLinker(Featurizer featurizer, Path file, LinkCorpus corpus) {
    this.featurizer = featurizer;
    this.file = file;
    this.corpus = corpus;
  }

  static Featurizer featurizer(Gazetteer gazetteer) {
    return new Featurizer(TemplateParameters.defaults(), field -> gazetteer.lookup(field).map(Place::canonical));
  }

  /** Loads the saved corpus; a missing one is empty; a damaged one is reported and rebuilt from nothing. */
  static CaseLinker load(Path file, Featurizer featurizer, Consumer<String> notes) {
    TemplateParameters p = featurizer.parameters();
    if (Files.exists(file)) {
      try {
        return new CaseLinker(featurizer, file, StateFile.load(file, p, featurizer));
      } catch (BadInputException | IOException e) {
        notes.accept("link state " + file + " cannot be used (" + e.getMessage() + "); linking the case again from its documents");
      }
    }
    return new CaseLinker(featurizer, file, new LinkCorpus(p, true));
  }

  /** True when the state was just created (nothing linked yet). */
  boolean isEmpty() {
    return corpus.size() == 0;
  }

  LinkCorpus corpus() {
    return corpus;
  }

  Featurizer featurizer() {
    return featurizer;
  }

  boolean contains(String id) {
    return corpus.indexOf(id) >= 0;
  }

  /**
   * Adds new documents (in arrival order) and replaces changed ones. Replacing rebuilds the
   * corpus in its original order.
   */
  void update(List<AdRecord> fresh, Map<String, AdRecord> changed, ForkJoinPool pool) {
    if (!changed.isEmpty()) {
      List<AdRecord> all = new ArrayList<>(corpus.size() + fresh.size());
      for (int ad = 0; ad < corpus.size(); ad++) {
        AdRecord r = corpus.record(ad);
        all.add(changed.getOrDefault(r.id(), r));
      }
      all.addAll(fresh);
      corpus = new LinkCorpus(params, true);
      add(all, pool);
    } else if (!fresh.isEmpty()) {
      add(fresh, pool);
    }
  }

  private void add(List<AdRecord> records, ForkJoinPool pool) {
    List<AdFeatures> features;
    try {
      features = pool.submit(() -> records.parallelStream().map(featurizer::features).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while linking", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("linking failed: " + e.getCause(), e.getCause());
    }
    corpus.add(records, features, pool);
  }

  Linking link() {
    return new Linker().link(corpus);
  }

  void save() throws IOException {
    StateFile.save(corpus, file);
  }
}
