package ca.threadline.app.admin;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.app.web.auth.PasswordHasher;
import ca.threadline.store.AccessDeniedException;
import ca.threadline.store.Store;
import ca.threadline.store.access.User;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "password",
    mixinStandardHelpOptions = true,
    description = {
      "Sets a user's password (generated, or read from standard input with --password-stdin).",
      "Prints {\"user\",\"password\"?}. Sessions already open stay open until they expire or the user is disabled."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  ./threadline user password ines", "  printf '%s\\n' \"$PASS\" | ./threadline user password ines --password-stdin"})
public final class UserPasswordCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "NAME")
  String name;

  @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
  boolean passwordStdin;

  @Option(names = "--as", paramLabel = "ADMIN", defaultValue = "admin", description = "The installation admin making the change (default: ${DEFAULT-VALUE}).")
  String as;

  @Option(names = "--db", paramLabel = "URL", description = "jdbc:postgresql://... (default: the embedded store under --home).")
  String db;

  private final Io io;

  UserPasswordCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    String password = passwordStdin ? Passwords.fromStdin(io) : Passwords.generate(new SecureRandom());
    try (Store store = AdminStore.open(home.path(), db)) {
      User target = store.users().find(name).orElseThrow(() -> new UsageException("no user " + name));
      store.users().setPasswordHash(AdminStore.actor(store, as), target.id(), PasswordHasher.standard().hash(password));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("user", name);
      if (!passwordStdin) {
        m.put("password", password);
      }
      AdminStore.line(io.out(), m);
    } catch (AccessDeniedException e) {
      throw new UsageException("refused: " + as + " is not an installation admin");
    }
    return ExitCodes.OK;
  }
}
