package ca.threadline.app.pipeline;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.evidence.store.CaseName;
import ca.threadline.extract.geo.Gazetteer;
import ca.threadline.link.engine.AdRecord;
import ca.threadline.link.engine.Featurizer;
import ca.threadline.link.engine.LinkCorpus;
import ca.threadline.link.engine.Linking;
import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.access.User;
import ca.threadline.store.alert.Alert;
import ca.threadline.store.document.DocumentInput;
import ca.threadline.store.ingest.IngestResult;
import ca.threadline.store.ingest.IngestRun;
import ca.threadline.store.ingest.StoredRef;
import ca.threadline.store.link.LinkResult;
import ca.threadline.store.link.LinkUpdate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;

/**
 * The pipeline of one case: evidence → extraction → case store → linking, incremental.
 *
 * <p>Order of work, chosen for crash safety. The evidence layer has already committed its items
 * to the custody log and appended one derived row (selectors, indicators, text) per item with
 * text; this run then (1) reads the rows past the offset it reached last time, (2) stores them in
 * batches (idempotent: a row stored before a crash comes back {@code UNCHANGED}), (3) adds the new
 * documents to the case's linking state and applies what changed in clusters, networks and
 * circuits, (4) looks up new Bitcoin addresses in the chain store, and (5) saves the linking
 * state and then its own state with the new offset. A crash anywhere leaves the evidence intact
 * and at worst makes the next run redo steps 2–5 for the same rows, with the same result.
 *
 * <p>Alerts: the store raises one alert per run and strong selector (phone, e-mail, handle,
 * wallet) that the case knew before this run and that new material brings again; they are
 * returned for the command to print.
 */
public final class Pipeline {
  static final int BATCH = 1000;

  /** What one run did. */
  public record Report(
      long rows, int added, int changed, int unchanged, List<Alert> alerts, int documentsLinked,
      int templateClusters, int networks, LinkResult link, int cryptoLookups, boolean caseCreated, StageTimes times) {
    public boolean nothingNew() {
      return added == 0 && changed == 0 && (link == null || link.nothingChanged()) && cryptoLookups == 0;
    }
  }

  private final Path home;
  private final int threads;
  private final Clock clock;
  private final Consumer<String> messages;
  private final CrashPoints crash;
  private final Gazetteer gazetteer = Gazetteer.standard();

  public Pipeline(Path home, int threads, Clock clock, Consumer<String> messages, CrashPoints crash) {
    this.home = home;
    this.threads = Math.max(1, threads);
    this.clock = clock;
    this.messages = messages;
    this.crash = crash;
  }

  /** Where the pipeline keeps its state for a case. */
  public static Path stateDir(Path home, CaseName caseName) {
    return home.resolve("derived").resolve("pipeline").resolve(caseName.directory());
  }

  /** Which store a state is about: the embedded database's folder, or the server URL without its parameters. */
  static String storeIdentity(StoreConfig c) {
    if (c.embedded()) {
      return c.jdbcUrl() == null ? "h2:" + c.dbDirectory() : c.jdbcUrl();
    }
    int q = c.jdbcUrl().indexOf('?');
    return q < 0 ? c.jdbcUrl() : c.jdbcUrl().substring(0, q);
  }

  public Report run(CaseAccess.Opened opened, CaseName caseName, EvidenceFacts evidence) throws IOException {
    Path dir = stateDir(home, caseName);
    PipelineState state = PipelineState.load(dir.resolve("state.json"), storeIdentity(opened.store().config()), messages);
    if (opened.created() || state.offset > 0 && !Files.exists(dir.resolve("link.state"))) {
      state = PipelineState.fresh(state.store);
    }
    try {
      return run(opened, caseName, evidence, dir, state);
    } catch (Restart r) {
      // the link state could not be used: link the case again from all its rows (the store has them)
      return run(opened, caseName, evidence, dir, PipelineState.fresh(state.store));
    }
  }

  /** The linking state turned out unusable while rows past the saved offset were being read. */
  private static final class Restart extends RuntimeException {
    Restart() {
      super(null, null, false, false);
    }
  }

