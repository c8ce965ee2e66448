package ca.threadline.app.pipeline;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.evidence.item.Catalog;
import ca.threadline.evidence.store.CaseName;
import ca.threadline.store.AccessDeniedException;
import ca.threadline.store.Store;
import ca.threadline.store.StoreException;
import ca.threadline.store.alert.Alert;
import ca.threadline.store.link.LinkResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * Runs the pipeline for a command that has just committed evidence ({@code import},
 * {@code capture}) or that only catches up ({@code pipeline}), and tells the user what happened
 * on stderr: documents stored, linking, alerts. The evidence is committed before this runs; if the
 * case store cannot be used (another process holds the embedded store, an unknown user, no access)
 * the command says so and exits 2, and the next run catches up from the derived rows.
 */
public final class PipelineRunner {
  private PipelineRunner() {}

  public static int run(Path home, CaseName caseName, Catalog catalog, StoreOptions options, int threads, Io io, String command) {
    String prefix = "threadline " + command + ": ";
    CrashPoints crash = CrashPoints.fromSystemProperty();
    crash.reach("evidence-committed");
    try {
      // Texts an `import --defer-extract` left: derived first, so the store below takes them in.
      ca.threadline.app.evidence.DeferredExtraction.catchUp(home, caseName, catalog, threads, m -> io.err().println(prefix + m));
    } catch (IOException | RuntimeException e) {
      io.err().println(prefix + "deferred texts could not be extracted: " + e.getMessage() + "; the evidence is committed and the next run catches up");
      return ExitCodes.PROBLEM_FOUND;
    }
    Store store;
    try {
      store = CaseAccess.open(home, options);
    } catch (UsageException e) {
      return notUpdated(io, prefix, caseName, e.getMessage());
    }
    try (store) {
      CaseAccess.Opened opened;
      try {
        opened = CaseAccess.caseFor(store, CaseAccess.user(store, options, m -> io.err().println(prefix + m)), caseName.value(), true);
      } catch (UsageException e) {
        return notUpdated(io, prefix, caseName, e.getMessage());
      }
      if (!opened.role().canWrite()) {
        return notUpdated(io, prefix, caseName, "user " + opened.user().name() + " is a reviewer of the case (read only)");
      }
      Pipeline.Report r;
      try (EvidenceFacts facts = new EvidenceFacts(home, catalog, caseName.value())) {
        r = new Pipeline(home, threads, Clock.systemUTC(), m -> io.err().println(prefix + m), crash).run(opened, caseName, facts);
      }
      report(io, prefix, store, opened, r);
      return ExitCodes.OK;
    } catch (AccessDeniedException e) {
      return notUpdated(io, prefix, caseName, e.getMessage());
    } catch (StoreException | IOException e) {
      io.err().println(prefix + "the case store could not be brought up to date: " + e.getMessage()
          + "; the evidence is committed and the next run catches up");
      return ExitCodes.PROBLEM_FOUND;
    }
  }

  private static int notUpdated(Io io, String prefix, CaseName caseName, String why) {
    io.err().println(prefix + "the evidence is committed, but the case store was not updated: " + why);
    io.err().println(prefix + "run `threadline pipeline --case \"" + caseName.value() + "\"` (with the right --user/--db) to catch up");
    return ExitCodes.BAD_INPUT;
  }

  private static void report(Io io, String prefix, Store store, CaseAccess.Opened o, Pipeline.Report r) {
    if (r.caseCreated()) {
      io.err().println(prefix + "opened case \"" + caseNameOf(store, o) + "\" in the case store (" + o.user().name() + " is its admin)");
    }
    LinkResult l = r.link();
    io.err().printf(Locale.ROOT, "%scase store: %,d new, %,d changed, %,d unchanged document(s); %,d linked: %,d template cluster(s)"
            + " and %,d network(s) of 2+ documents%s%s%n",
        prefix, r.added(), r.changed(), r.unchanged(), r.documentsLinked(), r.templateClusters(), r.networks(),
        l == null ? "; links unchanged" : String.format(Locale.ROOT, "; %,d assignment(s), %,d template(s), %,d network(s) updated",
            l.assignmentsChanged(), l.clustersChanged(), l.networksChanged() + l.networksRemoved()),
        r.cryptoLookups() > 0 ? String.format(Locale.ROOT, "; %,d Bitcoin address(es) looked up in the chain", r.cryptoLookups()) : "");
    io.err().println(prefix + "pipeline times: " + r.times());
    for (Alert a : r.alerts()) {
      io.err().printf(Locale.ROOT, "%salert: %s %s was already in the case (first in document %s); %,d new document(s) bring it again,"
              + " e.g. %s%n",
          prefix, a.selectorType(), a.selectorValue(), externalId(store, o, a.firstDocumentId()), a.newDocuments(),
          externalId(store, o, a.sampleDocumentId()));
    }
  }

  static String externalId(Store store, CaseAccess.Opened o, long documentId) {
    try {
      return store.documents().get(o.user(), o.caseId(), documentId).externalId();
    } catch (RuntimeException e) {
      return "#" + documentId;
    }
  }

  private static String caseNameOf(Store store, CaseAccess.Opened o) {
    return store.cases().get(o.user(), o.caseId()).name();
  }
}
