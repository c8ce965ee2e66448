package ca.threadline.app.admin;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.store.AccessDeniedException;
import ca.threadline.store.Store;
import ca.threadline.store.access.User;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "disable",
    mixinStandardHelpOptions = true,
    description = {"Disables (or with --enable re-enables) a user: a disabled user loses access at once, even mid-session."},
    footerHeading = "%nExamples:%n",
    footer = {"  ./threadline user disable ines", "  ./threadline user disable ines --enable"})
public final class UserDisableCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "NAME")
  String name;

  @Option(names = "--enable", description = "Re-enable the user instead.")
  boolean enable;

  @Option(names = "--as", paramLabel = "ADMIN", defaultValue = "admin", description = "The installation admin making the change (default: ${DEFAULT-VALUE}).")
  String as;

  @Option(names = "--db", paramLabel = "URL", description = "jdbc:postgresql://... (default: the embedded store under --home).")
  String db;

  private final Io io;

  UserDisableCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    try (Store store = AdminStore.open(home.path(), db)) {
      User target = store.users().find(name).orElseThrow(() -> new UsageException("no user " + name));
      store.users().setDisabled(AdminStore.actor(store, as), target.id(), !enable);
      AdminStore.line(io.out(), Map.of("user", name, "disabled", !enable));
    } catch (AccessDeniedException e) {
      throw new UsageException("refused: " + as + " is not an installation admin");
    }
    return ExitCodes.OK;
  }
}
