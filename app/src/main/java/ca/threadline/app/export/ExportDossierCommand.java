package ca.threadline.app.export;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.store.access.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes a network's dossier as one self-contained HTML file or a PDF (by --format or the file name).",
      "Exhibit list with the SHA-256 of each document's evidence item, selectors, timeline, a map of the",
      "circuit, templates with their slots, indicators with weights and sources, crypto findings, and the",
      "chain of custody with how to verify it. Ad texts are shown as text, never as HTML; the file runs",
      "no script and fetches nothing. Images are blurred; fields the case marks sensitive are redacted",
      "unless a case admin asks with --include-sensitive. The export is recorded in the custody log and",
      "the case's audit log. Without --network: the case's largest network. Prints {\"out\",\"sha256\",...}."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline export dossier --case 2026-TO-0117 --network N3 --out n3.html",
      "  ./threadline export dossier --case 2026-TO-0117 --network N3 --out n3.pdf",
      "  ./threadline export dossier --case Demo --out largest.html --user ines"
    })
public final class ExportDossierCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Mixin ExportOptions options = new ExportOptions();

  @Option(names = "--format", paramLabel = "auto|html|pdf", defaultValue = "auto", description = "Output format (default: ${DEFAULT-VALUE}: pdf for a .pdf file, else html).")
  String format;

  @Option(names = "--reveal-images", description = "Show images unblurred (case admins only; recorded).")
  boolean revealImages;

  @Option(names = "--chromium", paramLabel = "PATH", defaultValue = "/usr/bin/chromium", description = "Chromium for PDF output (default: ${DEFAULT-VALUE}).")
  Path chromium;

  private final Io io;

  ExportDossierCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws Exception {
    String f = format.toLowerCase(Locale.ROOT);
    if (f.equals("auto")) {
      f = options.out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf") ? "pdf" : "html";
    }
    if (!f.equals("html") && !f.equals("pdf")) {
      throw new UsageException("--format must be auto, html or pdf");
    }
    PdfPrinter printer = new PdfPrinter(chromium, 120_000);
    if (f.equals("pdf") && !printer.available()) {
      throw new UsageException("PDF output needs Chromium at " + chromium + " (install the chromium package, or give --chromium PATH);"
          + " --format html works without it");
    }
    try (ExportSession s = ExportSession.open(home.path(), options, io, "threadline export dossier")) {
      if (revealImages && s.opened.role() != Role.ADMIN) {
        throw new UsageException("--reveal-images needs the case admin role; " + s.opened.user().name() + " is "
            + s.opened.role().wireName() + " in this case");
      }
      String network = options.network != null ? options.network : s.largestNetwork();
      DossierExport.Result r = new DossierExport(Clock.systemUTC()).write(s, network, revealImages,
          f.equals("html") ? options.out : null, f.equals("pdf") ? options.out : null, printer);
      ExportedFile w = f.equals("html") ? r.html() : r.pdf();
      ObjectNode o = new ObjectMapper().createObjectNode();
      o.put("export", "dossier");
      o.put("format", f);
      o.put("case", s.caseName.value());
      o.put("network", network);
      o.put("documents", r.documents());
      o.put("out", w.file().toString());
      o.put("sha256", w.sha256());
      o.put("size", w.size());
      o.put("include_sensitive", s.redaction.included());
      io.out().println(o);
      io.err().println("threadline export dossier: wrote " + w.file() + " (network " + network + ", " + r.documents()
          + " documents); recorded in the custody log with SHA-256 " + w.sha256());
    }
    return ExitCodes.OK;
  }
}
