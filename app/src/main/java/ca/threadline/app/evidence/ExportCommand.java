package ca.threadline.app.evidence;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {"Exports a case: `export bundle` writes a self-contained, independently checkable evidence bundle."},
    subcommands = {ExportBundleCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {"  ./threadline export bundle --case 2026-TO-0117 --out 2026-TO-0117.zip"})
public final class ExportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
