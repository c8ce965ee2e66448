package ca.threadline.app.admin;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = {
      "Manages the people who sign in to the workbench: add, list, reset a password, disable.",
      "Passwords are stored as Argon2id hashes; every change is audited under the acting admin."
    },
    subcommands = {UserAddCommand.class, UserListCommand.class, UserPasswordCommand.class, UserDisableCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline user add admin --role admin                 first user: prints a generated password",
      "  echo 's3cret-Passphrase' | ./threadline user add ines --role investigator --password-stdin",
      "  ./threadline user list",
      "  ./threadline user password ines                          prints a new generated password"
    })
public final class UserCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
