package ca.threadline.app.evidence;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "evidence",
    mixinStandardHelpOptions = true,
    description = {
      "Lists a case's evidence, records deletion requests, configures operator and time-stamping authority."
    },
    subcommands = {EvidenceListCommand.class, RequestDeletionCommand.class, ConfigureCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline evidence list --case 2026-TO-0117",
      "  ./threadline evidence request-deletion 3f9a0c1e2b7d4a5f6e81 --reason \"survivor's request\"",
      "  ./threadline evidence configure --operator \"Det. Tremblay\" --tsa-url https://tsa.example/ --tsa-ca tsa-root.pem"
    })
public final class EvidenceCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
