package ca.threadline.app.web.network;

import ca.threadline.app.cli.UsageException;
import ca.threadline.app.export.WorkbenchExport;
import ca.threadline.app.export.WorkbenchExport.Format;
import ca.threadline.app.web.CaseScope;
import ca.threadline.app.web.Errors;
import ca.threadline.app.web.Req;
import ca.threadline.app.web.Services;
import ca.threadline.app.web.i18n.Messages;
import ca.threadline.evidence.store.EvidenceHome;
import ca.threadline.store.NotFoundException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The network page's exports: the dossier as HTML and as PDF, the documents with their selectors
 * as CSV, and FollowTheMoney JSON Lines — the same files as {@code threadline export}, with the
 * same records.
 *
 * <p>Rules: exports are POSTs (each one writes two custody acts and an audit entry, so a link or
 * an image tag on another site must not trigger one; the security filter checks the CSRF token
 * and origin). Any member of the case may export, reviewers included — an export is a read, and
 * the command line lets every member export too; what it discloses is limited by redaction:
 * fields the case marks sensitive are left out unless a case admin ticks "include sensitive
 * fields" (a reviewer or investigator who forges the field is refused with 403, and the refusal is
 * audited). Images in the dossier are always blurred. The file is written under the home's
 * {@code tmp/}, recorded with its SHA-256 (also sent as {@code X-Threadline-SHA256}), streamed as
 * an attachment and deleted: the server keeps the record, not a copy.
 */
public final class ExportRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(ExportRoutes.class);
  /** Export responses are downloads: nothing in them may run or load even if a browser showed them. */
  static final String DOWNLOAD_CSP = "default-src 'none'; sandbox";

  private final Services s;
  private final WorkbenchExport exporter;

  public ExportRoutes(Services s, WorkbenchExport exporter) {
    this.s = s;
    this.exporter = exporter;
  }

  /** Chromium for PDF dossiers: {@code THREADLINE_CHROMIUM}, else Debian's {@code /usr/bin/chromium}. */
  public static Path chromium() {
    String e = System.getenv("THREADLINE_CHROMIUM");
    return Path.of(e != null && !e.isBlank() ? e : "/usr/bin/chromium");
  }

  public boolean pdfAvailable() {
    return exporter.pdfAvailable();
  }

  /** The export URLs of a network page, {@code base} being {@code /cases/{id}/networks/{key}}. */
  public record Links(String dossierHtml, String dossierPdf, String csv, String ftm, boolean pdfAvailable) {
    static Links of(String base, boolean pdf) {
      String b = base + "/export/";
      return new Links(b + "dossier.html", b + "dossier.pdf", b + "documents.csv", b + "entities.ftm.jsonl", pdf);
    }
  }

  public void register(RoutesConfig r) {
    r.post("/cases/{case}/networks/{net}/export/dossier.html", ctx -> export(ctx, Format.DOSSIER_HTML));
    r.post("/cases/{case}/networks/{net}/export/dossier.pdf", ctx -> export(ctx, Format.DOSSIER_PDF));
    r.post("/cases/{case}/networks/{net}/export/documents.csv", ctx -> export(ctx, Format.CSV));
    r.post("/cases/{case}/networks/{net}/export/entities.ftm.jsonl", ctx -> export(ctx, Format.FTM));
  }

  private void export(Context ctx, Format f) throws IOException {
    CaseScope c = CaseScope.of(ctx, s);
    String key = ctx.pathParam("net");
    try {
      s.store().networks().page(c.user(), c.id(), key, 1);
    } catch (NotFoundException e) {
      throw new NotFoundResponse("not found");
    }
    Messages t = Req.messages(ctx);
    if (f == Format.DOSSIER_PDF && !exporter.pdfAvailable()) {
      refuse(ctx, 503, t.get("export.pdf.unavailable"));
      return;
    }
    boolean sensitive = "on".equals(ctx.formParam("includeSensitive")) || "true".equals(ctx.formParam("includeSensitive"));
    String name = "network-" + key.replaceAll("[^A-Za-z0-9_-]", "_") + (f == Format.DOSSIER_HTML || f == Format.DOSSIER_PDF ? "-dossier" : "")
        + f.suffix;
    Path dir = new EvidenceHome(s.home()).tmp();
    Files.createDirectories(dir);
    Path out = Files.createTempFile(dir, "web-export-", f.suffix);
    WorkbenchExport.Done done;
    try {
      done = exporter.export(new WorkbenchExport.Request(c.user(), c.id(), c.info().myRole(), c.info().name(), key, sensitive), f, out,
          "workbench download " + name + " to " + c.user().name(), m -> LOG.info("export: {}", m));
    } catch (UsageException e) {
      Files.deleteIfExists(out);
      if (sensitive && !c.caseAdmin()) {
        // refused (and audited) by the exporter: sensitive fields need the case admin role
        refuse(ctx, 403, t.get("export.sensitive.refused"));
        return;
      }
      LOG.error("export {} of network {} in case {} failed: {}", f.wire, key, c.id(), e.getMessage());
      refuse(ctx, 500, t.get("error.500"));
      return;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(out);
      throw e;
    }
    InputStream in = Files.newInputStream(out);
    // The open stream keeps the bytes readable while they are sent; no copy stays on the server.
    Files.delete(out);
    ctx.header("Content-Security-Policy", DOWNLOAD_CSP);
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.header("X-Threadline-SHA256", done.file().sha256());
    ctx.contentType(f.mediaType);
    ctx.result(in);
  }

  private void refuse(Context ctx, int status, String message) {
    ctx.status(status);
    s.pages().render(ctx, "error.jte", Req.page(ctx, Req.messages(ctx).get("error.title")), new Errors.ErrorModel(status, message));
  }
}
