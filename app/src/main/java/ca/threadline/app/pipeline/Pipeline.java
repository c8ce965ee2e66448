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
      int templateClusters, int networks, LinkResult link, int cryptoLookups, boolean caseCreated) {
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
    Store store = opened.store();
    User user = opened.user();
    long caseId = opened.caseId();
    Path dir = stateDir(home, caseName);
    Path stateFile = dir.resolve("state.json");
    PipelineState state = PipelineState.load(stateFile, storeIdentity(store.config()), messages);
    Featurizer featurizer = CaseLinker.featurizer(gazetteer);
    CaseLinker linker = CaseLinker.load(dir.resolve("link.state"), featurizer, messages);
    if (opened.created() || linker.isEmpty() && state.offset > 0) {
      state = PipelineState.fresh(state.store);
    }
    DocumentMapper mapper = new DocumentMapper(gazetteer, messages);
    Batches batches = new Batches(store, user, caseId, caseName, linker);
    long end = DerivedRows.read(DerivedRows.file(home, caseName), state.offset, (row, at) -> {
      PipelineDocument d = mapper.map(row, evidence);
      if (d != null) {
        batches.add(d);
      }
    }, messages);
    batches.flush();
    List<Alert> alerts = List.of();
    if (batches.run != null) {
      store.ingest().finish(user, batches.run);
      long runId = batches.run.id();
      alerts = store.alerts().list(user, caseId, false, 10_000).stream().filter(a -> a.runId() == runId).toList();
    }
    LinkResult linkResult = null;
    LinkDiff.Result diff;
    try (ForkJoinPool pool = new ForkJoinPool(threads)) {
      linker.update(new ArrayList<>(batches.fresh.values()), batches.changed, pool);
      Linking linking = linker.link();
      diff = LinkDiff.compute(linker.corpus(), linking, featurizer, state);
    }
    LinkUpdate u = diff.update();
    if (!u.assignments().isEmpty() || !u.clusters().isEmpty() || !u.networks().isEmpty() || !u.circuits().isEmpty()
        || !u.removedNetworks().isEmpty()) {
      linkResult = store.links().apply(user, caseId, u);
    }
    crash.reach("linked");
    if (!batches.fresh.isEmpty() || !batches.changed.isEmpty() || !java.nio.file.Files.exists(dir.resolve("link.state"))) {
      linker.save();
    }
    crash.reach("link-saved");
    int looked = new CryptoResolver(home, clock, messages).resolve(store, user, caseId, btcAddresses(linker.corpus()), state.crypto);
    state.offset = end;
    state.templateKeys = diff.templateKeys();
    state.networkKeys = diff.networkKeys();
    state.clusters = diff.clusters();
    state.networks = diff.networks();
    state.save(stateFile);
    if (batches.rows > 0 || linkResult != null) {
      store.flushIndex();
    }
    return new Report(batches.rows, batches.added, batches.changedCount, batches.unchanged, alerts, linker.corpus().size(),
        diff.templateClusters(), diff.networkCount(), linkResult, looked, opened.created());
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
    private final CaseLinker linker;
    private final List<PipelineDocument> batch = new ArrayList<>();
    private final Map<String, Integer> inBatch = new HashMap<>();
    final LinkedHashMap<String, AdRecord> fresh = new LinkedHashMap<>();
    final Map<String, AdRecord> changed = new HashMap<>();
    IngestRun run;
    long rows;
    int added;
    int changedCount;
    int unchanged;

    Batches(Store store, User user, long caseId, CaseName caseName, CaseLinker linker) {
      this.store = store;
      this.user = user;
      this.caseId = caseId;
      this.caseName = caseName;
      this.linker = linker;
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
      if (run == null) {
        run = store.ingest().begin(user, caseId, "evidence of case " + caseName.value());
      }
      List<DocumentInput> inputs = batch.stream().map(PipelineDocument::input).toList();
      IngestResult r = store.ingest().store(user, run, inputs);
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
