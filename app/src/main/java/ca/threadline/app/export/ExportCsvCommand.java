package ca.threadline.app.export;

import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "csv",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes a case's (or one network's) documents with their selectors as CSV, one row per document and selector.",
      "RFC 4180 (quoted fields, CRLF), UTF-8; cells that a spreadsheet would run as a formula (starting with",
      "= + - @) start with an apostrophe. Columns: case, document, kind, posted_at, city, url, evidence_sha256,",
      "template_cluster, network, selector_type, selector_value, selector_start, selector_end, obfuscation,",
      "sex_trafficking_score, forced_labour_signs. Sensitive fields are redacted unless a case admin asks",
      "with --include-sensitive; the export is recorded in the custody log and the case's audit log."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline export csv --case 2026-TO-0117 --out case.csv",
      "  ./threadline export csv --case 2026-TO-0117 --network N3 --out n3.csv"
    })
public final class ExportCsvCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Mixin ExportOptions options = new ExportOptions();

  private final Io io;

  ExportCsvCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws Exception {
    return TabularExport.run(home.path(), options, io, "csv", "documents", (s, network, out) -> CsvExport.write(s, network, out));
  }
}
