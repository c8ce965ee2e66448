package ca.threadline.evidence.testing;

import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.content.ContentAnalyzer;
import ca.threadline.evidence.custody.CustodyWriter;
import ca.threadline.evidence.custody.Timestamper;
import ca.threadline.evidence.ingest.Importer;
import ca.threadline.evidence.ingest.IngestContext;
import ca.threadline.evidence.ingest.ItemTexts;
import ca.threadline.evidence.item.Item;
import ca.threadline.evidence.store.CaseName;
import ca.threadline.evidence.store.EvidenceHome;
import ca.threadline.evidence.verify.Verifier;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A data home for evidence tests, with the same steps the commands take (prepare, commit, verify). */
public final class EvidenceFixture {
  public static final CustodyWriter.Tool TOOL = new CustodyWriter.Tool("threadline", "test");
  public final EvidenceHome home;
  public final List<String> messages = Collections.synchronizedList(new ArrayList<>());
  public Timestamper timestamper;
  public ItemTexts texts = ItemTexts.NONE;
  /** When set, content is analysed on this pool, as the import command does. */
  public ca.threadline.evidence.content.AnalysisPool pool;

  public EvidenceFixture(Path dir) {
    this.home = new EvidenceHome(dir);
  }

  public EvidenceStore open() throws IOException {
    return EvidenceStore.open(home, Clock.systemUTC(), timestamper, messages::add, TOOL);
  }

  /** Prepares one file (not committed): for tests that look at what an importer found. */
  public Acquisition prepare(EvidenceStore store, String caseName, Path file, Importer.Format format) throws IOException {
    IngestContext ctx = new IngestContext(store.blobs(), new CaseName(caseName), new ContentAnalyzer(), texts, Clock.systemUTC().instant(), pool);
    return new Importer(ctx, 60_000).prepare(file, format);
  }

  /** Imports files into a case, one commit per file; returns the committed items. */
  public List<Item> importFiles(String caseName, Path... files) throws IOException {
    List<Item> out = new ArrayList<>();
    try (EvidenceStore store = open()) {
      for (Path f : files) {
        Acquisition a = prepare(store, caseName, f, Importer.Format.AUTO);
        out.addAll(store.commit(List.of(a), "test operator").items());
      }
    }
    return out;
  }

  public Verifier.Report verify() throws IOException {
    return new Verifier(home, 2, messages::add).verify(null);
  }
}
