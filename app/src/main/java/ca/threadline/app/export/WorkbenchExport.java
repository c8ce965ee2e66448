package ca.threadline.app.export;

import ca.threadline.app.pipeline.CaseAccess;
import ca.threadline.store.Store;
import ca.threadline.store.access.Role;
import ca.threadline.store.access.User;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The case exports of {@code threadline export} run over a store that is already open — the
 * workbench's, which holds the case store and its Lucene write lock for as long as it serves — as
 * the signed-in user. Same rules and same records as the command line ({@link ExportSession}):
 * every read goes through the store as that user (membership checked, audited); sensitive fields
 * are redacted unless a case admin asks; images in the dossier stay blurred (the workbench offers
 * no reveal in exports); each export is an {@code export} and an {@code export-written} act in the
 * custody log (with the file's SHA-256) and an {@code export.<format>} entry in the audit log.
 *
 * <p>Exports of one workbench run one at a time: the custody log's writer lock is an operating
 * system file lock, which a second holder in the same process cannot take.
 */
public final class WorkbenchExport {
  /** What the workbench can export, with the audit/custody name, media type and file suffix. */
  public enum Format {
    DOSSIER_HTML("dossier-html", "text/html; charset=utf-8", ".html"),
    DOSSIER_PDF("dossier-pdf", "application/pdf", ".pdf"),
    CSV("csv", "text/csv; charset=utf-8", ".csv"),
    FTM("ftm", "application/x-ndjson; charset=utf-8", ".ftm.jsonl");

    public final String wire;
    public final String mediaType;
    public final String suffix;

    Format(String wire, String mediaType, String suffix) {
      this.wire = wire;
      this.mediaType = mediaType;
      this.suffix = suffix;
    }
  }

  /**
   * One export asked for: by whom (already checked to be a member, with that role), of which
   * case and network, and whether a case admin asked for the sensitive fields.
   */
  public record Request(User user, long caseId, Role role, String caseName, String network, boolean includeSensitive) {}

  /** The file written, and how many documents (dossier, CSV) or entities (FtM) it holds. */
  public record Done(ExportedFile file, int count) {}

  private final Path home;
  private final Store store;
  private final Clock clock;
  private final PdfPrinter printer;
  private final ReentrantLock oneAtATime = new ReentrantLock();

  public WorkbenchExport(Path home, Store store, Clock clock, Path chromium) {
    this.home = home;
    this.store = store;
    this.clock = clock;
    this.printer = new PdfPrinter(chromium, 120_000);
  }

  /** True when Chromium is there to print PDFs. */
  public boolean pdfAvailable() {
    return printer.available();
  }

  /**
   * Writes the export to {@code out} (replaced), recording {@code recordedOut} as where it went.
   *
   * @throws ca.threadline.app.cli.UsageException sensitive fields asked by a non-admin (refusal
   *     audited), or PDF asked without Chromium
   */
  public Done export(Request r, Format f, Path out, String recordedOut, Consumer<String> messages) throws IOException {
    if (f == Format.DOSSIER_PDF && !printer.available()) {
      throw new ca.threadline.app.cli.UsageException("PDF dossiers need Chromium on the server; the HTML dossier works without it");
    }
    oneAtATime.lock();
    try (ExportSession s = ExportSession.over(home, new CaseAccess.Opened(store, r.user(), r.caseId(), r.role(), false), r.caseName(),
        r.includeSensitive(), r.user().name(), "workbench", messages)) {
      String net = r.network();
      return switch (f) {
        case DOSSIER_HTML -> {
          DossierExport.Rendered d = new DossierExport(clock).render(s, net, false);
          yield new Done(s.write(f.wire, out, recordedOut, net, o -> o.write(d.html())), d.documents());
        }
        case DOSSIER_PDF -> {
          DossierExport.Rendered d = new DossierExport(clock).render(s, net, false);
          ExportedFile w = DossierExport.printed(d.html(), printer,
              printed -> s.write(f.wire, out, recordedOut, net, o -> java.nio.file.Files.copy(printed, o)));
          yield new Done(w, d.documents());
        }
        case CSV -> {
          int[] n = {0};
          ExportedFile w = s.write(f.wire, out, recordedOut, net, o -> n[0] = CsvExport.write(s, net, o));
          yield new Done(w, n[0]);
        }
        case FTM -> {
          int[] n = {0};
          ExportedFile w = s.write(f.wire, out, recordedOut, net, o -> n[0] = new FtmExport(s).write(net, o));
          yield new Done(w, n[0]);
        }
      };
    } finally {
      oneAtATime.unlock();
    }
  }
}