  private Report run(CaseAccess.Opened opened, CaseName caseName, EvidenceFacts evidence, Path dir, PipelineState state)
      throws IOException {
    StageTimes times = new StageTimes();
    Store store = opened.store();
    User user = opened.user();
    long caseId = opened.caseId();
    Featurizer featurizer = CaseLinker.featurizer(gazetteer);
    Path linkFile = dir.resolve("link.state");
    boolean known = state.offset > 0;
    CaseLinker[] linker = {null};
    java.util.function.Supplier<CaseLinker> linkerOnDemand = () -> {
      if (linker[0] == null) {
        linker[0] = CaseLinker.load(linkFile, featurizer, messages);
        times.lap("load");
        if (linker[0].isEmpty() && known) {
          throw new Restart();
        }
      }
      return linker[0];
    };
    DocumentMapper mapper = new DocumentMapper(gazetteer, messages);
    Batches batches = new Batches(store, user, caseId, caseName, linkerOnDemand, times);
    long end = DerivedRows.read(DerivedRows.file(home, caseName), state.offset, (row, at) -> {
      PipelineDocument d = mapper.map(row, evidence);
      if (d != null) {
        batches.add(d);
      }
    }, messages);
    batches.flush();
    times.lap("read");
    if (batches.rows == 0 && known) {
      // Nothing new since the last run: clusters, networks and circuits are as the store has them.
      int looked = new CryptoResolver(home, clock, messages).resolve(store, user, caseId, state.btc, state.crypto);
      if (looked > 0) {
        state.save(dir.resolve("state.json"));
      }
      times.lap("chain");
      return new Report(0, 0, 0, 0, List.of(), state.templateKeys.length, state.clusters.size(), state.networks.size(), null, looked,
          opened.created(), times);
    }
    CaseLinker link = linkerOnDemand.get();
    List<Alert> alerts = List.of();
    if (batches.run != null) {
      store.ingest().finish(user, batches.run);
      long runId = batches.run.id();
      alerts = store.alerts().list(user, caseId, false, 10_000).stream().filter(a -> a.runId() == runId).toList();
    }
    times.lap("store");
    LinkResult linkResult = null;
    LinkDiff.Result diff;
    try (ForkJoinPool pool = new ForkJoinPool(threads)) {
      link.update(new ArrayList<>(batches.fresh.values()), batches.changed, pool);
      Linking linking = link.link();
      times.lap("link");
      diff = LinkDiff.compute(link.corpus(), linking, featurizer, state);
      times.lap("views");
    }
    LinkUpdate u = diff.update();
    if (!u.assignments().isEmpty() || !u.clusters().isEmpty() || !u.networks().isEmpty() || !u.circuits().isEmpty()
        || !u.removedNetworks().isEmpty()) {
      linkResult = store.links().apply(user, caseId, u);
    }
    times.lap("apply");
    crash.reach("linked");
    if (!batches.fresh.isEmpty() || !batches.changed.isEmpty() || !Files.exists(linkFile)) {
      link.save();
    }
    crash.reach("link-saved");
    times.lap("save");
    state.btc = btcAddresses(link.corpus());
    int looked = new CryptoResolver(home, clock, messages).resolve(store, user, caseId, state.btc, state.crypto);
    times.lap("chain");
    state.offset = end;
    state.templateKeys = diff.templateKeys();
    state.networkKeys = diff.networkKeys();
    state.clusters = diff.clusters();
    state.networks = diff.networks();
    state.save(dir.resolve("state.json"));
    if (batches.rows > 0 || linkResult != null) {
      store.flushIndex();
    }
    times.lap("index");
    return new Report(batches.rows, batches.added, batches.changedCount, batches.unchanged, alerts, link.corpus().size(),
        diff.templateClusters(), diff.networkCount(), linkResult, looked, opened.created(), times);
  }

  private static TreeSet<String> btcAddresses(LinkCorpus corpus) {
    TreeSet<String> out = new TreeSet<>();
    for (int ad = 0; ad < corpus.size(); ad++) {
      for (Selector s : corpus.record(ad).selectors()) {
        if (s.type() == SelectorType.BTC) {
          out.add(s.value());
        }
      }
    }
    return out;
  }

  /** Documents on their way into the store, a batch at a time, and what linking must learn of them. */
  private final class Batches {
    private final Store store;
    private final User user;
    private final long caseId;
    private final CaseName caseName;
    private final java.util.function.Supplier<CaseLinker> linkers;
    private final List<PipelineDocument> batch = new ArrayList<>();
    private final Map<String, Integer> inBatch = new HashMap<>();
    final LinkedHashMap<String, AdRecord> fresh = new LinkedHashMap<>();
    final Map<String, AdRecord> changed = new HashMap<>();
    IngestRun run;
    long rows;
    int added;
    int changedCount;
    int unchanged;

    private final StageTimes times;

    Batches(Store store, User user, long caseId, CaseName caseName, java.util.function.Supplier<CaseLinker> linkers, StageTimes times) {
      this.times = times;
      this.store = store;
      this.user = user;
      this.caseId = caseId;
      this.caseName = caseName;
      this.linkers = linkers;
    }

    void add(PipelineDocument d) {
      rows++;
      if (inBatch.containsKey(d.input().externalId())) {
        flush(); // a later version of the same document: it must follow the earlier one, not share its batch
      }
      inBatch.put(d.input().externalId(), batch.size());
      batch.add(d);
      if (batch.size() >= BATCH) {
        flush();
      }
    }

    void flush() {
      if (batch.isEmpty()) {
        return;
      }
      CaseLinker linker = linkers.get();
      if (run == null) {
        run = store.ingest().begin(user, caseId, "evidence of case " + caseName.value());
      }
      List<DocumentInput> inputs = batch.stream().map(PipelineDocument::input).toList();
      times.lap("read");
      IngestResult r = store.ingest().store(user, run, inputs);
      times.lap("store");
      added += r.added();
      changedCount += r.changed();
      unchanged += r.unchanged();
      Map<String, StoredRef> refs = new HashMap<>();
      r.documents().forEach(ref -> refs.put(ref.externalId(), ref));
      for (PipelineDocument d : batch) {
        String id = d.input().externalId();
        AdRecord rec = d.linkRecord();
        StoredRef ref = refs.get(id);
        if (ref != null && ref.outcome() == ca.threadline.store.ingest.DocumentOutcome.CHANGED) {
          messages.accept("document " + id + " was already in the case with other content; the case store now holds the version from "
              + d.source() + " (every version stays in the evidence)");
        }
        if (fresh.containsKey(id) || !linker.contains(id)) {
          fresh.put(id, rec);
        } else if (!rec.equals(linker.corpus().record(linker.corpus().indexOf(id)))) {
          changed.put(id, rec);
        }
      }
      batch.clear();
      inBatch.clear();
      crash.reach("stored-batch");
    }
  }
}
