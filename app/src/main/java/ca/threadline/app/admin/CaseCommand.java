package ca.threadline.app.admin;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "case",
    mixinStandardHelpOptions = true,
    description = {
      "Opens cases and manages their members and roles, and the fields they mark sensitive.",
      "The user who opens a case becomes its first admin; every change is audited."
    },
    subcommands = {CaseCreateCommand.class, CaseListCommand.class, CaseAddMemberCommand.class,
        CaseSensitiveCommand.class, CaseResealCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline case create 'Operation Nord' --as ines",
      "  ./threadline case add-member 'Operation Nord' remi --role reviewer --as ines",
      "  ./threadline case list --as ines",
      "  ./threadline case sensitive --case 'Operation Nord' --mark document.body --reason 'survivor statements' --as ines",
      "  ./threadline case reseal --case 'Operation Nord' --rotate-key"
    })
public final class CaseCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
