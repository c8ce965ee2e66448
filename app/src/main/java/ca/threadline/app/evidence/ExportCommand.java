package ca.threadline.app.evidence;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Exports a case: evidence bundle, network dossier (HTML or PDF), CSV, or FollowTheMoney entities.",
      "`export bundle` writes a self-contained, independently checkable evidence bundle; `export dossier`",
      "a network's dossier; `export csv` documents and selectors as CSV; `export ftm` FollowTheMoney",
      "entities (JSON Lines) for other investigative tools. Every export is recorded in the custody log."
    },
    subcommands = {
      ExportBundleCommand.class,
      ca.threadline.app.export.ExportDossierCommand.class,
      ca.threadline.app.export.ExportCsvCommand.class,
      ca.threadline.app.export.ExportFtmCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline export bundle --case 2026-TO-0117 --out 2026-TO-0117.zip",
      "  ./threadline export dossier --case 2026-TO-0117 --network N3 --out n3.pdf",
      "  ./threadline export csv --case 2026-TO-0117 --out case.csv",
      "  ./threadline export ftm --case 2026-TO-0117 --out case.ftm.jsonl"
    })
public final class ExportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
