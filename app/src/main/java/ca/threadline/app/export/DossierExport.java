package ca.threadline.app.export;

import ca.threadline.app.cli.Version;
import ca.threadline.core.indicator.IndicatorDefinition;
import ca.threadline.evidence.item.Item;
import ca.threadline.extract.geo.Gazetteer;
import ca.threadline.extract.indicator.Lexicon;
import ca.threadline.store.document.DocumentView;
import ca.threadline.store.link.NetworkPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes network dossiers, as HTML and, through Chromium, as PDF. Used by
 * {@code threadline export dossier} and by {@code threadline demo}.
 */
public final class DossierExport {
  /** At most this many exhibits in one dossier (the newest); CSV and FtM exports list all. */
  public static final int MAX_EXHIBITS = 2000;

  private final Clock clock;
  private final Gazetteer gazetteer = Gazetteer.standard();

  public DossierExport(Clock clock) {
    this.clock = clock;
  }

  /** What was written. */
  public record Result(String network, int documents, ExportedFile html, ExportedFile pdf) {}

  /**
   * Writes the dossier of {@code network} (the case's largest when {@code null}) to {@code html}
   * and, when {@code pdf} is given and Chromium is at {@code chromium}, to {@code pdf}: the
   * entry point for {@code threadline demo}.
   */
  public static Result write(Path home, ExportOptions options, String network, Path html, Path pdf, Path chromium,
      ca.threadline.app.cli.Io io) throws IOException {
    try (ExportSession s = ExportSession.open(home, options, io, "threadline export dossier")) {
      String key = network != null ? network : s.largestNetwork();
      PdfPrinter printer = new PdfPrinter(chromium, 120_000);
      return new DossierExport(Clock.systemUTC()).write(s, key, false, html, pdf != null && printer.available() ? pdf : null, printer);
    }
  }

  DossierData gather(ExportSession s, String networkKey, boolean revealImages) {
    NetworkPage page = s.network(networkKey);
    List<DocumentView> docs = s.views(page.documents(), MAX_EXHIBITS);
    Map<String, List<Item>> items = new HashMap<>();
    for (Item i : s.evidence.catalog().items(s.caseName.value())) {
      items.computeIfAbsent(i.sha256(), k -> new ArrayList<>()).add(i);
    }
    Map<String, IndicatorDefinition> defs = new HashMap<>();
    Lexicon.standard().definitions().forEach(d -> defs.put(d.code(), d));
    return new DossierData(s.caseName.value(), page, docs, items, defs, Custody.of(s.evidence.writer().state()), s.redaction,
        revealImages, s.evidence.home().blobs(), s.opened.user().name(), Version.current(), clock.instant());
  }

  /**
   * Writes the dossier of {@code networkKey} as HTML to {@code html} (when not null) and as PDF to
   * {@code pdf} (when not null), each recorded as an export.
   */
  Result write(ExportSession s, String networkKey, boolean revealImages, Path html, Path pdf, PdfPrinter printer) throws IOException {
    Rendered d = render(s, networkKey, revealImages);
    ExportedFile h = null;
    if (html != null) {
      h = s.write("dossier-html", html, networkKey, out -> out.write(d.html()));
    }
    ExportedFile p = null;
    if (pdf != null) {
      p = printed(d.html(), printer, printed -> s.write("dossier-pdf", pdf, networkKey, out -> Files.copy(printed, out)));
    }
    return new Result(networkKey, d.documents(), h, p);
  }

  /** A dossier rendered as HTML (UTF-8), with the network's document count. */
  record Rendered(byte[] html, int documents) {}

  Rendered render(ExportSession s, String networkKey, boolean revealImages) {
    DossierData d = gather(s, networkKey, revealImages);
    return new Rendered(new DossierHtml(gazetteer).render(d).getBytes(StandardCharsets.UTF_8), d.network().documentCount());
  }

  /** What is done with the printed PDF while it exists. */
  @FunctionalInterface
  interface PdfUse {
    ExportedFile apply(Path printed) throws IOException;
  }

  /** Prints {@code html} to a PDF in a temporary folder, hands it to {@code use}, then deletes the folder. */
  static ExportedFile printed(byte[] html, PdfPrinter printer, PdfUse use) throws IOException {
    Path tmp = Files.createTempDirectory("threadline-dossier-");
    try {
      Path src = tmp.resolve("dossier.html");
      Files.write(src, html);
      Path printed = tmp.resolve("dossier.pdf");
      printer.print(src, printed);
      return use.apply(printed);
    } finally {
      try (var files = Files.list(tmp)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(tmp);
    }
  }
}
